"""The welcome: what a first start (or a start whose last catalogue is gone) shows.

It says in two sentences what Pactum is and offers the ways in: a new catalogue, one
that exists, the demo, or a new catalogue filled from a file another program or Pactum
wrote. The dialog only records the choice; ``shell.app`` carries it out. Each way of
importing is one entry in ``IMPORT_FORMATS`` (its button text, the files it reads and how
the new window imports one), so another format is one more entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.files.operations import FileOperations


@dataclass(frozen=True)
class ImportFormat:
    """A kind of file the welcome offers to start a catalogue from."""

    text: str
    """The button's text (translated in the ``Welcome`` context)."""
    description: str
    """The line under it (idem)."""
    file_filter: str
    """What the file dialog shows."""
    start: Callable[[FileOperations, Path], object]
    """Imports the file into the new window's catalogue (on its worker, one undo step)."""


IMPORT_FORMATS: list[ImportFormat] = [
    ImportFormat(
        QT_TRANSLATE_NOOP("Welcome", "Import a &JSON export…"),
        QT_TRANSLATE_NOOP("Welcome", "A new catalogue holding the records of a Pactum export"),
        "JSON (*.json)",
        lambda files, path: files.import_records(path),
    ),
]
"""The files a catalogue can be started from (a spreadsheet importer adds itself here)."""


class WelcomeChoice(Enum):
    NEW = "new"
    OPEN = "open"
    DEMO = "demo"
    IMPORT = "import"
    QUIT = "quit"


class WelcomeDialog(QDialog):
    """What Pactum is and how to start; ``choice`` (and ``import_format``) say what the
    user chose. Esc or Quit leaves ``WelcomeChoice.QUIT``."""

    def __init__(self, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = WelcomeChoice.QUIT
        self.import_format: ImportFormat | None = None
        self.setWindowTitle(self.tr("Welcome to Pactum"))
        self.setMinimumWidth(560)
        heading = QLabel(f"<h2>{self.tr('Welcome to Pactum')}</h2>", self)
        about = QLabel(
            self.tr(
                "Pactum keeps a catalogue of agreements between states and organisations — "
                "who signed what, when, and what was promised — and lets you search, "
                "compare and brief them. Everything stays on this computer."
            ),
            self,
        )
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.buttons: dict[WelcomeChoice, QCommandLinkButton] = {}
        for choice, text, description in (
            (
                WelcomeChoice.NEW,
                self.tr("&New catalogue…"),
                self.tr("An empty catalogue in a file you name"),
            ),
            (
                WelcomeChoice.OPEN,
                self.tr("&Open a catalogue…"),
                self.tr("A .pactum file made before, here or elsewhere"),
            ),
            (
                WelcomeChoice.DEMO,
                self.tr("Try the &demo"),
                self.tr("A throwaway copy of three sample agreements"),
            ),
        ):
            self.buttons[choice] = self._button(text, description, lambda c=choice: self._choose(c))
        self.import_buttons = [
            self._button(
                QCoreApplication.translate("Welcome", f.text),
                QCoreApplication.translate("Welcome", f.description),
                lambda f=f: self._import(f),
            )
            for f in IMPORT_FORMATS
        ]
        for button in (*self.buttons.values(), *self.import_buttons):
            layout.addWidget(button)
        close = QDialogButtonBox(self)
        self.quit_button = close.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.buttons[WelcomeChoice.NEW].setFocus()

    def _button(self, text: str, description: str, chosen: Callable[[], None]):
        button = QCommandLinkButton(text, description, self)
        button.clicked.connect(lambda _checked=False: chosen())
        return button

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def _import(self, chosen: ImportFormat) -> None:
        self.import_format = chosen
        self._choose(WelcomeChoice.IMPORT)
