# Shell functions of the benchmark scripts (sourced, not run): the release build, timing a command under
# GNU time, and dropping files into a daemon's inbox. `source Benchmarks/lib.sh` from the repository root.

# Builds juesuan in release mode in $SCRATCH (default .build), as scripts/run.sh does (Swift runtime linked in),
# and sets JUESUAN to the binary.
build_juesuan() {
  SCRATCH=${SCRATCH:-.build}
  swift build -c release --product juesuan --static-swift-stdlib --scratch-path "$SCRATCH" >&2
  JUESUAN="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/juesuan"
}

now() { date +%s.%N; }

# timed OUT COMMAND...: runs COMMAND under GNU time and appends "wall user sys maxrss_kb" to OUT.
# maxrss is the largest resident set of the command or of any process it waited for.
timed() {
  local out=$1 line
  shift
  line=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$line" "$@" >/dev/null
  cat "$line" >> "$out"
  rm -f "$line"
}

# variants COUNT FOLDER FILE...: COUNT copies of each FILE in FOLDER, each with other bytes (a comment appended),
# so the daemon archives every one instead of recording duplicates.
variants() {
  local count=$1 folder=$2 file i
  shift 2
  mkdir -p "$folder"
  for file in "$@"; do
    for i in $(seq 1 "$count"); do
      { cat "$file"; printf '\n%% variant %d\n' "$i"; } > "$folder/$(basename "$file" .pdf)-$i.pdf"
    done
  done
}

# drop INBOX FILE...: moves the files into INBOX, one rename(2) each (mv may look at a name already claimed).
drop() {
  python3 -c 'import os, sys; [os.rename(f, os.path.join(sys.argv[1], os.path.basename(f))) for f in sys.argv[2:]]' "$@"
}

# wait_lines ARCHIVE COUNT: waits until ARCHIVE/index.jsonl has COUNT lines, looking every 5 ms from one process
# (a loop of shell commands would take CPU from the daemon it measures).
wait_lines() {
  python3 -c 'import os, sys, time
path, count = os.path.join(sys.argv[1], "index.jsonl"), int(sys.argv[2])
while not os.path.exists(path) or open(path, "rb").read().count(b"\n") < count: time.sleep(0.005)' "$@"
}
