"""Every question the window asks and every file it asks for, in one replaceable object.

Message boxes and file dialogs block; tests hand the window a ``Prompter`` subclass whose
methods answer at once, so no test ever waits on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.ui.safety.passphrase_dialog import ask_passphrase


class StaleChoice(Enum):
    """What to do when the record was changed elsewhere while it was being edited."""

    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    CANCEL = "cancel"


CATALOGUE_FILTER = "Pactum (*.pactum);;SQLite (*.sqlite *.db);;* (*)"
INTERCHANGE_FILTER = "JSON (*.json);;CSV (*.csv)"


class Prompter:
    """Asks the user through standard Qt dialogs parented to ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_path(self, title: str, folder: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return Path(path) if path else None

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None

    def folder_path(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(path) if path else None

    def passphrase[T](self, path: Path, opener: Callable[[str], T]) -> T | None:
        """Ask for ``path``'s passphrase until ``opener(passphrase)`` succeeds, or None."""
        return ask_passphrase(path, opener, parent=self.parent)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str, yes: str = "", no: str = "") -> bool:
        """Yes or No. Given ``yes`` and ``no`` texts, No is the default button and Esc's:
        for a question whose safe answer is no ("Discard" / "Keep editing")."""
        if not yes:
            answer = QMessageBox.question(self.parent, title, text)
            return answer == QMessageBox.StandardButton.Yes
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is accept

    def text(self, title: str, label: str, suggested: str = "") -> str | None:
        """A line of text the user types (None if they cancel)."""
        answer, ok = QInputDialog.getText(self.parent, title, label, text=suggested)
        return answer if ok else None

    def stale(self, title: str, text: str) -> StaleChoice:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        reload = box.addButton(
            QCoreApplication.translate("Prompter", "Reload theirs"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("Prompter", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is reload:
            return StaleChoice.RELOAD
        if box.clickedButton() is keep:
            return StaleChoice.KEEP_MINE
        return StaleChoice.CANCEL

    def open_url(self, url: QUrl) -> None:
        """Hand a web address to the system browser; Pactum itself never goes online."""
        QDesktopServices.openUrl(url)
