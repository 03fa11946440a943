"""The side-by-side view of 2–4 documents (or two versions of one), with text marks.

A thin face over ``desktop.compare``: the table shows the comparison's rows with their
``=``/``+``/``≠`` marks in a column of their own (colour only repeats what the mark says,
so a black-and-white print loses nothing); the word diffs of summaries and full texts sit
below in two columns, the first document's text and the other's, with removed words
struck through and in red, added words underlined and in green.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db import CSV, PDF, Agreement
from desktop.briefing.comparison import comparison_pdf
from desktop.compare.export import LEGEND, write_csv
from desktop.compare.sides import ABSENT, Comparison, Mark, compare
from desktop.compare.textdiff import Op, Side, two_sides
from desktop.labels import field_label
from desktop.ui.files.exporting import ask_save_path, csv_writer, save
from desktop.ui.shell.dialogs import close_button, settle, suggested_name

_TINTS = {Mark.SHARED: None, Mark.SOME: QColor("#fff4d6"), Mark.DIFFERS: QColor("#fde2e1")}
_Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """Columns: mark, field, then one per document; absent items show ``—``."""

    MARK_COLUMN, FIELD_COLUMN, FIRST_DOCUMENT = 0, 1, 2

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def set_comparison(self, comparison: Comparison) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comparison.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_DOCUMENT + len(self.comparison.documents)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.comparison.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.MARK_COLUMN:
                return str(row.mark)
            if column == self.FIELD_COLUMN:
                return row.label
            cell = row.cells[column - self.FIRST_DOCUMENT]
            return cell if cell is not None else ABSENT
        if role == Qt.ItemDataRole.BackgroundRole and (tint := _TINTS[row.mark]) is not None:
            return QBrush(tint)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MARK_COLUMN:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.MARK_COLUMN:
            return ""
        if section == self.FIELD_COLUMN:
            return self.tr("Field")
        return f"[{section - 1}] {self.comparison.headings[section - self.FIRST_DOCUMENT]}"


REMOVED_STYLE = "color:#a3201a; background-color:#fde2e1; text-decoration:line-through;"
ADDED_STYLE = "color:#17692b; background-color:#dcf1e0; text-decoration:underline;"
"""Removed and added words: a colour, and a line through or under that prints in black."""


def side_html(side: Side) -> str:
    """One text of a word diff as HTML, what it lost or gained marked."""
    out = []
    for text, op in side:
        shown = html.escape(text).replace("\n", "<br>")
        if op is Op.REMOVED and text.strip():
            out.append(f'<span style="{REMOVED_STYLE}">{shown}</span>')
        elif op is Op.ADDED and text.strip():
            out.append(f'<span style="{ADDED_STYLE}"><b>{shown}</b></span>')
        elif op is Op.INFLECTED:
            out.append(f"<i>{shown}</i>")
        else:
            out.append(shown)
    return "".join(out)


def diff_html(comparison: Comparison) -> str:
    """The word diffs, each as two columns (the first document, then the other) whose
    marks survive black-and-white printing: struck-through removals, underlined additions."""
    parts = []
    for diff in comparison.diffs:
        if all(s.op is Op.SAME for s in diff.segments):
            continue  # the same text on both sides: nothing to show
        title = f"{field_label(diff.field, comparison.lang)}: [1] ⟷ [{diff.other + 1}]"
        first, second = two_sides(list(diff.segments))
        heads = (comparison.headings[0], comparison.headings[diff.other])
        head = "".join(
            f"<th align='left' width='50%'>[{n}] {html.escape(h)}</th>"
            for n, h in zip((1, diff.other + 1), heads, strict=True)
        )
        cells = "".join(f"<td valign='top'>{side_html(side)}</td>" for side in (first, second))
        parts.append(
            f"<h4>{html.escape(title)}</h4><table width='100%' border='1' cellspacing='0' "
            f"cellpadding='6'><tr>{head}</tr><tr>{cells}</tr></table>"
        )
    if not parts:
        return ""
    legend = QCoreApplication.translate(
        "CompareView",
        "Removed words are struck through (red), added words underlined (green), another "
        "form of the same word in italics.",
    )
    return f"<p><small>{html.escape(legend)}</small></p>" + "".join(parts)


class CompareView(QWidget):
    """Documents side by side; asks the window to open one, exports the comparison as CSV
    or PDF (the PDF in the comparison's language, ``lang``)."""

    openRequested = Signal(int)
    """The user asked to open the record with this id."""

    exported = Signal(Path)
    """The comparison was written to this CSV or PDF file."""

    catalogue_path: Path | None = None
    """The catalogue the view shows (set by the window): no export may replace it."""

    def __init__(
        self,
        documents: Sequence[Agreement],
        headings: Sequence[str] | None = None,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.setWindowTitle(self.tr("Compare"))
        self._documents = tuple(documents)
        self._headings = tuple(headings) if headings is not None else None
        self._lang = lang
        self.model = ComparisonModel(compare(self._documents, headings=self._headings, lang=lang))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(ComparisonModel.MARK_COLUMN, 28)
        for column in range(ComparisonModel.FIRST_DOCUMENT, self.model.columnCount()):
            self.table.setColumnWidth(column, 320)
        self.table.doubleClicked.connect(self._open_index)
        self.diffs = QTextBrowser()
        self.lemmas = QCheckBox(self.tr("Treat word forms as the same word"))
        self.lemmas.toggled.connect(self._recompare)
        self.which = QComboBox()
        self.which.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.which.setMinimumContentsLength(18)  # long headings elide; the window stays narrow
        self.open_button = QPushButton(self.tr("Open record"))
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.which.currentData()))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._export)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self._export_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.lemmas)
        bar.addStretch()
        bar.addWidget(self.which)
        bar.addWidget(self.open_button)
        self.close_button = close_button(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.diffs)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self.table.setToolTip(LEGEND)
        self._refresh()

    @property
    def comparison(self) -> Comparison:
        return self.model.comparison

    def _refresh(self) -> None:
        self.which.clear()
        for n, (name, doc) in enumerate(
            zip(self.comparison.headings, self.comparison.documents, strict=True), 1
        ):
            self.which.addItem(f"[{n}] {name}", doc.id)
        self.diffs.setHtml(diff_html(self.comparison))
        self.diffs.setVisible(bool(diff_html(self.comparison)))
        self.table.resizeRowsToContents()

    def _recompare(self, lemmas: bool) -> None:
        self.model.set_comparison(
            compare(self._documents, headings=self._headings, lemmas=lemmas, lang=self._lang)
        )
        self._refresh()

    def _open_index(self, index: QModelIndex) -> None:
        column = index.column() - ComparisonModel.FIRST_DOCUMENT
        if column >= 0:
            self.openRequested.emit(self.comparison.documents[column].id)

    def file_name(self, suffix: str) -> str:
        """``compare-CA-LT-UA-2026-11-29.pdf``: the partners compared, and today."""
        keys = sorted({k for doc in self.comparison.documents for k in doc.party_keys})
        return suggested_name("compare", keys, suffix)

    def ask_csv_path(self) -> Path | None:
        """Where to write the CSV (a file dialog; tests replace this method)."""
        return ask_save_path(
            self, self.tr("Export comparison"), self.file_name("csv"), self.tr("CSV (*.csv)")
        )

    def ask_pdf_path(self) -> Path | None:
        """Where to write the PDF (a file dialog; the window and tests replace this method)."""
        return ask_save_path(
            self, self.tr("Export comparison"), self.file_name("pdf"), self.tr("PDF (*.pdf)")
        )

    def warn(self, text: str) -> None:
        """Say why a file could not be written (a message box; tests replace this method)."""
        QMessageBox.warning(self, self.tr("Export comparison"), text)

    def _export(self) -> None:
        write = csv_writer(lambda out: write_csv(self.comparison, out))
        save(
            self.ask_csv_path(),
            write,
            self.exported.emit,
            self.warn,
            catalogue=self.catalogue_path,
            suffixes=CSV,
        )

    def _export_pdf(self) -> None:
        write = lambda path: comparison_pdf(self.comparison, path)  # noqa: E731
        save(
            self.ask_pdf_path(),
            write,
            self.exported.emit,
            self.warn,
            catalogue=self.catalogue_path,
            suffixes=PDF,
        )
