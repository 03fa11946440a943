"""Picking a country by typing part of its Ukrainian or English name, or its code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from db import countries, country_name


class CountryPicker(QComboBox):
    """An editable list of every country, "Литва — Lithuania (LT)", searchable by any part."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        other = "en" if lang == "uk" else "uk"
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in countries(lang):
            self.addItem(f"{name} — {country_name(code, other)} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("type a country name or code"))

    def code(self) -> str | None:
        """The chosen country's code; None when the text names no country."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and len(text) == 2:
            index = self.findData(text.upper())
        return self.itemData(index) if index >= 0 else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)
        if not code:
            self.setEditText("")
