"""Drop the Qt plugins and translations Pactum does not use, with the libraries only they need.

PyInstaller's Qt hooks collect every plugin of each Qt module (there is no option to
choose), and the binary analysis then pulls in what those plugins link: the GTK3 theme
brings GTK's whole stack (cairo, pango, gdk-pixbuf…), the TLS backends OpenSSL and
Kerberos. An offline app with a Qt-styled window needs none of it.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# Folders or file-name prefixes under PySide6/Qt/plugins/ (or PySide6/plugins on Windows).
UNUSED_PLUGINS = (
    "platformthemes/libqgtk3",  # GTK3 look; links the system's GTK, which may not match
    "tls",  # no network, so no TLS
    "networkinformation",
    "egldeviceintegrations",  # embedded devices without a window system
    "generic",  # evdev input for the same
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
)


# Qt's own translations (standard buttons and dialogs) in the languages Pactum speaks.
KEPT_QT_TRANSLATION = re.compile(r"^qt(base)?_(uk|en)(_[A-Z]{2})?\.qm$")


def _plugin(dest: str) -> str | None:
    """``tls/libqopensslbackend.so`` for a file under a Qt plugins folder, else None."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return None
    return "/".join(parts[parts.index("plugins") + 1 :])


def unused(dest: str) -> bool:
    plugin = _plugin(dest)
    return plugin is not None and any(
        plugin == prefix or plugin.startswith(prefix) for prefix in UNUSED_PLUGINS
    )


def _needs(binaries: dict[str, str], names: set[str]) -> set[str]:
    """Every bundled library reachable from ``names`` through link-time imports."""
    from PyInstaller.depend.bindepend import get_imports  # the spec runs inside PyInstaller

    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in binaries:
            continue
        seen.add(name)
        todo += [PurePath(lib).name.lower() for lib, _ in get_imports(binaries[name])]
    return seen


def prune(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``binaries`` (PyInstaller's TOC) less unused plugins and the libraries only they need."""
    by_name = {PurePath(dest).name.lower(): src for dest, src, _ in binaries}
    dropped = {PurePath(dest).name.lower() for dest, _, _ in binaries if unused(dest)}
    only_theirs = _needs(by_name, dropped) - dropped
    roots = set(by_name) - dropped - only_theirs
    gone = dropped | (only_theirs - _needs(by_name, roots))
    return [entry for entry in binaries if PurePath(entry[0]).name.lower() not in gone]


def prune_translations(datas: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``datas`` less Qt's translations into languages other than Ukrainian and English."""
    return [
        (dest, src, kind)
        for dest, src, kind in datas
        if PurePath(dest).parent.name != "translations"
        or "Qt" not in PurePath(dest).parts
        or KEPT_QT_TRANSLATION.match(PurePath(dest).name)
    ]
