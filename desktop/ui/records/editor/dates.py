"""A date typed or pasted as written (``16.10.2025``, ``жовтень 2025``, ``2025``), read
to the precision it carries by ``desktop.typed_dates``; what is wrong is said in the
interface language, never silently clipped to another date."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from db import PartialDate
from desktop.typed_dates import TypedDateError, parse_typed_date


class TypedDateEdit(QLineEdit):
    """One line for a date known to the day, the month or the year; empty: not known."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setPlaceholderText(self.tr("e.g. 16.10.2025, October 2025, 2025"))
        self.setMinimumWidth(150)
        self.setClearButtonEnabled(True)

    def value(self) -> PartialDate | None:
        """The date typed, or None when empty; ValueError says what is wrong."""
        if not self.text().strip():
            return None
        try:
            return parse_typed_date(self.text())
        except TypedDateError as error:
            raise ValueError(error.text(self.lang)) from None

    def set_value(self, date: PartialDate | None) -> None:
        self.setText(date.iso() if date else "")

    def precision(self) -> str:
        """How precisely the typed date is known (``day``, ``month``, ``year``), in the
        interface language; "" when empty or unreadable."""
        try:
            date = self.value()
        except ValueError:
            return ""
        if date is None:
            return ""
        if date.day is not None:
            return self.tr("known to the day")
        if date.month is not None:
            return self.tr("known to the month")
        return self.tr("known to the year")
