"""The status bar's word after a save, a delete, a restore or an import, with an Undo link.

It says what was just done ("Saved “…”.") and offers to undo it with a click or Ctrl+Z;
it goes away as soon as the undo history moves on (an undo, a redo, another change).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow


class UndoNotice(QLabel):
    """A status-bar label: what was done, and an Undo link."""

    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        super().__init__(window)
        self.setObjectName("undo_notice")
        self._stack = stack
        self._index = -1
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _link: self.undo())
        stack.indexChanged.connect(self._moved)
        window.statusBar().addWidget(self)
        self.hide()

    def say(self, done: str) -> None:
        """Show ``done`` with the link that undoes the step just pushed."""
        self._index = self._stack.index()
        link = self.tr("Undo")
        shortcut = self.tr("Ctrl+Z")
        self.setText(f"{escape(done)} <a href='undo'>{escape(link)}</a> ({escape(shortcut)})")
        self.show()

    def undo(self) -> None:
        self.hide()
        self._stack.undo()

    def _moved(self, index: int) -> None:
        if index != self._index:
            self.hide()
