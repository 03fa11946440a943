"""View › Deadlines: open commitments falling due, grouped overdue / this month / this
quarter / later, each leading to its record; saved as a calendar file on request.

The list is read on the worker (``QueryOp``) and again whenever the catalogue changes;
the horizon (how many days ahead) is the user's setting, the same one the start-up
notice uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Deadline, party_label
from desktop.deadlines.groups import When, grouped
from desktop.deadlines.ics import amount_text

MAX_HORIZON = 3650


class DeadlinesView(QWidget):
    """The deadlines of one catalogue, as a tree of groups."""

    record_requested = Signal(str)
    """The user opened a deadline: show its record (a UUID)."""
    horizon_changed = Signal(int)
    """The user chose another horizon (days ahead): list again, and remember it."""
    calendar_requested = Signal()
    """Save as calendar… was pressed."""

    def __init__(self, horizon: int, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today: Callable[[], dt.date] = dt.date.today
        self.deadlines: list[Deadline] = []
        self.setWindowTitle(self.tr("Deadlines — Pactum"))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, MAX_HORIZON)
        self.horizon.setValue(horizon)
        self.horizon.setSuffix(self.tr(" days ahead"))
        self.horizon.valueChanged.connect(self.horizon_changed.emit)
        label = QLabel(self.tr("&Show deadlines up to"))
        label.setBuddy(self.horizon)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Days left"),
                self.tr("Party"),
                self.tr("Commitment"),
                self.tr("Amount"),
                self.tr("Record"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        save = QPushButton(self.tr("Save as &calendar (.ics)…"))
        save.clicked.connect(self.calendar_requested.emit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.horizon)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(save)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        self.resize(980, 520)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the window, as a dialog would."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def group_name(self, group: When) -> str:
        return {
            When.OVERDUE: self.tr("Overdue"),
            When.THIS_MONTH: self.tr("This month"),
            When.THIS_QUARTER: self.tr("This quarter"),
            When.LATER: self.tr("Later"),
        }[group]

    def show_deadlines(self, deadlines: list[Deadline]) -> None:
        """List ``deadlines`` (nearest first, in their groups); keyboard focus on the list."""
        self.deadlines = deadlines
        today = self.today()
        self.tree.clear()
        for group, found in grouped(deadlines, today).items():
            if not found:
                continue
            head = QTreeWidgetItem([f"{self.group_name(group)} ({len(found)})"])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for deadline in found:
                left = deadline.days_left(today)
                item = QTreeWidgetItem(
                    [
                        deadline.due.isoformat(),
                        str(left),
                        party_label(deadline.party, self.lang) if deadline.party else "",
                        deadline.description,
                        amount_text(deadline),
                        deadline.title,
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, deadline.uuid)
                item.setToolTip(3, deadline.description)
                item.setToolTip(5, deadline.title)
                head.addChild(item)
            head.setExpanded(True)
        for column in (0, 1, 2, 4):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not deadlines)
        self.empty.setText(
            self.tr("No open commitment falls due within %n days.", "", self.horizon.value())
        )
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        if not self.horizon.hasFocus():  # never take the keyboard from someone typing days
            self.tree.setFocus()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(uuid, str):
            self.record_requested.emit(uuid)
