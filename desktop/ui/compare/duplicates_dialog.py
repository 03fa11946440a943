"""Likely duplicates: pick a pair, choose each field from the left or the right, merge.

The merge itself is ``db.merge.merge`` (one transaction); the dialog emits its result so
the window can push an undo command that calls ``db.merge.undo_merge``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import CHOSEN_FIELDS, Agreement, Catalog, MergeResult, Side, merge
from desktop.compare.duplicates import DuplicatePair
from desktop.compare.sides import field_text
from desktop.labels import field_label
from desktop.ui.errors import error_text
from desktop.ui.ops import Submit, run_now
from desktop.ui.shell.dialogs import settle

_PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
_SHOWN = 70


def _shorten(text: str) -> str:
    """A value short enough for its radio button (the tooltip has it whole)."""
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class DuplicatesDialog(QDialog):
    """Pairs on the left; for the chosen pair, one row per field with a left/right choice."""

    merged = Signal(object)
    """A pair was merged; the ``db.merge.MergeResult`` (what undo_merge needs)."""

    FIELD, LEFT, RIGHT = 0, 1, 2

    def __init__(
        self,
        catalog: Catalog,
        pairs: Sequence[DuplicatePair],
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.lang = lang  # of field names and values
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.catalog = catalog
        self.write: Submit = run_now(catalog)
        """Where the merge runs: the window's operations layer (on the worker)."""
        self.pairs = QListWidget()
        for pair in pairs:
            self._add_pair(pair)
        self.pairs.currentItemChanged.connect(self._show_pair)
        self.fields = QTableWidget(len(CHOSEN_FIELDS), 3)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Left (kept)"), self.tr("Right (to the trash)")]
        )
        self.fields.verticalHeader().hide()
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.RIGHT, QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, QButtonGroup] = {}
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge_current)
        united = QLabel(self.tr("Subjects, sources, relations and notes of both are kept."))
        right = QVBoxLayout()
        right.addWidget(self.fields)
        right.addWidget(united)
        right.addWidget(self.merge_button, alignment=Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.pairs, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.left: Agreement | None = None
        self.right: Agreement | None = None
        if self.pairs.count():
            self.pairs.setCurrentRow(0)
        else:
            self.merge_button.setEnabled(False)

    def _add_pair(self, pair: DuplicatePair) -> None:
        rows = {r.id: r for r in self.catalog.rows([pair.left, pair.right])}
        apart = "" if pair.days_apart is None else f", {pair.days_apart} d"
        item = QListWidgetItem(
            f"{pair.score:.0f}%{apart} · #{pair.left} ↔ #{pair.right}\n{rows[pair.left].title}"
        )
        item.setData(_PAIR_ROLE, pair)
        self.pairs.addItem(item)

    def _show_pair(self, item: QListWidgetItem | None) -> None:
        self.merge_button.setEnabled(item is not None)
        if item is None:
            self.fields.clearContents()
            return
        pair: DuplicatePair = item.data(_PAIR_ROLE)
        self.left, self.right = self.catalog.get(pair.left), self.catalog.get(pair.right)
        self.groups.clear()
        for row, field in enumerate(CHOSEN_FIELDS):
            left = field_text(self.left, field, self.lang)
            right = field_text(self.right, field, self.lang)
            same = left == right
            mark = "=" if same else "≠"
            self.fields.setItem(
                row, self.FIELD, QTableWidgetItem(f"{mark} {field_label(field, self.lang)}")
            )
            group = QButtonGroup(self.fields)
            for column, text in ((self.LEFT, left), (self.RIGHT, right)):
                flat = " ".join(text.split())
                button = QRadioButton(_shorten(flat) or "—")
                button.setToolTip(text)
                button.setEnabled(not same)
                group.addButton(button, column)
                self.fields.setCellWidget(row, column, button)
            group.button(self.LEFT).setChecked(True)
            self.groups[field] = group

    def choices(self) -> dict[str, Side]:
        """The side chosen for each field (left where both sides agree)."""
        return {
            field: Side.RIGHT if group.checkedId() == self.RIGHT else Side.LEFT
            for field, group in self.groups.items()
        }

    def choose(self, field: str, side: Side) -> None:
        """Pick ``side`` for ``field`` (what a click on its radio button does)."""
        self.groups[field].button(self.RIGHT if side is Side.RIGHT else self.LEFT).setChecked(True)

    def merge_current(self) -> None:
        """Merge the shown pair as chosen; drop every listed pair that involved the removed
        record. A failure (a record changed meanwhile) is shown and nothing is written."""
        item = self.pairs.currentItem()
        if item is None or self.left is None or self.right is None:
            return
        left, right, choices = self.left, self.right, self.choices()
        self.merge_button.setEnabled(False)
        self.write(
            lambda catalog: merge(catalog, left, right, choices), self._merged, self._refused
        )

    def _refused(self, error: Exception) -> None:
        self.merge_button.setEnabled(self.pairs.currentItem() is not None)
        self.show_error(error_text(error))

    def _merged(self, result: MergeResult) -> None:
        self.merge_button.setEnabled(self.pairs.currentItem() is not None)
        gone = result.removed.id
        for row in reversed(range(self.pairs.count())):
            pair: DuplicatePair = self.pairs.item(row).data(_PAIR_ROLE)
            if gone in (pair.left, pair.right):
                self.pairs.takeItem(row)
        self.merged.emit(result)

    def show_error(self, text: str) -> None:
        """Tell the user why the merge did not happen (tests replace this)."""
        QMessageBox.warning(self, self.tr("Merge"), text)
