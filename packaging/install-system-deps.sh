#!/usr/bin/env bash
# Installs the Debian packages Qt needs offscreen (and pdftoppm for looking at PDFs), and the
# two xcb libraries the X11 plugin links that minimal machines lack (the bundle ships them),
# the sqlite3 shell whose .recover salvages damaged catalogues, the validators of
# packaging/linux/ (desktop-file-validate, appstreamcli) and Xvfb, on which
# `make bundle-check` opens the bundle's window on a real X server.
# Does nothing when they are all present; needs root (or sudo) and apt otherwise.
set -euo pipefail
pkgs=(libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 poppler-utils
      libxcb-icccm4 libxcb-keysyms1 desktop-file-utils appstream xvfb xauth sqlite3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "install these packages: ${missing[*]}" >&2; exit 1; }
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
