#!/usr/bin/env bash
# The app's translations: scripts/translations.py does the work, on every system (see it).
#   update  re-read the sources into the translators' files (.ts for ui/, .pot/.po for crm/)
#   build   compile what changed (.qm, .mo); run by scripts/setup.sh and `make dist`
# VENV (default .venv) is the virtual environment whose Python runs it: bin/python, or
# Scripts/python.exe for a Windows one.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
VENV_PY="$VENV/bin/python"
if [ ! -x "$VENV_PY" ] && [ -x "$VENV/Scripts/python.exe" ]; then
    VENV_PY="$VENV/Scripts/python.exe"
fi
exec "$VENV_PY" scripts/translations.py "${1:-build}"
