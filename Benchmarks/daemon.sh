#!/usr/bin/env bash
# Daemon throughput and latency, with a release build:
#   - documents per second with 1 and 2 workers: N variants of a 3-page report, all dropped at once;
#   - drop-to-JSON latency of a 49-page report dropped into an idle daemon (median of R drops).
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
  mv "$run"/staging/*.pdf "$run/Inbox/"
  wait_lines "$run/Archive" "$N"
  end=$(now)
  kill -TERM "$daemon"; wait "$daemon"
  awk -v n="$N" -v w="$workers" -v s="$start" -v e="$end" \
    'BEGIN { printf "throughput workers=%d: %d documents in %.2f s = %.2f documents/s\n", w, n, e - s, n / (e - s) }'
done

run="$WORK/latency"
mkdir -p "$run/Inbox" "$run/staging"
"$BIN" watch --inbox "$run/Inbox" --archive "$run/Archive" --workers 2 2>"$run/log" &
daemon=$!
sleep 1
latencies=()
for i in $(seq 1 "$R"); do
  { cat "$LONG"; printf '\n%% drop %d\n' "$i"; } > "$run/staging/long-$i.pdf"
  start=$(now)
  mv "$run/staging/long-$i.pdf" "$run/Inbox/"
  wait_lines "$run/Archive" "$i"
  latencies+=("$(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.3f", e - s }')")
done
kill -TERM "$daemon"; wait "$daemon"
median=$(printf '%s\n' "${latencies[@]}" | sort -n | sed -n "$(( (R + 1) / 2 ))p")
echo "latency 49-page PDF, drop to JSON in the index: median $median s of $R drops (${latencies[*]})"
