"""The window's menus hold every feature."""

from __future__ import annotations

from desktop.ui.shell.mainwindow import MainWindow


def test_menus_hold_the_features(window: MainWindow) -> None:
    menus = {
        entry.text(): [a.text() for a in entry.menu().actions() if not a.isSeparator()]
        for entry in window.menuBar().actions()
    }
    assert "New from &Article…" in menus["&File"] and "Export &Briefing…" in menus["&File"]
    assert menus["&Tools"] == [
        "&Compare Selected",
        "Find &Duplicates…",
        "C&heck Catalogue",
        "&Backups…",
        "E&xchange…",
    ]
    assert "Partnership &Matrix" in menus["&View"] and "&History…" in menus["&Edit"]
    assert menus["&Help"] == ["User &Guide", "&Keyboard Shortcuts", "&About Pactum"]
