#!/usr/bin/env bash
# The export's speed and memory, release build: `juesuan facts` over archives of 100 and DOCS documents, as CSV and
# as JSON lines, against `juesuan extract` per document.
#   Archives: the public corpus archived by `juesuan watch --once` (real extractor documents), then those documents
#   copied round-robin under other sha256s, each with its index line, until the archive holds 100 or DOCS documents.
#   Export: wall and CPU (user + sys) median of RUNS runs, peak RSS, rows and bytes written.
#   extract: each corpus PDF once per run, one process each (as the daemon runs it), median of RUNS runs.
#   Benchmarks/export.sh     RUNS=3 DOCS=2000 SCRATCH=.build CORPUS=../shared/corpus/public
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/lib.sh
RUNS=${RUNS:-3}
DOCS=${DOCS:-2000}
CORPUS=${CORPUS:-../shared/corpus/public}
ls "$CORPUS"/*.pdf >/dev/null 2>&1 || { echo "export.sh: $CORPUS is missing (the shared corpus beside the repository)" >&2; exit 1; }
build_juesuan
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "export.sh: archiving $CORPUS with watch --once" >&2
mkdir -p "$WORK/inbox"
cp "$CORPUS"/*.pdf "$WORK/inbox/"
"$JUESUAN" watch --once --inbox "$WORK/inbox" --archive "$WORK/seed" 2>/dev/null

# grow SEED ARCHIVE COUNT: ARCHIVE holds COUNT documents, SEED's documents copied under other sha256s.
grow() {
  python3 - "$@" <<'PY'
import hashlib, json, os, sys
seed, archive, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
entries = [json.loads(l) for l in open(f"{seed}/index.jsonl") if json.loads(l)["status"] in ("ok", "partial", "unrecognized")]
texts = [open(f"{seed}/{e['json']}", encoding="utf-8").read() for e in entries]
os.makedirs(archive)
with open(f"{archive}/index.jsonl", "w") as index:
    for i in range(count):
        entry, text = dict(entries[i % len(entries)]), texts[i % len(entries)]
        sha = hashlib.sha256(f"{entry['sha256']}/{i}".encode()).hexdigest()
        path = os.path.join(os.path.dirname(entry["json"]), f"copy-{i}.{sha[:12]}.json")
        os.makedirs(os.path.join(archive, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(archive, path), "w", encoding="utf-8") as f:
            f.write(text.replace(entry["sha256"], sha))
        entry.update(sha256=sha, json=path, claim=f"copy{i}")
        index.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
PY
}

# median FILE COLUMN: the median of a column of numbers.
median() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

echo "export.sh: extract, $RUNS runs over $(ls "$CORPUS"/*.pdf | wc -l) PDFs" >&2
: > "$WORK/extract"
for run in $(seq 1 "$RUNS"); do
  timed "$WORK/extract" sh -c 'for f in "$@"; do "$0" extract "$f" > /dev/null; done' "$JUESUAN" "$CORPUS"/*.pdf
done
pdfs=$(ls "$CORPUS"/*.pdf | wc -l)
extract_wall=$(median "$WORK/extract" 1)
extract_cpu=$(awk '{ print $2 + $3 }' "$WORK/extract" > "$WORK/extract-cpu" && median "$WORK/extract-cpu" 1)

printf '| archive | format | wall s | CPU s | CPU ms/document | wall ms/document | peak RSS | rows | output |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for count in 100 "$DOCS"; do
  echo "export.sh: an archive of $count documents" >&2
  rm -rf "$WORK/archive"
  grow "$WORK/seed" "$WORK/archive" "$count"
  for format in csv jsonl; do
    : > "$WORK/times"
    for run in $(seq 1 "$RUNS"); do
      timed "$WORK/times" "$JUESUAN" facts "$WORK/archive" --format "$format" --output "$WORK/facts.$format" 2>/dev/null
    done
    header=0
    [ "$format" = jsonl ] || header=1
    rows=$(($(wc -l < "$WORK/facts.$format") - header))
    size=$(du -m "$WORK/facts.$format" | cut -f1)
    python3 - "$WORK/times" "$count" "$format" "$rows" "$size" <<'PY'
import statistics, sys
runs = [list(map(float, line.split())) for line in open(sys.argv[1])]
n, fmt, rows, size = int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] + r[2] for r in runs)
print(f"| {n} documents | {fmt} | {wall:.2f} | {cpu:.2f} | {1000 * cpu / n:.2f} | {1000 * wall / n:.2f} | "
      f"{max(r[3] for r in runs) / 1024:.1f} MiB | {rows} | {size} MB |")
PY
  done
done
awk -v n="$pdfs" -v w="$extract_wall" -v c="$extract_cpu" \
  'BEGIN { printf "| `juesuan extract`, %d PDFs | JSON | %.2f | %.2f | %.1f | %.1f | | | |\n", n, w, c, 1000 * c / n, 1000 * w / n }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
