"""What to do next, said in the table itself when it shows no row: an empty catalogue
offers to add, read from an article or import; filters or a search that leave nothing
say how to widen them. Each offer is a link to the window's own command (Tab reaches it,
Enter follows it), with the keys that run it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from db import Filters
from desktop.ui.browse.table_model import CatalogueModel
from desktop.ui.shell.actions import Act, ActionRegistry


class EmptyHint(QLabel):
    """A note centred over the table's empty area, shown exactly while it has no rows."""

    def __init__(self, table: QTableView, model: CatalogueModel, actions: ActionRegistry) -> None:
        super().__init__(table.viewport())
        self._table, self._model, self._actions = table, model, actions
        self.setObjectName("empty_hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setStyleSheet("QLabel#empty_hint { color: palette(text); padding: 12px; }")
        self.linkActivated.connect(lambda name: self._actions[Act[name]].trigger())
        table.viewport().installEventFilter(self)
        QWidget.setTabOrder(table, self)  # Tab from the empty table reaches the offers
        for signal in (model.reloaded, model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        self.refresh()

    def _link(self, act: Act, text: str) -> str:
        keys = self._actions[act].shortcut().toString()
        shown = f"{escape(text)} ({escape(keys)})" if keys else escape(text)
        return f'<a href="{act.name}">{shown}</a>'

    def message(self) -> str:
        """The note for the table as it is now (empty text when it has rows)."""
        if self._model.rowCount():
            return ""
        if self._model.ids_source is not None:
            found = self.tr(
                "Nothing found. Try other words or fewer filters; Esc clears the search."
            )
            return f"<p>{escape(found)}</p>"
        if self._model.filters != Filters():
            none = self.tr("No agreement has all the ticked filters.")
            clear = self._link(Act.CLEAR_FILTERS, self.tr("Clear filters"))
            return f"<p>{escape(none)}</p><p>{clear}</p>"
        empty = self.tr("This catalogue is empty.")
        offers = [
            self._link(Act.NEW_RECORD, self.tr("Add an agreement")),
            self._link(Act.NEW_FROM_ARTICLE, self.tr("Read agreements from a news article")),
            self._link(Act.IMPORT, self.tr("Import a JSON export")),
        ]
        return f"<p><b>{escape(empty)}</b></p>" + "".join(f"<p>{o}</p>" for o in offers)

    def refresh(self) -> None:
        text = self.message()
        self.setText(text)
        self.setVisible(bool(text))
        self._place()

    def _place(self) -> None:
        area = self._table.viewport().rect()
        self.setGeometry(area.adjusted(24, 24, -24, -24))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab onto the note selects its first offer, so Enter follows it at once."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.focusNextPrevChild(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
