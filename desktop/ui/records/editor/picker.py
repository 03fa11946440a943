"""Choosing another record by typing part of its title, instead of typing its UUID.

The picker asks ``find(text, done)`` (the window searches the catalogue on its worker)
and offers what comes back in a completer list; a record is chosen from the list, or
named by its UUID (pasted). What it holds is always a UUID, so the record is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from db import Catalog, RecordNotFoundError

type Found = list[tuple[str, str]]
"""(uuid, label) of each record found."""
type FindRecords = Callable[[str, Callable[[Found], None]], None]
"""Searches the catalogue for ``text`` off the GUI thread, then ``done(found)``."""

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
SHOWN = 12


def record_label(uuid: str, title: str, signed_on: object, parties: tuple[str, ...]) -> str:
    date = str(signed_on) if signed_on else "—"
    return f"{title} · {'–'.join(parties)} · {date} · {uuid[:8]}"


def find_in(catalog: Catalog, text: str) -> Found:
    """The records ``text`` names: the one with that UUID, else the best search hits."""
    text = text.strip()
    if UUID.fullmatch(text):
        try:
            a = catalog.get(text)
        except RecordNotFoundError:
            return []
        return [(a.uuid, record_label(a.uuid, a.title, a.signed_on, a.party_keys))]
    if not text:
        return []
    hits = catalog.search(text, limit=SHOWN).hits
    return [(h.row.uuid, record_label(h.row.uuid, h.row.title, h.row.signed_on, h.row.parties))
            for h in hits]  # fmt: skip


class RecordPicker(QLineEdit):
    """Type part of a title; pick the record from the list (Down, Enter)."""

    def __init__(self, find: FindRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find
        self._uuids: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # a search per pause in typing, not per key
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(lambda _text: self._timer.start())

    def search(self) -> None:
        """Ask for the records the text names; show them when they arrive."""
        asked = self.text()
        self._find(asked, lambda found: self._offer(asked, found))

    def _offer(self, asked: str, found: Found) -> None:
        self._uuids.update({label: uuid for uuid, label in found})
        self._model.setStringList([label for _uuid, label in found])
        if UUID.fullmatch(asked.strip()) and found:  # a pasted UUID: show whose it is
            self.setText(found[0][1])
        elif self.hasFocus() and found and self.text() == asked:
            self.completer().complete()

    def uuid(self) -> str:
        """The chosen record's UUID ("" when empty); ValueError when nothing is chosen."""
        text = self.text().strip()
        if not text or UUID.fullmatch(text):
            return text.lower()
        if text in self._uuids:
            return self._uuids[text]
        raise ValueError(self.tr("“%1”: choose a record from the list").replace("%1", text))

    def set_uuid(self, uuid: str) -> None:
        self.setText(uuid)
        if uuid:
            self.search()
