"""Compare and History reached by keyboard alone, from the table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.compare.compare_view import CompareView
from desktop.ui.records.history_dialog import HistoryDialog
from desktop.ui.shell.mainwindow import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus_table(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Home)


def test_shift_arrow_then_ctrl_shift_c_compares_two_rows(window: MainWindow, qtbot) -> None:
    _focus_table(window, qtbot)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(window.current.selected_ids()) == 2
    qtbot.keyClick(window.table, Qt.Key.Key_C, CTRL_SHIFT)
    view = window.findChild(CompareView)
    assert view is not None and view.isVisible() and len(view.comparison.documents) == 2


def test_ctrl_h_opens_the_history_and_esc_closes_it(window: MainWindow, qtbot) -> None:
    _focus_table(window, qtbot)
    qtbot.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
