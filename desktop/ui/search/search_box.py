"""The toolbar's search field: emits what to search for once typing pauses.

The window answers through ``search_panel.SearchController``, which runs ``db.search`` on
the worker. A pause in typing searches "as you type" (the last word also matches as a
prefix); Enter searches for the words as they are; Esc clears the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.ui.shell.icons import icon

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """A search field that reports its text after ``DEBOUNCE_MS`` without typing."""

    search_changed = Signal(str, bool)
    """The text to search for settled (an empty string means "show everything"), and
    whether the user may still be typing its last word (a pause, not Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMaximumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.flush(typing=True))
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self, typing: bool = False) -> None:
        """Report the current text now (Enter, or a test that will not wait)."""
        self._timer.stop()
        self.search_changed.emit(self.text().strip(), typing)

    def set_query(self, text: str) -> None:
        """Show ``text`` without reporting it (the caller searches for it itself)."""
        self._timer.stop()
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
