#!/usr/bin/env bash
# Benchmarks against the field, and the performance budget, in one run with a release build.
#   Sets: the public corpus (../shared/corpus/public) and a 300-page PDF made of its pages by qpdf; big books of
#     no known layout: the census budgets (../shared/corpus/national/census, the four cities taken in turn) joined
#     by qpdf into one 300-page PDF, and the Taiwanese budget book ../shared/corpus/unknown/tw-監察院.pdf (51 pages).
#   Tools on each set: pdftotext -layout (the floor: poppler alone), juesuan extract (one process per PDF; both
#     read the set's files in turn until MIN_PAGES pages, so that each run lasts long enough to time),
#     juesuan watch --once with 2 workers; on the corpus sets also pdfplumber's extract_tables and camelot's stream
#     mode (installed from PyPI into Benchmarks/.venv; a tool that cannot be installed is reported as missing).
#   Daemon: watch --once with 1 and 2 workers over COPIES variants of every corpus PDF; the daemon's resident set
#     after 100 and after DOCS documents (variants of a 3-page report, dropped at once into a running daemon); the
#     drop-to-JSON latency of a 40-page report dropped into an idle daemon (median of 5).
# CPU = user + sys of the process and its children (median of RUNS runs; the field tools run once); peak RSS = the
# largest single process. Prints the table and the budget, and writes both as JSON to OUT.
#   Benchmarks/bench.sh     RUNS=3 COPIES=4 DOCS=2000 MIN_PAGES=1000 OUT=Benchmarks/results.json SCRATCH=.build CORPUS=../shared/corpus/public
#                           CENSUS=../shared/corpus/national/census UNKNOWN=../shared/corpus/unknown/tw-監察院.pdf
#                           (a missing CENSUS or UNKNOWN leaves its set out, with a note)
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
RUNS=${RUNS:-3}
COPIES=${COPIES:-4}
DOCS=${DOCS:-2000}
MIN_PAGES=${MIN_PAGES:-1000}
OUT=${OUT:-Benchmarks/results.json}
CORPUS=${CORPUS:-../shared/corpus/public}
LONG=$CORPUS/shanxi-shuozhou-kaifaqu-2024.chromium.pdf
CENSUS=${CENSUS:-$CORPUS/../national/census}
UNKNOWN=${UNKNOWN:-$CORPUS/../unknown/tw-監察院.pdf}
VENV=Benchmarks/.venv
[ -f "$LONG" ] || { echo "bench.sh: $CORPUS is missing (the shared corpus beside the repository)" >&2; exit 1; }
build_juesuan
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
RESULTS=$WORK/results.tsv
LOG=$WORK/stderr.log

# record FIELD...: one tab-separated line of results.
record() { (IFS=$'\t'; echo "$*") >> "$RESULTS"; }
pages() { for f in "$@"; do pdfinfo "$f" | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }'; }
# measure SET TOOL PAGES COUNT COMMAND...: runs COMMAND COUNT times, recording each run. With FROM=FOLDER, each run
# starts with a fresh $WORK/inbox holding links to the files of FOLDER, and no $WORK/archive.
measure() {
  local set=$1 tool=$2 pagecount=$3 count=$4 run times=$WORK/times
  shift 4
  echo "bench.sh: $set: $tool" >&2
  for run in $(seq 1 "$count"); do
    rm -rf "$times" "$WORK/inbox" "$WORK/archive"
    [ -z "${FROM:-}" ] || cp -l -r "$FROM" "$WORK/inbox"
    if ! timed "$times" "$@" 2>>"$LOG"; then
      echo "bench.sh: $tool failed on $set; its stderr:" >&2
      tail -5 "$LOG" >&2
      exit 1
    fi
    record run "$set" "$tool" "$pagecount" $(cat "$times")
  done
}
# daemon_memory PID: its resident set and its peak, in KiB.
daemon_memory() { awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { peak = $2 } END { print rss, peak }' "/proc/$1/status"; }

record machine cpu "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
record machine cores "$(nproc)"
record machine memory "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
record machine poppler "$(pdftotext -v 2>&1 | head -1)"
record machine swift "$(swift --version 2>/dev/null | head -1)"
record machine load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

echo "bench.sh: installing pdfplumber and camelot into $VENV" >&2
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
declare -A PYPI=([pdfplumber]=pdfplumber [camelot]="camelot-py opencv-python-headless")
FIELD=()
for tool in pdfplumber camelot; do
  # shellcheck disable=SC2086 # a list of packages
  if "$VENV/bin/pip" install -q ${PYPI[$tool]} >&2 && "$VENV/bin/python" -c "import $tool" 2>>"$LOG"; then
    FIELD+=("$tool")
  else
    record missing "$tool" "could not be installed from PyPI here (see pip's output above)"
  fi
done

WATCH=("$JUESUAN" watch --inbox "$WORK/inbox" --archive "$WORK/archive" --once --workers)
mkdir -p "$WORK/sets/corpus" "$WORK/sets/300-pages"
cp "$CORPUS"/*.pdf "$WORK/sets/corpus/"
qpdf --empty --pages "$WORK"/sets/corpus/*.pdf -- "$WORK/all.pdf"
qpdf --empty --pages "$WORK/all.pdf" 1-300 -- "$WORK/sets/300-pages/300-pages.pdf"
sets=(corpus 300-pages)
# Big books of no known layout: census budgets of the four cities taken in turn (r026-北京, then 广州, 重庆, 长沙, …)
# until 300 pages, joined into one PDF; the Taiwanese budget book as it is.
if compgen -G "$CENSUS/*.pdf" >/dev/null; then
  mapfile -t census < <(python3 -c 'import collections, glob, os, sys
by = collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.pdf"))):
    by[os.path.basename(f)[:-4].split("-", 1)[-1]].append(f)
queues = [by[k] for k in sorted(by)]
while any(queues):
    for q in queues:
        if q: print(q.pop(0))' "$CENSUS")
  picked=()
  total=0
  for f in "${census[@]}"; do
    n=$(pages "$f" 2>/dev/null || echo 0)
    [ "$n" -gt 0 ] || continue
    picked+=("$f")
    total=$((total + n))
    [ "$total" -lt 300 ] || break
  done
  mkdir -p "$WORK/sets/census-300-pages"
  qpdf --empty --pages "${picked[@]}" -- "$WORK/census-all.pdf"
  qpdf --empty --pages "$WORK/census-all.pdf" 1-300 -- "$WORK/sets/census-300-pages/census-300-pages.pdf"
  record note census "${#picked[@]} census budgets joined: $(for f in "${picked[@]}"; do basename "$f" .pdf; done | paste -sd' ')"
  sets+=(census-300-pages)
else
  record missing "census-300-pages" "no census PDFs in $CENSUS"
fi
if [ -f "$UNKNOWN" ]; then
  mkdir -p "$WORK/sets/tw-unknown"
  cp "$UNKNOWN" "$WORK/sets/tw-unknown/"
  sets+=(tw-unknown)
else
  record missing "tw-unknown" "$UNKNOWN is missing"
fi

for set in "${sets[@]}"; do
  files=("$WORK/sets/$set"/*.pdf)
  n=$(pages "${files[@]}")
  # A run reads the set's files over and over until MIN_PAGES pages: GNU time counts CPU in 10 ms steps, which on
  # one 51-page book (some 50 ms) would move the ratio by a fifth.
  repeat=$(((MIN_PAGES + n - 1) / n))
  repeated=()
  for _ in $(seq "$repeat"); do repeated+=("${files[@]}"); done
  # The two in turn, run after run: on a machine whose speed drifts (a VM), each pair sees the same state.
  for _ in $(seq "$RUNS"); do
    measure "$set" "pdftotext -layout" "$((n * repeat))" 1 bash -c 'for f; do pdftotext -layout "$f" /dev/null; done' _ "${repeated[@]}"
    measure "$set" "juesuan extract" "$((n * repeat))" 1 bash -c 'b=$1; shift; for f; do "$b" extract "$f"; done' _ "$JUESUAN" "${repeated[@]}"
  done
  FROM=$WORK/sets/$set measure "$set" "juesuan watch --once" "$n" "$RUNS" "${WATCH[@]}" 2
  case $set in corpus|300-pages) ;; *) continue ;; esac   # the field tools on the corpus sets only (minutes each)
  for tool in "${FIELD[@]}"; do
    measure "$set" "$tool" "$n" 1 "$VENV/bin/python" Benchmarks/bench.py "$tool" "${files[@]}"
  done
done

variants "$COPIES" "$WORK/copies" "$CORPUS"/*.pdf
n=$(pages "$WORK"/copies/*.pdf)
for workers in 1 2; do
  FROM=$WORK/copies measure "$((COPIES * 11)) documents" "watch --once, $workers workers" "$n" "$RUNS" "${WATCH[@]}" "$workers"
done

echo "bench.sh: resident set of a running daemon over $DOCS documents" >&2
variants "$DOCS" "$WORK/many" Tests/Fixtures/daemon/three-pages.pdf
mkdir -p "$WORK/many-inbox"
"$JUESUAN" watch --inbox "$WORK/many-inbox" --archive "$WORK/many-archive" --workers 2 2>>"$LOG" &
daemon=$!
sleep 1
record memory started $(daemon_memory "$daemon")
start=$(now)
drop "$WORK/many-inbox" "$WORK"/many/*.pdf
wait_lines "$WORK/many-archive" 100
record memory 100 $(daemon_memory "$daemon")
wait_lines "$WORK/many-archive" "$DOCS"
record memory "$DOCS" $(daemon_memory "$daemon")
record rate "$DOCS" "$(awk -v s="$start" -v e="$(now)" 'BEGIN { print e - s }')"
kill -TERM "$daemon"
wait "$daemon"

echo "bench.sh: drop-to-JSON latency of a 40-page report" >&2
mkdir -p "$WORK/latency-inbox" "$WORK/staging"
qpdf --empty --pages "$LONG" 1-40 -- "$WORK/forty.pdf"
rm -f "$WORK/times"
timed "$WORK/times" "$JUESUAN" extract "$WORK/forty.pdf"
record extract40 $(cat "$WORK/times")
"$JUESUAN" watch --inbox "$WORK/latency-inbox" --archive "$WORK/latency-archive" --workers 2 2>>"$LOG" &
daemon=$!
sleep 1
for i in 1 2 3 4 5; do
  { cat "$WORK/forty.pdf"; printf '\n%% drop %d\n' "$i"; } > "$WORK/staging/forty-$i.pdf"
  start=$(now)
  drop "$WORK/latency-inbox" "$WORK/staging/forty-$i.pdf"
  wait_lines "$WORK/latency-archive" "$i"
  record latency "$(awk -v s="$start" -v e="$(now)" 'BEGIN { print e - s }')"
done
kill -TERM "$daemon"
wait "$daemon"

record machine load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 Benchmarks/bench.py report "$RESULTS" "$OUT"
