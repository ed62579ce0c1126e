#!/usr/bin/env bash
# The robustness harness: prints the reports of the corpus again from their truth in seeded layouts (generate.py),
# reads each PDF back with `juesuan extract`, scores them with the corpus scorer, and prints per-PDF, per-axis,
# per-producer and per-source figures.
#
#   scripts/harness/run.sh JUESUAN_BINARY [OUT_DIR]
#     env: SEED=1 PER_SOURCE=4 CORPUS=../shared/corpus
#          SOURCES=public          truth sets, comma-separated: public,real,budgets,national (or all)
#          PRODUCERS=reportlab     comma-separated: reportlab,calc,chromium (or all)
#
# The defaults are the acceptance test's run (HarnessAcceptanceTests); the widened run is
#   SOURCES=all PRODUCERS=all scripts/harness/run.sh .build/release/juesuan OUT
# Builds nothing: pass the binary. The scorer's last line comes last. OUT_DIR (default: a temporary folder,
# removed afterwards) keeps the PDFs, truths, outputs, scores.json and axes.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
binary="$(realpath "${1:?usage: run.sh JUESUAN_BINARY [OUT_DIR]}")"
corpus="${CORPUS:-$root/../shared/corpus}"
python="$root/.venv-harness/bin/python"
[ -x "$python" ] || { echo "run.sh: $python is missing: run scripts/setup.sh" >&2; exit 1; }
sources="${SOURCES:-public}"
[ "$sources" != all ] || sources=public,real,budgets,national
producers="${PRODUCERS:-reportlab}"
[ "$producers" != all ] || producers=reportlab,calc,chromium
dirs=()
for s in ${sources//,/ }; do
  [ -d "$corpus/$s" ] || { echo "run.sh: no truth set $corpus/$s (SOURCES: public,real,budgets,national)" >&2; exit 1; }
  dirs+=("$corpus/$s")
done
case ",$producers," in *,calc,*) command -v soffice >/dev/null || { echo "run.sh: PRODUCERS has calc but soffice is missing: run scripts/setup.sh" >&2; exit 1; } ;; esac
case ",$producers," in *,chromium,*) command -v chromium >/dev/null || { echo "run.sh: PRODUCERS has chromium but chromium is missing: run scripts/setup.sh" >&2; exit 1; } ;; esac
if [ -n "${2:-}" ]; then out="$2"; mkdir -p "$out"; else out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out/pdf" "$out/json"
"$python" "$here/generate.py" "${dirs[@]}" "$out/pdf" --seed "${SEED:-1}" --per-source "${PER_SOURCE:-4}" \
  --producers "$producers"
pages=0
for pdf in "$out"/pdf/*.pdf; do
  "$binary" extract "$pdf" > "$out/json/$(basename "$pdf" .pdf).json" || echo "run.sh: extract failed on $pdf" >&2
  pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')))
done
python3 "$corpus/score.py" "$out/json" "$out/pdf" --json "$out/scores.json" > "$out/score.txt"
python3 "$here/report.py" "$out/pdf/manifest.json" "$out/scores.json" --json "$out/axes.json"
echo "pages=$pages pdfs=$(ls "$out"/pdf/*.pdf | wc -l)"
tail -n 1 "$out/score.txt"
