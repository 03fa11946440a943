#!/usr/bin/env bash
# Builds dist/wheelhouse/: Pactum's wheel, the wheels of every dependency for each target
# platform, and the install scripts, to be copied onto a machine without internet access.
# Usage: packaging/wheelhouse.sh PYTHON [OUT]   (`make wheelhouse` passes .venv's python)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="$1"
out="${2:-$root/dist/wheelhouse}"

# The pip platform tags of each target. pip widens macOS tags itself (macosx_14_0 takes older
# releases and universal2 wheels) but not manylinux ones, so Linux lists every glibc from
# 2.34 (what PySide6 6.12 needs: Debian 12, Ubuntu 22.04, RHEL 9 and newer) down to 2.17.
linux="$(for minor in $(seq 34 -1 17); do printf -- '--platform manylinux_2_%s_x86_64 ' "$minor"; done)"
linux+="--platform manylinux2014_x86_64 --platform manylinux1_x86_64"
names=(linux-x86_64 windows-x86_64 macos-arm64 macos-x86_64)
targets=("$linux" "--platform win_amd64" "--platform macosx_14_0_arm64"
  "--platform macosx_14_0_x86_64")
pythons=(3.12 3.13)

rm -rf "$out"
mkdir -p "$out"
# Every platform gets the versions this build was tested with (those installed with $py);
# pip stops with an error if one is missing for a platform rather than pick another.
"$py" -m pip freeze --exclude-editable | grep -v " @ " >"$out/.tested-versions.txt"
"$py" -m pip wheel --quiet --no-deps --wheel-dir "$out" "$root"
wheel="$(ls "$out"/pactum-*.whl)"
for i in "${!targets[@]}"; do
  target="${targets[$i]}"
  for version in "${pythons[@]}"; do
    echo "wheelhouse: ${names[$i]}, CPython $version"
    "$py" -m pip download --quiet --only-binary=:all: --dest "$out" \
      --constraint "$out/.tested-versions.txt" \
      $target --python-version "$version" --implementation cp "$wheel" \
      2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  done
done
cp "$root"/packaging/install/install.sh "$root"/packaging/install/install.ps1 \
  "$root"/packaging/install/install.bat "$root"/packaging/install/README.txt "$out"/
chmod +x "$out/install.sh"
rm "$out/.tested-versions.txt"
(cd "$out" && sha256sum -- *.whl >SHA256SUMS)
echo "wheelhouse: $(ls "$out"/*.whl | wc -l) wheels, $(du -sh "$out" | cut -f1) in $out"
