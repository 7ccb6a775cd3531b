#!/usr/bin/env bash
# The README's screenshots: the main pages in English, French and Dutch over the sample
# mission, at the laptop size the layout is tested at (1366x768), as small PNGs.
#   bash scripts/screenshots.sh            (or `make screenshots`)
# Writes docs/screenshots/<lang>-<page>.png. The sample's follow-ups are dated from today, so
# the pictures show the dates of the day they are made.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
LANGUAGES="en fr nl"
PAGES="dashboard contacts followups sessions"
OUT=docs/screenshots

VENV="$VENV" bash scripts/translations.sh build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Offscreen, with a config folder of its own: the user's settings (theme, language) and
# keyring stay out of the pictures.
export QT_QPA_PLATFORM=offscreen MISSION_CRM_ALLOW_UNENCRYPTED=1
export MISSION_CRM_CONFIG_DIR="$work/config" MISSION_CRM_DATA_DIR="$work/data"
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
unset MISSION_CRM_LANGUAGE MISSION_CRM_DB
"$PY" main.py --db "$work/demo.db" demo >/dev/null
mkdir -p "$OUT"
for lang in $LANGUAGES; do
    for page in $PAGES; do
        "$PY" main.py --language "$lang" --db "$work/demo.db" --size 1366x768 --page "$page" \
            --screenshot "$OUT/$lang-$page.png" 2> >(grep -v propagateSizeHints >&2)
    done
done
# A palette of 256 colours (screenshots of a flat UI lose nothing a reader sees) and zlib's
# best compression: about a third of the size of Qt's PNGs.
"$PY" - "$OUT" $LANGUAGES -- $PAGES <<'EOF'
import sys
from pathlib import Path

from PIL import Image

folder = Path(sys.argv[1])
split = sys.argv.index("--")
languages, pages = sys.argv[2:split], sys.argv[split + 1:]
for language in languages:
    for page in pages:
        path = folder / f"{language}-{page}.png"
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                                  dither=Image.Dither.NONE)
        small.save(path, optimize=True)
        print(f"{path}: {path.stat().st_size // 1024} KB")
EOF
