"""After a save or a delete: the status bar says so with an Undo link; Edit and Delete
need a selected record; the Trash restores the current row without a click first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from db import Filters
from desktop.ui.browse.trash import TrashDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from resources import resource_path


@pytest.fixture
def english() -> Iterator[None]:
    """The English catalogue, as the window installs it (English plurals live there)."""
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "pactum_en.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_delete_is_confirmed_with_an_undo_link(window: MainWindow, english) -> None:
    title = window.catalog.get(window.current.selected_id()).title
    window.delete_selected()
    notice = window.records.notice
    assert notice.isVisible() and "Moved 1 record to the Trash." in notice.text()
    assert "<a href='undo'>Undo</a>" in notice.text()
    notice.linkActivated.emit("undo")  # as a click on the link does
    assert title in [window.model.row_at(r).title for r in range(window.model.rowCount())]
    assert not notice.isVisible()


def test_an_edit_is_confirmed_and_the_word_goes_with_the_next_step(window: MainWindow) -> None:
    editor = window.records.edit(window.current.selected_id())
    editor.title_edit.setText("Нова назва")
    editor.try_save()
    notice = window.records.notice
    assert notice.isVisible() and "Saved “Нова назва”." in notice.text()
    window.actions_[Act.UNDO].trigger()  # Ctrl+Z
    assert not notice.isVisible()


def test_edit_and_delete_need_a_selected_record(window: MainWindow) -> None:
    actions = window.actions_
    assert actions[Act.EDIT_RECORD].isEnabled() and actions[Act.DELETE_RECORD].isEnabled()
    window.apply_filters(Filters(partners=("JP",)))  # nothing shown, nothing selected
    assert window.model.rowCount() == 0
    assert not actions[Act.EDIT_RECORD].isEnabled()
    assert not actions[Act.DELETE_RECORD].isEnabled()


def test_the_trash_restores_its_current_row_without_a_click(window: MainWindow, qtbot) -> None:
    trashed = window.current.selected_id()
    window.delete_selected()
    window.actions_[Act.TRASH].trigger()
    trash = window.findChild(TrashDialog)
    trash.activateWindow()
    qtbot.waitUntil(trash.isActiveWindow)
    assert trash.table.hasFocus() and trash.table.currentIndex().row() == 0
    qtbot.keyClick(trash.table, Qt.Key.Key_Return)  # Enter on the current row
    assert window.catalog.get(trashed).deleted_at is None
    assert "Restored" in window.records.notice.text()
