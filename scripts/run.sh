#!/usr/bin/env bash
# Sets up what is missing, builds juesuan in release mode (the Swift runtime linked in: quicker to start, and
# the binary runs where no Swift toolchain is installed) and runs the daemon: PDFs dropped into ./Inbox are
# archived into ./Archive (Ctrl-C stops it; files in flight finish first). Extra arguments go to `juesuan watch`,
# e.g. `scripts/run.sh --once` to process what is in the inbox and exit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product juesuan --static-swift-stdlib
mkdir -p Inbox Archive
exec .build/release/juesuan watch --inbox ./Inbox --archive ./Archive "$@"
