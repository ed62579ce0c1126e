#!/usr/bin/env bash
# Times `juesuan text --json` (release build) against `pdftotext -bbox-layout` on every PDF of a folder
# (default ../shared/corpus/public) in one run; prints the total seconds of each and their ratio (target ≤ 1.3),
# as wall-clock time and as CPU time (user + system, steadier on a shared machine).
# Uses hyperfine (installed from apt when missing), or a loop of RUNS runs when it cannot be installed.
#   Benchmarks/text.sh [FOLDER]      RUNS=5 (runs of each command), SCRATCH=.build (swift build --scratch-path)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/public}"
runs="${RUNS:-5}"
source Benchmarks/lib.sh
build_juesuan
juesuan="$JUESUAN"
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

# Each line: wall seconds and CPU seconds of one command, means over the runs.
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --export-json "$report" -n juesuan "$ours" -n pdftotext "$theirs" >&2
  python3 -c 'import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(result["mean"], result["user"] + result["system"])' "$report" > "$report.lines"
else
  python3 -c 'import resource, subprocess, sys, time
runs = int(sys.argv[1])
for command in sys.argv[2:]:
    subprocess.run(["bash", "-c", command], check=True)
    cpu = lambda: (lambda u: u.ru_utime + u.ru_stime)(resource.getrusage(resource.RUSAGE_CHILDREN))
    wall, used = time.monotonic(), cpu()
    for _ in range(runs):
        subprocess.run(["bash", "-c", command], check=True)
    print((time.monotonic() - wall) / runs, (cpu() - used) / runs)' "$runs" "$ours" "$theirs" > "$report.lines"
fi
mv "$report.lines" "$report"

{ read -r ours_wall ours_cpu; read -r theirs_wall theirs_cpu; } < "$report"
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
printf '%d PDFs, mean of %d runs        wall s     CPU s\n' "$(find "$corpus" -maxdepth 1 -name '*.pdf' | wc -l)" "$runs"
printf 'juesuan text --json     %9.3f %9.3f\n' "$ours_wall" "$ours_cpu"
printf 'pdftotext -bbox-layout  %9.3f %9.3f\n' "$theirs_wall" "$theirs_cpu"
printf 'ratio                   %9s %9s\n' "$(ratio "$ours_wall" "$theirs_wall")" "$(ratio "$ours_cpu" "$theirs_cpu")"
