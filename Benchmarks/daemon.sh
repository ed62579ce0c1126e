#!/usr/bin/env bash
# Daemon throughput and latency, with a release build:
#   - documents per second with 1 and 2 workers: N variants of a 3-page report, all dropped at once;
#   - drop-to-JSON latency of a 40-page report (the first 40 pages of a 49-page one, by qpdf) dropped into an idle
#     daemon (median of R drops), and the time `juesuan extract` alone takes on it.
# Usage: Benchmarks/daemon.sh [N=40] [R=5]. Prints one line per figure. SCRATCH= names another build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
R=${2:-5}
SCRATCH=${SCRATCH:-.build}
swift build -c release --product juesuan --scratch-path "$SCRATCH" >/dev/null
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/juesuan
BASE=Tests/Fixtures/daemon/three-pages.pdf
LONG=../shared/corpus/public/shanxi-shuozhou-kaifaqu-2024.chromium.pdf
[ -f "$LONG" ] || { echo "daemon.sh: $LONG is missing (the shared corpus beside the repository)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
lines() { [ -f "$1/index.jsonl" ] && wc -l < "$1/index.jsonl" || echo 0; }
wait_lines() { until [ "$(lines "$1")" -ge "$2" ]; do sleep 0.01; done; }

for workers in 1 2; do
  run="$WORK/throughput-$workers"
  mkdir -p "$run/Inbox" "$run/staging"
  for i in $(seq 1 "$N"); do { cat "$BASE"; printf '\n%% variant %d\n' "$i"; } > "$run/staging/report-$i.pdf"; done
  "$BIN" watch --inbox "$run/Inbox" --archive "$run/Archive" --workers "$workers" 2>"$run/log" &
  daemon=$!
  sleep 1
  start=$(now)
  # One rename(2) per file (mv may look at a target the daemon has already claimed).
  python3 -c 'import os, sys; [os.rename(f, os.path.join(sys.argv[1], os.path.basename(f))) for f in sys.argv[2:]]' \
    "$run/Inbox" "$run"/staging/*.pdf
  wait_lines "$run/Archive" "$N"
  end=$(now)
  kill -TERM "$daemon"; wait "$daemon"
  awk -v n="$N" -v w="$workers" -v s="$start" -v e="$end" \
    'BEGIN { printf "throughput workers=%d: %d documents in %.2f s = %.2f documents/s\n", w, n, e - s, n / (e - s) }'
done

run="$WORK/latency"
mkdir -p "$run/Inbox" "$run/staging"
qpdf --empty --pages "$LONG" 1-40 -- "$WORK/forty.pages.pdf"
start=$(now)
"$BIN" extract "$WORK/forty.pages.pdf" > /dev/null
extract_alone=$(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.3f", e - s }')
"$BIN" watch --inbox "$run/Inbox" --archive "$run/Archive" --workers 2 2>"$run/log" &
daemon=$!
sleep 1
latencies=()
for i in $(seq 1 "$R"); do
  { cat "$WORK/forty.pages.pdf"; printf '\n%% drop %d\n' "$i"; } > "$run/staging/long-$i.pdf"
  start=$(now)
  python3 -c 'import os, sys; os.rename(sys.argv[1], sys.argv[2])' "$run/staging/long-$i.pdf" "$run/Inbox/long-$i.pdf"
  wait_lines "$run/Archive" "$i"
  latencies+=("$(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.3f", e - s }')")
done
kill -TERM "$daemon"; wait "$daemon"
median=$(printf '%s\n' "${latencies[@]}" | sort -n | sed -n "$(( (R + 1) / 2 ))p")
echo "latency 40-page PDF, drop to JSON in the index: median $median s of $R drops (${latencies[*]}); extract alone $extract_alone s"
