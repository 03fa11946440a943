"""The toolbar's search field: emits what to search for once typing pauses.

Full-text search (issue 4) plugs in by connecting ``search_changed`` and giving the table
model an ids source; until then the window matches titles (``Catalog.ids_with_title``).
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
        self.setPlaceholderText(self.tr("Search titles (Ctrl+F)"))
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
