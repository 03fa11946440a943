"""Duplicates from the window: merge, undo, redo, and none found."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from db import PartialDate
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT, content


def test_merge_duplicates_then_undo_and_redo(window: MainWindow, qtbot) -> None:
    catalog = window.catalog
    lt = catalog.get(LT)
    copy = catalog.add(
        dataclasses.replace(
            lt, uuid="", id=None, title=lt.title + " (Литва)", signed_on=PartialDate(2025, 8, 26)
        )
    )
    window.refresh()
    before = [content(catalog.get(i)) for i in (lt.id, copy.id)]
    window.actions_[Act.DUPLICATES].trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.pairs.count() == 1
    dialog.choose("signed_on", dialog.choices()["signed_on"].RIGHT)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert catalog.get(copy.id).deleted_at is not None
    assert catalog.get(lt.id).signed_on == PartialDate(2025, 8, 26)
    assert window.model.rowCount() == 3 and window.undo_stack.count() == 1

    window.actions_[Act.UNDO].trigger()
    after = [catalog.get(i) for i in (lt.id, copy.id)]
    assert [content(a) for a in after] == before
    assert all(a.deleted_at is None for a in after) and window.model.rowCount() == 4

    window.actions_[Act.REDO].trigger()
    assert catalog.get(copy.id).deleted_at is not None
    assert catalog.get(lt.id).signed_on == PartialDate(2025, 8, 26)
    window.actions_[Act.UNDO].trigger()
    assert [content(catalog.get(i)) for i in (lt.id, copy.id)] == before


def test_no_duplicates_is_said(window: MainWindow, prompter) -> None:
    window.actions_[Act.DUPLICATES].trigger()
    assert window.findChild(DuplicatesDialog) is None
    assert prompter.infos == [("Find Duplicates", "No likely duplicates.")]
