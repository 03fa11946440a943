#!/usr/bin/env bash
# Puts Pactum into this user's application menu: copied into the bundle folder by
# `make bundle`, run it from there (./install-desktop-entry.sh; --remove undoes it).
# The menu entry starts this very folder's `pactum`, so keep the folder where it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app=org.pactum.Pactum

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$app.desktop" "$data/metainfo/$app.metainfo.xml"
  rm -f "$data"/icons/hicolor/*/apps/"$app".png "$data/icons/hicolor/scalable/apps/$app.svg"
  echo "Removed Pactum from the application menu."
  exit 0
fi

mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=pactum|Exec=\"$here/pactum\"|" -e "s|^TryExec=pactum|TryExec=$here/pactum|" \
  "$here/share/applications/$app.desktop" >"$data/applications/$app.desktop"
cp "$here/share/metainfo/$app.metainfo.xml" "$data/metainfo/"
cp -r "$here/share/icons" "$data/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "Pactum is in the application menu (entry: $data/applications/$app.desktop)."
