#!/usr/bin/env bash
# Sets up what is missing, builds juesuan in release mode and extracts every PDF of ./Inbox into ./Archive.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product juesuan
mkdir -p Inbox Archive
for pdf in Inbox/*.pdf; do
  [ -e "$pdf" ] || continue
  .build/release/juesuan extract "$pdf" > "Archive/$(basename "$pdf" .pdf).json"
done
