"""Partnerships against each other: the matrix as a table, a click filters the catalogue.

The view does not read the catalogue itself: it is given a ``load(axis)`` function (the
window runs it off the GUI thread or not, as it likes) and shows the ``Matrix`` it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import CSV, MatrixAxis, party_label
from desktop.compare.matrix import Matrix, cell_text, write_matrix_csv
from desktop.ui.files.exporting import ask_save_path, csv_writer, save
from desktop.ui.shell.dialogs import close_button, settle

_Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``desktop.compare.matrix.Cell`` behind an index (None for an empty cell)."""


class MatrixModel(QAbstractTableModel):
    """Rows are partners, columns kinds or subjects; a cell shows ``count (latest date)``."""

    def __init__(self, matrix: Matrix, lang: str = "en") -> None:
        super().__init__()
        self.matrix = matrix
        self.lang = lang

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.partners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.matrix.cell(
            self.matrix.partners[index.row()], self.matrix.columns[index.column()]
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            key = self.matrix.partners[section]
            label = party_label(key, self.lang)
            return f"{label} ({key})" if label != key else key
        return self.matrix.column_label(self.matrix.columns[section], self.lang)


class MatrixView(QWidget):
    """The matrix with a choice of columns (kinds or subjects) and CSV export."""

    filterRequested = Signal(object)
    """The user clicked a cell: show the catalogue narrowed to these ``db.Filters``."""

    exported = Signal(Path)
    """The matrix was written to this CSV file."""

    catalogue_path: Path | None = None
    """The catalogue the view shows (set by the window): no export may replace it."""

    def __init__(
        self,
        load: Callable[[MatrixAxis], Matrix | None],
        axis: MatrixAxis = MatrixAxis.KIND,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.setWindowTitle(self.tr("Partnerships"))
        self._load = load
        self.axis = QComboBox()
        self.axis.addItem(self.tr("by kind"), MatrixAxis.KIND)
        self.axis.addItem(self.tr("by subject"), MatrixAxis.SUBJECT)
        self.axis.setCurrentIndex(self.axis.findData(axis))
        self.axis.currentIndexChanged.connect(self.reload)
        self.model = MatrixModel(Matrix.empty(), lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.clicked.connect(self._clicked)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._export)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Partners")))
        bar.addWidget(self.axis)
        bar.addStretch()
        bar.addWidget(self.export_button)
        bar.addWidget(close_button(self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        """Read the matrix again (after the catalogue changed, or another axis was chosen).

        ``load`` either returns the matrix or, when it hands the work to a worker thread,
        returns None and the result arrives through :meth:`show_matrix`.
        """
        matrix = self._load(self.axis.currentData())
        if matrix is not None:
            self.show_matrix(matrix)

    def show_matrix(self, matrix: Matrix) -> None:
        """Show a matrix built elsewhere (for the axis chosen when it was asked for)."""
        self.model.set_matrix(matrix)
        self.table.resizeColumnsToContents()

    def _clicked(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell is not None:
            self.filterRequested.emit(cell.filters)

    def ask_csv_path(self) -> Path | None:
        """Where to write the CSV (a file dialog; tests replace this method)."""
        return ask_save_path(
            self, self.tr("Export matrix"), "partnerships.csv", self.tr("CSV (*.csv)")
        )

    def warn(self, text: str) -> None:
        """Say why a file could not be written (a message box; tests replace this method)."""
        QMessageBox.warning(self, self.tr("Export matrix"), text)

    def _export(self) -> None:
        write = csv_writer(lambda out: write_matrix_csv(self.model.matrix, out, self.model.lang))
        save(
            self.ask_csv_path(),
            write,
            self.exported.emit,
            self.warn,
            catalogue=self.catalogue_path,
            suffixes=CSV,
        )
