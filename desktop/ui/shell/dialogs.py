"""What every dialog and side window of Pactum does, in one place: it opens centred on the
main window, Esc and Ctrl+W close it, and files it offers to write get names that say
what they hold (``briefing-UA-LT-2025-10-16.pdf``).

A dialog calls :func:`settle` once, at the end of its constructor; a side window
(Compare, Partnerships) also gets a Close button from :func:`close_button`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

CLOSE_KEYS = ("Ctrl+W", "Esc")
"""Keys that close any dialog or side window (a QDialog handles Esc itself)."""


class _Centring(QObject):
    """Centres its widget on the main window the first time it is shown. A side window
    (not a dialog) is also made the active window when it opens, and any window gives that
    back to the main window when it closes, so keys reach the right window even where no
    window manager activates windows."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Show and not self._done:
            self._done = True
            centre_on_main_window(watched)
            if not isinstance(watched, QDialog):
                QTimer.singleShot(0, watched, watched.activateWindow)
        elif event.type() == QEvent.Type.Hide:
            anchor = main_window_of(watched)
            if anchor is not None:  # the main window's keys work again at once
                anchor.activateWindow()
        return False


def main_window_of(widget: QWidget) -> QWidget | None:
    """The window ``widget`` belongs to: its parent's top-level window, else the active one."""
    parent = widget.parentWidget()
    if parent is not None:
        return parent.window()
    active = QApplication.activeWindow()
    return active if active is not None and active is not widget else None


def centre_on_main_window(widget: QWidget) -> None:
    """Move ``widget`` so that its centre is the main window's centre; one larger than the
    screen is made to fit it first, and the result is kept on the screen."""
    anchor = main_window_of(widget)
    if anchor is None:
        return
    screen = anchor.screen().availableGeometry() if anchor.screen() else None
    frame = widget.frameGeometry()
    if screen is not None and screen.isValid():
        extra = frame.size() - widget.size()
        fitted = widget.size().boundedTo(screen.size() - extra)
        if fitted != widget.size():
            widget.resize(fitted)
            frame = widget.frameGeometry()
    frame.moveCenter(anchor.frameGeometry().center())
    if screen is not None and screen.isValid():
        frame.moveLeft(max(screen.left(), min(frame.left(), screen.right() - frame.width())))
        frame.moveTop(max(screen.top(), min(frame.top(), screen.bottom() - frame.height())))
    widget.move(frame.topLeft())


def settle(widget: QWidget) -> QWidget:
    """Make ``widget`` behave like every Pactum dialog: centred on the main window when it
    opens, closed by Ctrl+W (and by Esc, which a QDialog already reads as Cancel/Close)."""
    widget.installEventFilter(_Centring(widget))
    keys = CLOSE_KEYS if not isinstance(widget, QDialog) else CLOSE_KEYS[:1]
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(widget.close)
    return widget


def close_button(widget: QWidget) -> QPushButton:
    """A "Close" button that closes ``widget`` (for side windows without a button box)."""
    button = QPushButton(QCoreApplication.translate("Dialogs", "Close"), widget)
    button.clicked.connect(widget.close)
    return button


TITLE_CHARS = 48
"""Longest name put in a window title: a window manager cuts longer titles at the end
("memorandum of …"), losing what tells two windows apart."""


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` for a window title: whole when short, else its start and end with "…"
    between, so both the kind and the distinguishing end stay readable."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = (limit - 1) * 3 // 5
    return text[:head].rstrip() + "…" + text[len(text) - (limit - 1 - head) :].lstrip()


def suggested_name(
    what: str, parts: Iterable[str] = (), suffix: str = "pdf", today: dt.date | None = None
) -> str:
    """A file name that says what it holds and when: ``briefing-UA-LT-2025-10-16.pdf``.
    Characters a file system may refuse are left out of ``parts``."""
    day = (today or dt.date.today()).isoformat()
    safe = [re.sub(r"[^\w.-]+", "_", p).strip("_") for p in parts]
    return "-".join([what, *(p for p in safe if p), day]) + "." + suffix
