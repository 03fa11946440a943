#!/usr/bin/env bash
# Runs the built bundle the way an offline workstation would: copied to another folder,
# started from a third one, with a scrubbed environment and, when we may make namespaces
# (e.g. as root), without a network and with the project's .venv hidden under an empty
# tmpfs. Usage:
#   packaging/bundle-check.sh [dist/pactum]
# Subcommands that other branches add (brief, search) are exercised when `--help` lists them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/pactum}" && pwd)"

if [ -z "${PACTUM_CHECK_INSIDE:-}" ] && unshare -m -n true 2>/dev/null; then
  exec env PACTUM_CHECK_INSIDE=1 unshare -m -n "$0" "$bundle"
fi
if [ -n "${PACTUM_CHECK_INSIDE:-}" ]; then
  note="no network"
  if [ -d "$root/.venv" ]; then
    mount -t tmpfs -o ro,size=1m pactum-no-venv "$root/.venv"
    note+=", .venv hidden"
  fi
elif [ -d "$root/.venv" ]; then
  note="network and .venv left as they are (no namespaces here); environment scrubbed only"
else
  note="no .venv"
fi

work="$(mktemp -d /tmp/pactum-bundle-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -a "$bundle" "$work/app"
mkdir -p "$work/cwd" "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
cd "$work/cwd"

# Nothing from the developer's shell: no PYTHONPATH, no VIRTUAL_ENV, no pyenv on PATH.
run() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime" \
    QT_QPA_PLATFORM=offscreen "$work/app/pactum" "$@"
}
fail() { echo "bundle-check: FAIL: $*" >&2; exit 1; }
pass() { echo "bundle-check: ok: $*"; }

expected="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -1)"
got="$(run --version)"
[ "$got" = "pactum $expected" ] || fail "--version printed '$got', expected 'pactum $expected'"
pass "--version → $got"

commands="$(run --help)"
has() { grep -qE "^    $1 " <<<"$commands"; }

if has brief; then
  run --demo brief --partner LT -o "$work/x.pdf" || fail "brief exited $?"
  [ "$(head -c 5 "$work/x.pdf")" = "%PDF-" ] || fail "brief wrote no PDF"
  pass "--demo brief --partner LT → $(stat -c %s "$work/x.pdf") bytes of PDF"
else
  listing="$(run --demo list --partner LT 2>/dev/null)"
  grep -q "UA–LT" <<<"$listing" || fail "list --partner LT found no UA–LT record: $listing"
  pass "--demo list --partner LT (no brief command in this build)"
  run --demo export "$work/x.json" 2>/dev/null || fail "export exited $?"
  grep -q '"format"' "$work/x.json" || fail "export wrote no Pactum JSON"
  pass "--demo export → $(stat -c %s "$work/x.json") bytes of JSON"
fi

if has search; then
  # "намірами" (instrumental plural) must find "Лист про наміри…": the dictionary is inside.
  found="$(run --demo search намірами)" || fail "search exited $?"
  grep -q "Лист про наміри" <<<"$found" || fail "search намірами found nothing: $found"
  pass "--demo search намірами finds the letters of intent"
else
  echo "bundle-check: skipped: Ukrainian search (no search command in this build)"
fi

if has about; then
  about="$(run --demo about)" || fail "about exited $?"
  grep -q "pymorphy3-dicts-uk" <<<"$about" || fail "about lists no dictionary licence: $about"
  pass "--demo about lists the bundled licences"
fi

# Desktop integration: the entry installed for a user points at this copy and validates.
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/app/install-desktop-entry.sh" >/dev/null
entry="$work/home/.local/share/applications/org.pactum.Pactum.desktop"
grep -qF "Exec=\"$work/app/pactum\"" "$entry" || fail "desktop entry does not start this bundle"
[ -f "$work/home/.local/share/icons/hicolor/256x256/apps/org.pactum.Pactum.png" ] \
  || fail "icons not installed"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$entry" || fail "installed desktop entry does not validate"
fi
pass "install-desktop-entry.sh installs a valid entry, metainfo and icons"

# The window: still running after 5 s offscreen counts as opened; exiting earlier is a crash.
status=0
run --demo >"$work/gui.log" 2>&1 & pid=$!
sleep 5
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"; wait "$pid" || true
  pass "window open offscreen for 5 s"
else
  wait "$pid" || status=$?
  fail "the window exited by itself (status $status): $(cat "$work/gui.log")"
fi
if command -v xvfb-run >/dev/null; then
  # The same on a real X server: the xcb plugin and the libraries it links are in the bundle.
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime" \
    QT_QPA_PLATFORM=xcb xvfb-run -a timeout 5 "$work/app/pactum" --demo >"$work/x11.log" 2>&1 \
    && status=0 || status=$?
  [ "$status" -eq 124 ] || fail "the window on X11 (Xvfb) exited ($status): $(cat "$work/x11.log")"
  pass "window open on X11 (Xvfb) for 5 s"
else
  echo "bundle-check: skipped: the window on X11 (no xvfb-run; make system-deps installs it)"
fi
echo "bundle-check: passed ($note; bundle $(du -sh "$bundle" | cut -f1))"
