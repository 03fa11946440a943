"""Saved searches ("smart views") above the facets: a click shows a named query again.

The list only shows and asks; the searches live in the catalogue (``db.search.saved``), so
everyone who opens the file, and ``pactum search --saved``, sees the same ones.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from db.search import SavedSearch

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role holding an item's ``SavedSearch``."""


class _List(QListWidget):
    """The list itself: Delete on an item asks to delete it."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class SavedSearchList(QWidget):
    """The catalogue's saved searches, by name."""

    applied = Signal(object)
    """The user chose a saved search; carries the ``SavedSearch``."""
    delete_requested = Signal(object)
    """The user asked to delete a saved search; carries the ``SavedSearch``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(self.tr("Saved searches"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setContentsMargins(4, 4, 4, 0)
        self.list = _List(self)
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemClicked.connect(self._apply)
        self.list.itemActivated.connect(self._apply)
        self.list.delete_pressed.connect(lambda: self._delete(self.list.currentItem()))
        self.hint = QLabel(self.tr("Search, then “Save search…” to keep it here."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid); padding: 2px 4px;")
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)

    def show_searches(self, searches: list[SavedSearch]) -> None:
        self.list.clear()
        for saved in searches:
            item = QListWidgetItem(saved.name, self.list)
            item.setData(SEARCH_ROLE, saved)
            item.setToolTip(saved.query)
        self.list.setVisible(bool(searches))
        self.hint.setVisible(not searches)

    def item(self, name: str) -> QListWidgetItem | None:
        found = self.list.findItems(name, Qt.MatchFlag.MatchExactly)
        return found[0] if found else None

    def _apply(self, item: QListWidgetItem) -> None:
        self.applied.emit(item.data(SEARCH_ROLE))

    def _delete(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.delete_requested.emit(item.data(SEARCH_ROLE))

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show"), lambda: self._apply(item))
        menu.addAction(self.tr("Delete"), lambda: self._delete(item))
        menu.popup(self.list.viewport().mapToGlobal(position))
