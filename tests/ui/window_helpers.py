"""What the window tests share: the demo records' ids, and selecting and reading rows as a
user would."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from db import CONTENT_FIELDS
from desktop.ui.shell.mainwindow import MainWindow
from tests.conftest import CORPUS

LT, CA, SE = (f"6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a0{n}" for n in (1, 2, 3))
SAMPLE = (CORPUS / "seed-article-uk.txt").read_text(encoding="utf-8")


def select(window: MainWindow, *uuids: str) -> None:
    """Select these records' rows, as Ctrl+click on each would."""
    selection = window.table.selectionModel()
    selection.clearSelection()
    for uuid in uuids:
        row = window.model.row_of(window.catalog.get(uuid).id)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(window.model.index(row, 0), flags)


def titles(window: MainWindow) -> list[str]:
    return [window.model.row_at(r).title for r in range(window.model.rowCount())]


def content(record) -> dict:
    return {f: getattr(record, f) for f in CONTENT_FIELDS}
