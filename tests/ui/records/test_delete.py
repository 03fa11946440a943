"""Edit › Delete from the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import CA, LT, SE, select


def test_delete_trashes_every_selected_record_as_one_step(window: MainWindow, qtbot) -> None:
    select(window, LT, SE)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [window.model.row_at(r).uuid for r in range(window.model.rowCount())] == [CA]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Delete 2 agreement(s)"
    window.actions_[Act.UNDO].trigger()
    assert window.model.rowCount() == 3 and window.catalog.count() == 3
