#!/usr/bin/env bash
# Installs Pactum from this folder of wheels, without any network access:
#   ./install.sh [VENV]     (default VENV: ~/.local/share/pactum/venv)
# Needs Python 3.12 or 3.13 (PYTHON=/path/to/python3.12 to choose one). Afterwards run
# VENV/bin/pactum, or link it onto your PATH as the script suggests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${1:-$HOME/.local/share/pactum/venv}"

python=""
for candidate in ${PYTHON:-} python3.13 python3.12 python3; do
  if "$candidate" -c 'import sys; sys.exit(not (3, 12) <= sys.version_info[:2] <= (3, 13))' \
      >/dev/null 2>&1; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "install.sh: Pactum needs Python 3.12 or 3.13; set PYTHON=/path/to/python3.12" >&2
  exit 1
fi

echo "Installing Pactum into $venv with $("$python" --version)"
"$python" -m venv "$venv"
# --no-index: only the wheels in this folder; nothing is looked up on the network.
"$venv/bin/python" -m pip install --quiet --no-index --find-links "$here" pactum
"$venv/bin/pactum" --version
echo "Done. Start it with: $venv/bin/pactum"
echo "To have it on your PATH: ln -s '$venv/bin/pactum' ~/.local/bin/pactum"
