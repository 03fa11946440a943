"""The damaged-catalogue dialog: what happened in plain words, and the ways forward.

Restore the newest good backup, salvage what can still be read into a new file, open
another catalogue, or cancel (at start-up, when no window is open yet: quit). The dialog
only records the choice (and the new file's name); ``damage_offer`` runs the restore or
the salvage off the GUI thread. Neither ever modifies the damaged file.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import ANY_NAME, Backup, OutputPathError, check_output_path
from desktop.ui.errors import error_text
from desktop.ui.shell.dialogs import settle


class DamageChoice(Enum):
    """What the user chose to do about a damaged catalogue."""

    RESTORE = "restore"
    SALVAGE = "salvage"
    OPEN_ANOTHER = "open_another"
    CANCEL = "cancel"


class DamagedDialog(QDialog):
    """Explains the damage and offers restore, salvage, another catalogue or cancel
    (``at_start``: Quit, as there is no window to go back to)."""

    def __init__(
        self,
        path: Path,
        problems: Sequence[str],
        newest: Backup | None,
        parent: QWidget | None = None,
        at_start: bool = False,
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.path = path
        self.choice = DamageChoice.CANCEL
        self.salvage_target: Path | None = None
        self.setWindowTitle(self.tr("The catalogue is damaged"))
        self.resize(600, 380)

        explanation = QLabel(
            self.tr(
                "Part of “%1” cannot be read. This usually follows a disk fault, a full disk "
                "or a copy taken while Pactum was writing. The file has not been changed, and "
                "it will not be: each choice below writes somewhere else."
            ).replace("%1", path.name)
        )
        explanation.setWordWrap(True)
        details = QPlainTextEdit("\n".join(problems[:20]))
        details.setReadOnly(True)
        details.setMaximumHeight(110)

        if newest is not None:
            when = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.restore_button = QPushButton(
                self.tr("Restore the backup of %1 (%2 records)")
                .replace("%1", when)
                .replace("%2", f"{newest.records or 0:,}")
            )
        else:
            self.restore_button = QPushButton(self.tr("No good backup to restore"))
            self.restore_button.setEnabled(False)
        self.salvage_button = QPushButton(self.tr("&Salvage what can be read into a new file…"))
        self.another_button = QPushButton(self.tr("&Open another catalogue…"))
        self.cancel_button = QPushButton(self.tr("&Quit") if at_start else self.tr("Cancel"))
        self.restore_button.clicked.connect(self._restore)
        self.salvage_button.clicked.connect(self._salvage)
        self.another_button.clicked.connect(self._another)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.restore_button, self.salvage_button, self.another_button):
            button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        first = self.restore_button if newest is not None else self.salvage_button
        first.setDefault(True)  # Enter takes the first way out, never Quit
        first.setFocus()

        self.hints = hints = QLabel(
            self.tr(
                "Restoring moves the damaged file into the backups folder unchanged. "
                "Salvaging copies every record that can still be read into a new catalogue."
            )
        )
        hints.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.salvage_button)
        row.addWidget(self.another_button)
        row.addStretch()
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("What SQLite found:")))
        layout.addWidget(details)
        layout.addWidget(hints)
        layout.addStretch(1)
        layout.addLayout(row)

    def ask_salvage_target(self) -> Path | None:
        """The new file's name (replaceable in tests)."""
        suggested = str(self.path.with_name(f"{self.path.stem} (salvaged){self.path.suffix}"))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salvage into a new catalogue"), suggested, "Pactum (*.pactum)"
        )
        return Path(chosen) if chosen else None

    def _restore(self) -> None:
        self.choice = DamageChoice.RESTORE
        self.accept()

    def _another(self) -> None:
        self.choice = DamageChoice.OPEN_ANOTHER
        self.accept()

    def _salvage(self) -> None:
        target = self.ask_salvage_target()
        if target is None:
            return
        try:  # never over the damaged file, its companions or backups
            check_output_path(target, self.path, ANY_NAME)
        except OutputPathError as error:
            self.hints.setText(error_text(error))  # the dialog stays open for another choice
            return
        self.choice = DamageChoice.SALVAGE
        self.salvage_target = target
        self.accept()
