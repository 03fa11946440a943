"""The toolbar's search field: emits what to search for once typing pauses.

The window answers with ``db.search`` (Ukrainian word forms, the query language) through
the table model's ids source; a richer search panel (chips, saved searches) can connect to
``search_changed`` and call ``CatalogueModel.set_ids_source`` the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.icons import icon

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """A search field that reports its text after ``DEBOUNCE_MS`` without typing."""

    search_changed = Signal(str)
    """The text to search for settled (an empty string means "show everything")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMaximumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Report the current text now (Enter, or a test that will not wait)."""
        self._timer.stop()
        self.search_changed.emit(self.text().strip())

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
