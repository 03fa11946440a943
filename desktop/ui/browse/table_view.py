"""The catalogue table's view: whole rows selected, sortable, fixed row height, column
widths an analyst can read at once (the model itself is ``table_model``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.browse.table_model import CatalogueModel

COLUMN_WIDTHS = (90, 130, 300, 170, 100, 200)


def catalogue_table(model: CatalogueModel, parent: QWidget) -> QTableView:
    """A table over ``model``, newest first, several rows selectable (for Compare)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Agreements"))
    return table
