"""Help › Keyboard Shortcuts and User Guide; every dialog opens centred on the main window
and closes with Esc and Ctrl+W."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.ui.shell.actions import SPECS, Act
from desktop.ui.shell.dialogs import suggested_name
from desktop.ui.shell.help import GuideDialog, ShortcutsDialog, guide_text
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT, SE, select


def test_the_shortcut_list_names_every_menu_shortcut(window: MainWindow) -> None:
    window.actions_[Act.SHORTCUTS].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict((command, keys) for keys, command in dialog.rows())
    with_keys = [a for a in SPECS if not window.actions_[a].shortcut().isEmpty()]
    assert len(with_keys) >= 15
    for act in with_keys:
        action = window.actions_[act]
        shown = [
            k for c, k in rows.items() if c.endswith(action.text().replace("&", "").rstrip("…"))
        ]
        assert shown == [action.shortcut().toString()], act
    assert rows["Tools › Compare Selected"] == "Ctrl+Shift+C"
    assert rows["File › New from Article"] == "Ctrl+Shift+A"
    assert rows["View › Trash"] == "Ctrl+Shift+T"
    assert rows["Edit › History"] == "Ctrl+H"
    assert "In a dialog or side window: close it" in rows


def test_no_two_commands_share_keys(window: MainWindow) -> None:
    keys = [window.actions_[a].shortcut().toString() for a in SPECS]
    used = [k for k in keys if k]
    assert len(used) == len(set(used))


@pytest.mark.parametrize(("lang", "heading"), [("en", "Pactum in ten"), ("uk", "Pactum за")])
def test_the_user_guide_opens_offline_in_both_languages(qtbot, lang: str, heading: str) -> None:
    dialog = GuideDialog(lang)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.startswith(heading) and "Ctrl+Shift+C" in text
    assert guide_text("xx") == guide_text("en")  # a language without a guide gets English


def _dialog_openers(window: MainWindow) -> list:
    f = window.features
    return [
        f.show_about,
        window.show_trash,
        f.show_history,
        f.compare_selected,
        f.show_matrix,
        f.about.show_shortcuts,
        f.about.show_guide,
    ]


@pytest.mark.parametrize("key", ["Ctrl+W", "Esc"])
def test_every_dialog_is_centred_and_closes_by_key(window: MainWindow, qtbot, key) -> None:
    window.setGeometry(20, 50, 760, 700)  # the offscreen screen is 800 × 800
    screen = window.screen().availableGeometry()
    select(window, LT, SE)
    for open_dialog in _dialog_openers(window):
        dialog = open_dialog()
        name = type(dialog).__name__
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        frame = dialog.frameGeometry()
        gap = frame.center() - window.frameGeometry().center()
        if frame.width() < screen.width() - 40:
            assert abs(gap.x()) <= 2, name
        assert abs(gap.y()) <= 2 and screen.contains(frame), name
        ctrl = Qt.KeyboardModifier.ControlModifier
        if key == "Ctrl+W":
            qtbot.keyClick(dialog, Qt.Key.Key_W, ctrl)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), name


def test_side_windows_have_a_close_button(window: MainWindow, qtbot) -> None:
    select(window, LT, SE)
    view = window.features.compare_selected()
    view.close_button.click()
    assert not view.isVisible()


def test_suggested_file_names_say_what_and_when() -> None:
    day = dt.date(2025, 10, 16)
    assert suggested_name("briefing", ["UA", "LT"], "pdf", day) == "briefing-UA-LT-2025-10-16.pdf"
    assert suggested_name("export", suffix="json", today=day) == "export-2025-10-16.json"
    assert suggested_name("compare", ["a/b", ""], "csv", day) == "compare-a_b-2025-10-16.csv"


def test_long_names_are_shortened_in_the_middle_for_window_titles() -> None:
    from desktop.ui.shell.dialogs import short_title

    long = "Memorandum of understanding on joint production of long-range drones, Vilnius"
    shown = short_title(long)
    assert len(shown) <= 48 and shown.startswith("Memorandum of") and shown.endswith("Vilnius")
    assert "…" in shown and short_title("Short name") == "Short name"


def test_the_briefing_suggests_a_file_named_for_its_partners(
    window: MainWindow, prompter, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompter, "save_path", lambda _t, suggested, _f: asked.append(suggested))
    select(window, LT)
    dialog = window.features.export_briefing()
    dialog._choose_output()
    dialog.reject()
    assert asked == [f"briefing-UA-LT-{dt.date.today().isoformat()}.pdf"]
