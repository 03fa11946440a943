"""A field that holds a list: its rows, a remove button on each, and an Add button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.ui.records.editor.rows import RowEditor, watch
from desktop.ui.shell.icons import icon


class RepeatingEditor(QWidget):
    """Rows made by ``make_row``; ``values`` reads them all, reporting unreadable ones."""

    rows_changed = Signal()
    """A row was added or removed (the form re-links its tab order)."""
    edited = Signal()
    """Something was typed or chosen in a row, or a row was added or removed."""

    def __init__(
        self, make_row: Callable[[], RowEditor], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[RowEditor] = []
        self._removers: list[QToolButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        outer.addLayout(self._rows_box)
        self.add_button = QPushButton(icon("plus"), add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        outer.addLayout(line)
        self._parties: list[tuple[str, str]] = []
        self.rows_changed.connect(self.edited)

    def add_row(self, value: object = None, focus: bool = False) -> RowEditor:
        row = self._make_row()
        if value is not None:
            row.set_value(value)
        row.set_parties(self._parties)
        for widget in row.inputs:
            watch(widget, self.edited.emit)
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(row, 1)
        remove = QToolButton(holder)
        remove.setIcon(icon("x"))
        remove.setToolTip(self.tr("Remove this row"))
        remove.setAccessibleName(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self.remove_row(row))
        line.addWidget(remove, 0)
        self._rows_box.addWidget(holder)
        self.rows.append(row)
        self._removers.append(remove)
        self.rows_changed.emit()
        if focus and row.inputs:
            row.inputs[0].setFocus()
        return row

    def remove_row(self, row: RowEditor) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self._removers.pop(index)
        holder = row.parentWidget()
        holder.hide()
        holder.deleteLater()
        self.rows_changed.emit()

    def set_values(self, values: tuple[object, ...]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for value in values:
            self.add_row(value)

    def values(self) -> tuple[list[object], list[str]]:
        """The rows' values, and a message for each row that cannot be read."""
        found, errors = [], []
        for n, row in enumerate(self.rows, 1):
            try:
                found.append(row.value())
            except ValueError as error:
                errors.append(f"{n}: {error}")
        return found, errors

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        """Offer ``parties`` ((key, name) pairs) in the rows that name a party."""
        self._parties = parties
        for row in self.rows:
            row.set_parties(parties)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order: each row's inputs and its remove button, then Add."""
        chain: list[QWidget] = []
        for row, remove in zip(self.rows, self._removers, strict=True):
            chain += [*row.inputs, remove]
        return [*chain, self.add_button]
