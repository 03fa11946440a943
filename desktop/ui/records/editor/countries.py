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
        self._by_name: dict[str, str] = {}
        for code, name in countries(lang):
            self.addItem(f"{name} — {country_name(code, other)} ({code})", code)
            for key in (name, country_name(code, other), code, self.itemText(self.count() - 1)):
                self._by_name[key.casefold()] = code
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("type a country name or code"))

    def code(self) -> str | None:
        """The chosen country's code; None when the text names no country."""
        text = self.currentText().strip().casefold()
        if text.endswith(")") and "(" in text:
            code = text.rsplit("(", 1)[1].rstrip(")").strip()
            if code in self._by_name:
                return self._by_name[code]
        return self._by_name.get(text)

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)
        if not code:
            self.setEditText("")
