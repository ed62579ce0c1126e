#!/usr/bin/env bash
# Installs what Juesuan needs on Debian 12 (the Swift toolchain is expected on PATH):
# poppler-glib to read PDFs, poppler-data for unembedded Chinese fonts, pkg-config to find them,
# and the tools the tests use (qpdf, poppler-utils, systemd for systemd-analyze, python3 for the scorer,
# python3-jsonschema to validate documents against schema/record-model-v1.schema.json, jq, curl and e2fsprogs's
# chattr for the hostile-inbox daemon tests), and for the robustness
# harness (scripts/harness) two CJK TrueType fonts, LibreOffice Calc and Chromium (the harness's other two producers:
# a workbook printed by Calc, an HTML page printed by the browser), python3-venv and reportlab and openpyxl from PyPI
# in .venv-harness, and for
# the export's acceptance test (scripts/facts-check.py) DuckDB from PyPI in .venv-facts.
set -euo pipefail
packages=(pkg-config libpoppler-glib-dev poppler-data poppler-utils qpdf python3 python3-jsonschema systemd jq curl e2fsprogs
          python3-venv fonts-wqy-zenhei fonts-arphic-uming libreoffice-calc-nogui chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
venv="$(cd "$(dirname "$0")/.." && pwd)/.venv-harness"
if ! "$venv/bin/python" -c "import reportlab, openpyxl" 2>/dev/null; then
  echo "setup: installing reportlab and openpyxl into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "reportlab==5.1.0" "openpyxl==3.1.5"
fi
facts_venv="$(cd "$(dirname "$0")/.." && pwd)/.venv-facts"
if ! "$facts_venv/bin/python" -c "import duckdb" 2>/dev/null; then
  echo "setup: installing duckdb into $facts_venv" >&2
  python3 -m venv "$facts_venv"
  "$facts_venv/bin/pip" install -q --disable-pip-version-check "duckdb==1.5.6"
fi
command -v swift >/dev/null || { echo "setup: the Swift toolchain (swift) is not on PATH; install Swift 6.1 or newer from swift.org" >&2; exit 1; }
