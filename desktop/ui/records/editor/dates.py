"""A date that may be known only to the year or the month."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from db import PartialDate


class PartialDateEdit(QWidget):
    """Year, month and day boxes; a blank ("—") month or day means "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.year = self._box(0, 9999, self.tr("year"))
        self.month = self._box(0, 12, self.tr("month"))
        self.day = self._box(0, 31, self.tr("day"))
        for box in (self.year, self.month, self.day):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setFocusProxy(self.year)

    def _box(self, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setSpecialValueText("—")
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setMinimumWidth(64 if high > 31 else 50)
        return box

    def value(self) -> PartialDate | None:
        """The date entered, or None when the year is blank; ValueError says what is wrong."""
        year, month, day = self.year.value(), self.month.value(), self.day.value()
        if not year:
            if month or day:
                raise ValueError(self.tr("a month or day needs a year"))
            return None
        if day and not month:
            raise ValueError(self.tr("a day needs a month"))
        try:
            return PartialDate(year, month or None, day or None)
        except ValueError:
            shown = f"{year}-{month}-{day}"
            raise ValueError(self.tr("%1 is not a date").replace("%1", shown)) from None

    def set_value(self, date: PartialDate | None) -> None:
        self.year.setValue(date.year if date else 0)
        self.month.setValue(date.month or 0 if date else 0)
        self.day.setValue(date.day or 0 if date else 0)
