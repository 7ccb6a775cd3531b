#!/usr/bin/env bash
# Create the virtual environment (VENV, default .venv) and install the app with its test extra.
# Idempotent: a second run only checks that everything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Mission CRM needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2
    exit 1
fi
# A Windows virtual environment keeps its interpreter in Scripts/ (the release job's `make`).
VENV_PY="$VENV/bin/python"
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) VENV_PY="$VENV/Scripts/python.exe" ;; esac
if [ ! -x "$VENV_PY" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# (hashed by Python, the same everywhere: macOS has no sha1sum)
stamp="$VENV/.installed-$("$VENV_PY" -c 'import hashlib; print(hashlib.sha1(open("pyproject.toml", "rb").read()).hexdigest()[:12])')"
if [ ! -f "$stamp" ]; then
    "$VENV_PY" -m pip install --quiet --upgrade pip
    "$VENV_PY" -m pip install --quiet -e '.[test]'
    touch "$stamp"
fi
# The translations' compiled catalogues (.qm for ui/, .mo for crm/): rebuilt when a .ts/.po
# changed. The Python script, not a shell one: the same on Windows (Scripts/) as elsewhere.
"$VENV_PY" scripts/translations.py build
