"""Tools › Backups: the catalogue's backups with dates and record counts; back up now or
restore one (the current file is backed up first, so a restore can itself be undone).

The dialog does not own the open catalogue: the window passes ``backup_now`` (its open
Catalog's ``backup``) and ``restore`` (close, restore, reopen), and standalone defaults use
the store directly. Questions go through ``confirm``/``inform`` so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Backup, CatalogError, list_backups, open_catalog, restore_backup
from db import BackupKind as Kind
from desktop.ui.errors import error_text
from desktop.ui.shell.dialogs import settle, short_title

Done = Callable[[object], object]
Failed = Callable[[Exception], object]
BackUp = Callable[[Done, Failed], None]
"""``backup_now(done, failed)``: make a backup (the window's, on its worker)."""
Restore = Callable[[Path, Done, Failed], None]
"""``restore(backup, done, failed)``: put ``backup`` in place of the catalogue."""


def _at_once(work: Callable[[], object]) -> BackUp:
    """Standalone: do ``work`` now, then report as the window's worker would."""

    def run(done: Done, failed: Failed) -> None:
        try:
            result = work()
        except (CatalogError, OSError) as error:
            failed(error)
            return
        done(result)

    return run


class BackupsDialog(QDialog):
    """A list of the catalogue's backups, newest first, with Back up now and Restore."""

    restored = Signal(Path)
    """A backup (its path) replaced the catalogue: the window must reopen it."""

    def __init__(
        self,
        catalogue: Path,
        *,
        passphrase: str | None = None,
        backup_now: BackUp | None = None,
        restore: Restore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.catalogue = catalogue
        self.passphrase = passphrase
        self._backup_now = backup_now or _at_once(lambda: self._open_and_back_up())
        self._restore = restore or (
            lambda path, done, failed: _at_once(
                lambda: restore_backup(catalogue, path, passphrase=passphrase)
            )(done, failed)
        )
        self.backups: list[Backup] = []
        self.setWindowTitle(self.tr("Backups of %1").replace("%1", short_title(catalogue.name)))
        self.resize(640, 360)

        note = QLabel(
            self.tr(
                "Pactum backs the catalogue up before every update of its format and on the "
                "first opening of each day, keeping 7 daily and 4 weekly copies. Each copy "
                "was checked after it was written."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Records"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    # -- replaceable questions ---------------------------------------------------------

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)

    # -- the list ----------------------------------------------------------------------

    def kind_label(self, kind: Kind) -> str:
        return {
            Kind.DAILY: self.tr("daily"),
            Kind.MANUAL: self.tr("made by hand"),
            Kind.PRE_MIGRATION: self.tr("before an update"),
            Kind.PRE_RESTORE: self.tr("before a restore"),
            Kind.PRE_ENCRYPTION: self.tr("before encryption"),
            Kind.DAMAGED: self.tr("damaged file set aside"),
        }[kind]

    def refresh(self) -> None:
        self.backups = list_backups(self.catalogue, self.passphrase)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            records = self.tr("unreadable") if backup.records is None else f"{backup.records:,}"
            cells = (
                backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self.kind_label(backup.kind),
                records,
                f"{backup.size / 1024:,.0f} KB",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            chosen is not None and chosen.kind is not Kind.DAMAGED and chosen.records is not None
        )

    # -- actions -----------------------------------------------------------------------

    def _open_and_back_up(self) -> Backup:
        with open_catalog(self.catalogue, passphrase=self.passphrase) as catalog:
            return catalog.backup()

    def back_up(self) -> None:
        def failed(error: Exception) -> None:
            self.inform(self.tr("No backup was made: %1").replace("%1", error_text(error)))
            self.refresh()

        self._backup_now(lambda _backup: self.refresh(), failed)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        question = (
            self.tr(
                "Replace the catalogue with the backup of %1 (%2 records)? The current "
                "catalogue is backed up first, so you can go back to it from this list."
            )
            .replace("%1", when)
            .replace("%2", f"{chosen.records:,}")
        )
        if not self.confirm(question):
            return

        def restored(_result: object) -> None:
            self.restored.emit(chosen.path)
            self.refresh()

        def failed(error: Exception) -> None:
            self.inform(self.tr("Nothing was restored: %1").replace("%1", error_text(error)))

        self._restore(chosen.path, restored, failed)
