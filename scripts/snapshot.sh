#!/usr/bin/env bash
# Reads every shared corpus set (and, with HARNESS=1, the robustness harness's seed-1 PDFs) with one juesuan
# binary into OUT_DIR/SET/NAME.json, and prints each set's score. Two snapshots compare with `diff -r`:
# the check that a restructuring changes no output.
#
#   scripts/snapshot.sh JUESUAN_BINARY OUT_DIR          # env: CORPUS=../shared/corpus HARNESS=0|1 SETTINGS=file.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$(realpath "${1:?usage: snapshot.sh JUESUAN_BINARY OUT_DIR}")"
out="${2:?usage: snapshot.sh JUESUAN_BINARY OUT_DIR}"
corpus="${CORPUS:-$root/../shared/corpus}"
mkdir -p "$out"
read_set() { # SET_NAME PDF_DIR
  mkdir -p "$out/$1"
  for pdf in "$2"/*.pdf; do
    "$binary" extract ${SETTINGS:+--settings "$SETTINGS"} "$pdf" > "$out/$1/$(basename "$pdf" .pdf).json" 2>/dev/null || echo "snapshot: extract failed on $pdf" >&2
  done
}
for set in public real budgets national unknown; do
  read_set "$set" "$corpus/$set"
  if ls "$corpus/$set"/*.truth.json >/dev/null 2>&1; then
    echo "$set: $(python3 "$corpus/score.py" "$out/$set" "$corpus/$set" | tail -n 1)"
  fi
done
read_set census "$corpus/national/census"
echo "census: $(python3 "$corpus/census.py" "$corpus/national/census" "$out/census" --labels "$corpus/national/census/labels.tsv" | tail -n 1)"
if [ "${HARNESS:-0}" = 1 ]; then
  SEED=1 "$root/scripts/harness/run.sh" "$binary" "$out/harness" | tail -n 1
  rm -rf "$out/harness/pdf"
fi
