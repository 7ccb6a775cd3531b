#!/usr/bin/env bash
# Set up everything the tests need, then run them. Used by `make test` and by .ci/run.
#   - the Python environment (scripts/setup.sh);
#   - system packages listed in scripts/apt-packages.txt, installed with apt-get when running
#     as root (CI and fresh machines); without root they must already be there;
#   - services the tests need (scripts/services/*.sh, each starts one and exports its URL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"

packages=$(grep -v '^\s*#' scripts/apt-packages.txt | xargs || true)
if [ -n "$packages" ] && [ "$(id -u)" = 0 ]; then
    missing=""
    for pkg in $packages; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        echo "Installing system packages:$missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi
for service in scripts/services/*.sh; do
    [ -e "$service" ] || continue
    # shellcheck source=/dev/null
    source "$service"
done

export QT_QPA_PLATFORM=offscreen
"$PY" -m ruff check .
"$PY" -m pytest "$@"
