#!/usr/bin/env bash
# Sets up what is missing, checks the tree's form (scripts/lint.sh), and runs every test (real PDFs, real poppler,
# real processes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/lint.sh
swift build --build-tests
swift test --skip-build
