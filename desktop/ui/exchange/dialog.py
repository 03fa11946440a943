"""Tools › Exchange…: export and import packages of changes, and review the conflicts.

Each open conflict is listed by record and field; the chosen one shows the field as both
copies started (base), as this copy holds it (mine) and as the other copy sent it
(theirs), side by side, with the words that differ between mine and theirs marked. A
choice settles the field, or every conflict of the record; the window makes each choice
one undo step (the dialog only asks for it, through ``chosen``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db import Conflict
from desktop.compare.textdiff import Op, word_diff
from desktop.labels import field_label

_CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
_GONE = "background:#f8d0d0;text-decoration:line-through"
_NEW = "background:#c8f0c8"


class ExchangeDialog(QDialog):
    """Export, import, and the conflict review of one catalogue."""

    chosen = Signal(object, str)
    """Settle these conflicts (a list of ``db.Conflict``) taking 'mine' or 'theirs'."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Exchange changes"))
        self.export_button = QPushButton(self.tr("&Export changes…"))
        self.import_button = QPushButton(self.tr("&Import changes…"))
        self.summary = QLabel()
        """What the last export or import did."""
        self.summary.setWordWrap(True)
        self.waiting = QLabel()
        """How many conflicts wait for a decision."""
        top = QHBoxLayout()
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.waiting)
        self.conflicts = QListWidget()
        self.conflicts.currentItemChanged.connect(self._show)
        self.panes: dict[str, QTextBrowser] = {}
        self.headings: dict[str, QLabel] = {}
        sides = QGridLayout()
        for column, (side, heading) in enumerate(
            (
                ("base", self.tr("Both started from")),
                ("mine", self.tr("This copy")),
                ("theirs", self.tr("The other copy")),
            )
        ):
            self.headings[side] = QLabel(heading)
            self.panes[side] = QTextBrowser()
            sides.addWidget(self.headings[side], 0, column)
            sides.addWidget(self.panes[side], 1, column)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.take_theirs = QPushButton(self.tr("Take &theirs"))
        self.record_mine = QPushButton(self.tr("Keep mine for the whole &record"))
        self.record_theirs = QPushButton(self.tr("Take theirs for the whole r&ecord"))
        choices = QHBoxLayout()
        for button, take, whole in (
            (self.keep_mine, "mine", False),
            (self.take_theirs, "theirs", False),
            (self.record_mine, "mine", True),
            (self.record_theirs, "theirs", True),
        ):
            button.clicked.connect(lambda _c=False, t=take, w=whole: self.choose(t, w))
            choices.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(sides, 1)
        right.addLayout(choices)
        body = QHBoxLayout()
        body.addWidget(self.conflicts, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.set_conflicts([])

    # -- what is shown -------------------------------------------------------------------

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        """List ``conflicts`` (keeping the current record's place when it is still there)."""
        current = self.current()
        self.conflicts.clear()
        for conflict in conflicts:
            item = QListWidgetItem(
                f"#{conflict.agreement_id} {conflict.title}\n    {self._field_name(conflict.field)}"
            )
            item.setData(_CONFLICT_ROLE, conflict)
            self.conflicts.addItem(item)
        if conflicts:
            again = [
                n
                for n, c in enumerate(conflicts)
                if current is not None and c.agreement_id == current.agreement_id
            ]
            self.conflicts.setCurrentRow(again[0] if again else 0)
        else:
            self._show(None)
        self.waiting.setText(
            self.tr("Conflicts waiting for a decision: %1").replace("%1", str(len(conflicts)))
            if conflicts
            else self.tr("No conflicts.")
        )

    def current(self) -> Conflict | None:
        item = self.conflicts.currentItem()
        return item.data(_CONFLICT_ROLE) if item is not None else None

    def listed(self) -> list[Conflict]:
        return [self.conflicts.item(n).data(_CONFLICT_ROLE) for n in range(self.conflicts.count())]

    def _field_name(self, field: str) -> str:
        return self.tr("In the trash") if field == "deleted" else field_label(field, self.lang)

    def _text(self, field: str, value: Any) -> str:
        if field == "deleted":
            return self.tr("in the trash") if value else self.tr("not in the trash")
        if value is None:
            return self.tr("(unknown)") if field != "signed_on" else ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, indent=1)

    def _show(self, item: QListWidgetItem | None) -> None:
        conflict: Conflict | None = item.data(_CONFLICT_ROLE) if item is not None else None
        for button in (self.keep_mine, self.take_theirs, self.record_mine, self.record_theirs):
            button.setEnabled(conflict is not None)
        if conflict is None:
            for pane in self.panes.values():
                pane.clear()
            return
        base = self._text(conflict.field, conflict.base)
        mine = self._text(conflict.field, conflict.mine)
        theirs = self._text(conflict.field, conflict.theirs)
        self.headings["theirs"].setText(
            self.tr("The other copy (%1)").replace("%1", conflict.from_user or "?")
        )
        self.panes["base"].setHtml(_plain(base))
        self.panes["mine"].setHtml(_marked(mine, theirs, mine_side=True))
        self.panes["theirs"].setHtml(_marked(mine, theirs, mine_side=False))

    # -- choosing ------------------------------------------------------------------------

    def choose(self, take: str, whole_record: bool = False) -> None:
        """Settle the current conflict (or all of its record's) taking ``take``."""
        conflict = self.current()
        if conflict is None:
            return
        settled = (
            [c for c in self.listed() if c.agreement_id == conflict.agreement_id]
            if whole_record
            else [conflict]
        )
        self.chosen.emit(settled, take)

    def connect_files(self, export: Callable[[], None], import_: Callable[[], None]) -> None:
        self.export_button.clicked.connect(export)
        self.import_button.clicked.connect(import_)


def _plain(text: str) -> str:
    return f"<div style='white-space:pre-wrap'>{escape(text)}</div>"


def _marked(mine: str, theirs: str, *, mine_side: bool) -> str:
    """One side's text with the words the other side lacks marked."""
    parts = []
    for segment in word_diff(mine, theirs):
        shown = escape(segment.old if mine_side else segment.new)
        if segment.op in (Op.SAME, Op.INFLECTED) or not shown:
            parts.append(shown)
        else:
            parts.append(f"<span style='{_GONE if mine_side else _NEW}'>{shown}</span>")
    return f"<div style='white-space:pre-wrap'>{''.join(parts)}</div>"
