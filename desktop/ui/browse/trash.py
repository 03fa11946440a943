"""The Trash: records moved there by Delete, each one restorable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import Catalog, Filters
from desktop.ui.browse.table_model import MATCH, CatalogueModel
from desktop.ui.shell.dialogs import settle
from desktop.ui.shell.icons import icon


class TrashDialog(QDialog):
    """Lists trashed records; Restore hands the selected ones to ``restore``."""

    def __init__(
        self,
        catalog: Catalog,
        restore: Callable[[int], None],
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        settle(self)
        self._restore = restore
        self.setWindowTitle(self.tr("Trash"))
        self.resize(820, 420)
        self.model = CatalogueModel(catalog, lang, Filters(trash=True))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(MATCH, True)  # a search's snippets: none here
        self.table.activated.connect(lambda _index: self.restore_selected())  # Enter, double-click
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted records stay here until restored."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Open on the first record, the table focused: Restore works without a click."""
        super().showEvent(event)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus()

    def restore_selected(self) -> None:
        """Restore the selected records, or the current one when none is selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.model.id_at(r) for r in rows]
        for agreement_id in ids:
            if agreement_id is not None:
                self._restore(agreement_id)
        self.model.reload()
