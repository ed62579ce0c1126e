#!/usr/bin/env bash
# The tree's form: swift format lint (.swift-format) over every Swift file, and no function of the table engine
# longer than 40 lines. Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --recursive --parallel Package.swift Sources Tests
python3 scripts/lint/function-length.py --max 40 Sources/Tables
