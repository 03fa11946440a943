"""Tools › Check Catalogue and Tools › Backups…: the safety dialogs, run from the window.

The full check runs on the worker (it reads every page). A damaged catalogue gets the
damaged dialog: restore the newest good backup, or salvage what can be read into a new
file (on the worker, cancellable), which the window then opens. Replacing the open file
(a restore) needs every connection to it closed first — the worker's and the window's —
because the restore swaps the file underneath them; the window reopens it afterwards.
A catalogue that is busy (locked by another program), read-only or on a full disk is not
damaged: the window says so and offers neither restore nor salvage.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt

from db import (
    Catalog,
    CatalogError,
    CheckReport,
    DamagedCatalogError,
    as_catalog_error,
    check_connection,
    check_path,
    is_damage,
    newest_good_backup,
    restore_backup,
    salvage,
)
from desktop.ui.actions import Act
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.damaged_dialog import DamageChoice, DamagedDialog

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

COUNTS = {
    "agreements": QT_TRANSLATE_NOOP("SafetyTools", "agreements"),
    "live": QT_TRANSLATE_NOOP("SafetyTools", "live"),
    "in trash": QT_TRANSLATE_NOOP("SafetyTools", "in trash"),
    "parties": QT_TRANSLATE_NOOP("SafetyTools", "parties"),
    "subjects": QT_TRANSLATE_NOOP("SafetyTools", "subjects"),
    "history entries": QT_TRANSLATE_NOOP("SafetyTools", "history entries"),
}
"""The full check's counts, as the "sound" message names them."""


def _check(path: Path | None, passphrase: str | None) -> Callable[[Catalog, object], CheckReport]:
    """The worker's job: a file is checked through a read-only connection of its own; a
    catalogue in memory exists only on the worker's connection, so that one is checked."""
    if path is None:
        return lambda catalog, _progress: check_connection(catalog.conn, "(in memory)")
    return lambda _catalog, _progress: check_path(path, passphrase)


class SafetyTools(QObject):
    """Checks, backups, restore and salvage for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.actions_.on(Act.CHECK, self.check_catalogue)
        window.actions_.on(Act.BACKUPS, self.show_backups)
        window.files.catalogue_opened.connect(lambda _catalog: window.setEnabled(True))

    def _title(self) -> str:
        return self.tr("Check Catalogue")

    # -- the check --------------------------------------------------------------------

    def check_catalogue(self) -> None:
        catalog = self.window.catalog
        self.window.statusBar().showMessage(self.tr("Checking the catalogue…"))
        self.window.runner.submit(
            _check(catalog.path, catalog.passphrase),
            self._checked,
            lambda error: self.window.prompter.error(self._title(), str(error)),
        )

    def _checked(self, report: object) -> None:
        self.window.statusBar().clearMessage()
        assert isinstance(report, CheckReport)
        if report.ok:
            counts = ", ".join(
                f"{QCoreApplication.translate('SafetyTools', COUNTS.get(name, name))}: {count:,}"
                for name, count in report.counts.items()
            )
            self.window.prompter.inform(
                self._title(), self.tr("The catalogue is sound (%1).").replace("%1", counts)
            )
            return
        if not report.problems:  # the file is sound; some records or objects are not
            found = "\n".join([*report.foreign, *report.bad_records][:20])
            self.window.prompter.inform(
                self._title(),
                self.tr("The file is sound, but Pactum cannot read all of it:") + "\n" + found,
            )
            return
        self.show_damaged(report.problems)

    def damaged(self, error: BaseException) -> None:
        """The background check found the open file damaged: stop using it (the window is
        disabled until another file is open) and offer the damaged dialog's ways out.
        A file that could not be checked because it is busy, read-only or on a full disk
        (or any other failure) is not damaged: say so and change nothing."""
        typed = as_catalog_error(error, str(self.window.catalog.path or "(in memory)"))
        if not is_damage(typed or error):
            self.window.prompter.error(self._title(), str(typed or error))
            return
        self.window.setEnabled(False)
        self.window.model.set_ids_source(lambda *_ignored: [])  # no more reads of its pages
        if self.window.catalog.path is None:
            self.window.prompter.error(self.tr("The catalogue is damaged"), str(error))
            return
        reason = error.reason if isinstance(error, DamagedCatalogError) else str(error)
        self.show_damaged([reason])

    def show_damaged(self, problems: tuple[str, ...] | list[str]) -> DamagedDialog | None:
        """Say what is damaged and offer restore, salvage or nothing (not blocking)."""
        catalog = self.window.catalog
        if catalog.path is None:
            self.window.prompter.error(self._title(), "\n".join(problems))
            return None
        path, passphrase = catalog.path, catalog.passphrase
        dialog = DamagedDialog(path, problems, newest_good_backup(path, passphrase), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ask_salvage_target = lambda: self.window.prompter.save_path(
            self.tr("Salvage into a new catalogue"),
            str(path.with_name(f"{path.stem} (salvaged){path.suffix}")),
            "Pactum (*.pactum)",
        )
        dialog.accepted.connect(lambda: self._chosen(dialog, path, passphrase))
        dialog.open()
        return dialog

    def _chosen(self, dialog: DamagedDialog, path: Path, passphrase: str | None) -> None:
        if dialog.choice is DamageChoice.RESTORE:
            newest = newest_good_backup(path, passphrase)
            if newest is not None:
                try:
                    self.replace_file(
                        lambda: restore_backup(path, newest.path, passphrase=passphrase)
                    )
                except (CatalogError, OSError) as error:  # busy elsewhere: nothing changed
                    self.window.prompter.error(self.tr("Nothing was restored"), str(error))
        elif dialog.choice is DamageChoice.SALVAGE and dialog.salvage_target is not None:
            self.salvage_into(path, dialog.salvage_target, passphrase)

    def salvage_into(self, source: Path, target: Path, passphrase: str | None) -> None:
        """Copy what can be read into ``target`` on the worker, then open it."""
        title = self.tr("Salvage")

        def opened(report: object) -> None:
            self.window.statusBar().clearMessage()
            self.window.files.open_catalogue(target)

        self.window.statusBar().showMessage(
            self.tr("Salvaging into %1…").replace("%1", target.name)
        )
        self.window.runner.submit(
            lambda _catalog, progress: salvage(
                source, target, passphrase=passphrase, progress=progress
            ),
            opened,
            lambda error: self.window.prompter.error(title, str(error)),
        )

    # -- backups ----------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog | None:
        catalog = self.window.catalog
        title = self.tr("Backups")
        if catalog.path is None:
            self.window.prompter.inform(
                title, self.tr("A catalogue in memory has no backups: save a copy first.")
            )
            return None
        path = catalog.path
        dialog = BackupsDialog(
            path,
            passphrase=catalog.passphrase,
            backup_now=lambda: self.window.catalog.backup(),
            restore=lambda backup: self.replace_file(
                lambda: restore_backup(path, backup, passphrase=catalog.passphrase)
            ),
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirm = lambda text: self.window.prompter.confirm(title, text)
        dialog.inform = lambda text: self.window.prompter.inform(title, text)
        dialog.open()
        return dialog

    # -- replacing the open file ------------------------------------------------------

    def replace_file(self, replace: Callable[[], object]) -> object:
        """Close every connection to the open file, run ``replace``, reopen the file.

        The worker closes its connection as a job (so it finishes what it was doing
        first); the window's is closed next. The file is reopened even when ``replace``
        fails (a failed restore leaves the old file in place), and the error is re-raised
        for the caller to report."""
        window = self.window
        path = window.catalog.path
        assert path is not None
        finished: list[bool] = []
        loop = QEventLoop()

        def done(_result: object) -> None:
            finished.append(True)
            loop.quit()

        window.runner.submit(lambda catalog, _progress: catalog.close(), done, done)
        if not finished:
            loop.exec()
        window.catalog.close()
        try:
            return replace()
        finally:
            window.files.open_catalogue(path)
