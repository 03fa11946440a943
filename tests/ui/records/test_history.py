"""A record's history: versions compared, a field restored."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from desktop.ui.records.history_dialog import HistoryDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT, select


def test_history_compares_versions_and_restores_a_field(window: MainWindow, qtbot) -> None:
    catalog = window.catalog
    original = catalog.get(LT)
    catalog.update(dataclasses.replace(original, title="Нова назва", place="Вільнюс"))
    window.refresh()
    select(window, LT)
    window.actions_[Act.HISTORY].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.older.count() == 2 and dialog.older.currentData() == original.version
    rows = {r.field: r for r in dialog.model.comparison.rows}
    assert str(rows["title"].mark) == "≠"
    assert rows["title"].cells == (original.title, "Нова назва")

    dialog.select_field("title")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = catalog.get(LT)
    assert (restored.title, restored.place) == (original.title, "Вільнюс")
    assert dialog.newer.count() == 3 and "Title restored" in dialog.message.text()
    assert window.undo_stack.undoText() == f"Restore Title of “{original.title}”"
    assert original.title in window.view.toPlainText()

    window.actions_[Act.UNDO].trigger()
    assert catalog.get(LT).title == "Нова назва"
    window.actions_[Act.REDO].trigger()
    assert catalog.get(LT).title == original.title


def test_history_refuses_a_field_that_did_not_change(window: MainWindow) -> None:
    catalog = window.catalog
    catalog.update(dataclasses.replace(catalog.get(LT), place="Вільнюс"))
    select(window, LT)
    dialog = window.features.show_history()
    dialog.select_field("title")
    dialog.restore_selected()
    assert "same in both" in dialog.message.text() and window.undo_stack.count() == 0
