"""The catalogue table's view: whole rows selected, sortable, fixed row height, column
widths an analyst can read at once (the model itself is ``table_model``).

Date, kind and status take exactly the width of their longest value or header in the
interface language (the values are a known, short list), so "Status" never shows as
"Sta"; the long texts (title, partners, signatories) are elided in the middle, keeping
both ends readable, and their tooltip gives them whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from db import Kind, Status
from desktop.labels import kind_label, status_label
from desktop.ui.browse.table_model import CatalogueModel

PADDING = 28
"""Room beside a cell's text: margins, and the header's sort arrow."""
MAX_FITTED = 180
"""A fitted column is no wider: a rare long kind ("memorandum of understanding") is elided
in the middle, whole in its tooltip, rather than widening the column for every row."""


def fitted_widths(table: QTableView, lang: str) -> dict[int, int]:
    """Widths of the date (0), kind (1) and status (4) columns that show every value and
    header whole in ``lang``."""
    model = table.model()
    cells = QFontMetrics(table.font())
    heads = QFontMetrics(table.horizontalHeader().font())
    values = {
        0: ["2025-08-25"],
        1: [kind_label(k, lang) for k in Kind],
        4: [status_label(s, lang) for s in Status],
    }
    return {
        column: min(
            MAX_FITTED,
            max(
                heads.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))),
                *(cells.horizontalAdvance(v) for v in texts),
            )
            + PADDING,
        )
        for column, texts in values.items()
    }


COLUMN_WIDTHS = (90, 130, 300, 170, 100, 200)


def catalogue_table(model: CatalogueModel, parent: QWidget, lang: str = "en") -> QTableView:
    """A table over ``model``, newest first, several rows selectable (for Compare)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    for column, width in fitted_widths(table, lang).items():
        header.resizeSection(column, width)
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Agreements"))
    return table
