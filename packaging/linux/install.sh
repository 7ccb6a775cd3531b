#!/bin/sh
# Put Mission CRM in your applications menu: the app folder goes to
# ~/.local/share/mission-crm, a menu entry to ~/.local/share/applications and the icon to
# ~/.local/share/icons. Nothing outside your home folder is touched and no root is needed.
# Run it again after unpacking a newer version to upgrade; `./install.sh --uninstall` removes
# the app (your contacts stay where they are, in ~/.local/share/MissionCRM).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$data/mission-crm"
entry="$data/applications/mission-crm.desktop"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$app"
    rm -f "$entry" "$data/icons/hicolor/scalable/apps/mission-crm.svg" \
        "$data/icons/hicolor/256x256/apps/mission-crm.png"
    if [ -L "$bin/mission-crm" ]; then rm -f "$bin/mission-crm"; fi
    echo "Mission CRM was removed (your database was kept)."
    exit 0
fi

if [ ! -x "$here/mission-crm/mission-crm" ]; then
    echo "install.sh: run it from the unpacked Mission CRM folder (mission-crm/ is missing)" >&2
    exit 2
fi
# Into a new folder first, then swapped in: an interrupted install leaves the old version.
mkdir -p "$data"
rm -rf "$app.new"
cp -R "$here/mission-crm" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"

mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" \
    "$data/icons/hicolor/256x256/apps" "$bin"
cp "$here/mission-crm.svg" "$data/icons/hicolor/scalable/apps/mission-crm.svg"
cp "$here/mission-crm.png" "$data/icons/hicolor/256x256/apps/mission-crm.png"
# The menu entry names the installed program by its full path: it starts whatever PATH is.
sed "s|^Exec=mission-crm|Exec=\"$app/mission-crm\"|" "$here/mission-crm.desktop" > "$entry.new"
chmod 644 "$entry.new"
mv "$entry.new" "$entry"
ln -sf "$app/mission-crm" "$bin/mission-crm"

# Refresh the menu and icon caches where the desktop has the tools (not required).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
fi
echo "Mission CRM is installed: open it from your applications menu (or run mission-crm)."
