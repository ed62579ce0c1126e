#!/usr/bin/env bash
# Times `juesuan text --json` (release build) against `pdftotext -bbox-layout` on every PDF of a folder
# (default ../shared/corpus/public) in one run; prints the total seconds of each and their ratio (target ≤ 1.3).
# Uses hyperfine (installed from apt when missing), or a loop of RUNS runs when it cannot be installed.
#   Benchmarks/text.sh [FOLDER]      RUNS=5 (runs of each command), SCRATCH=.build (swift build --scratch-path)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/public}"
runs="${RUNS:-5}"
scratch="${SCRATCH:-.build}"

swift build -c release --product juesuan --scratch-path "$scratch" >&2
juesuan="$scratch/release/juesuan"
if ! command -v hyperfine >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "text.sh: installing hyperfine" >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hyperfine; } >/dev/null 2>&1 \
    || echo "text.sh: hyperfine could not be installed; timing a loop of $runs runs instead" >&2
fi

# One command per tool: read every PDF of the folder once, output thrown away.
each="for f in $(printf '%q' "$corpus")/*.pdf; do"
ours="$each $(printf '%q' "$juesuan") text --json \"\$f\" >/dev/null; done"
theirs="$each pdftotext -bbox-layout \"\$f\" /dev/null; done"

if command -v hyperfine >/dev/null; then
  report="$(mktemp)"
  trap 'rm -f "$report"' EXIT
  hyperfine --warmup 1 --runs "$runs" --export-json "$report" -n juesuan "$ours" -n pdftotext "$theirs" >&2
  read -r ours_seconds theirs_seconds < <(python3 -c 'import json, sys
results = json.load(open(sys.argv[1]))["results"]
print(results[0]["mean"], results[1]["mean"])' "$report")
else
  mean() {
    local start end
    bash -c "$1"
    start=$(date +%s.%N)
    for _ in $(seq "$runs"); do bash -c "$1"; done
    end=$(date +%s.%N)
    python3 -c "print(($end - $start) / $runs)"
  }
  ours_seconds=$(mean "$ours")
  theirs_seconds=$(mean "$theirs")
fi

count=$(find "$corpus" -maxdepth 1 -name '*.pdf' | wc -l)
printf '%d PDFs, mean of %d runs\n' "$count" "$runs"
printf 'juesuan text --json     %8.3f s\n' "$ours_seconds"
printf 'pdftotext -bbox-layout  %8.3f s\n' "$theirs_seconds"
printf 'ratio                   %8.2f\n' "$(python3 -c "print($ours_seconds / $theirs_seconds)")"
