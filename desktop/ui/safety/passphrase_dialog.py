"""Asking for the passphrase of an encrypted catalogue, or a new one (typed twice).

The passphrase is kept only as long as the dialog: it is never written to the settings.
``ask_passphrase`` repeats the question after a wrong passphrase, saying so, until the
catalogue opens or the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from db import WrongPassphraseError
from desktop.ui.shell.dialogs import settle


class PassphraseDialog(QDialog):
    """One passphrase field (two when ``new``), OK only when there is something to use."""

    def __init__(self, path: Path, *, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle(self)
        self.new = new
        self.setWindowTitle(self.tr("New passphrase") if new else self.tr("Encrypted catalogue"))
        intro = QLabel(
            self.tr(
                "Choose a passphrase for “%1”. Without it the catalogue cannot be opened: "
                "Pactum does not store it and cannot recover it."
            ).replace("%1", path.name)
            if new
            else self.tr("“%1” is encrypted. Enter its passphrase.").replace("%1", path.name)
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Passphrase:"), self.field)
        if new:
            form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.field.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.field.text()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()

    def _update(self) -> None:
        ok = bool(self.field.text()) and (not self.new or self.field.text() == self.repeat.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        typed, again = self.field.text(), self.repeat.text()
        if self.new and again and not typed.startswith(again):  # not while still typing it
            self.show_error(self.tr("The two passphrases differ."))
        else:
            self.error.hide()


def ask_passphrase[T](
    path: Path,
    opener: Callable[[str], T],
    *,
    parent: QWidget | None = None,
    dialog: Callable[[], PassphraseDialog] | None = None,
) -> T | None:
    """Ask until ``opener(passphrase)`` succeeds (its result is returned) or the user
    cancels (None). A wrong passphrase is said so in the dialog, which asks again."""
    ask = dialog or (lambda: PassphraseDialog(path, parent=parent))
    window = ask()
    while window.exec() == QDialog.DialogCode.Accepted:
        try:
            return opener(window.passphrase())
        except WrongPassphraseError:
            window.show_error(
                QCoreApplication.translate("PassphraseDialog", "Wrong passphrase. Try again.")
            )
    return None
