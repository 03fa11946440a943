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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from db import (
    Backup,
    Catalog,
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
from desktop.ui.context import WindowContext
from desktop.ui.errors import error_text
from desktop.ui.ops import CatalogOp, FileOp, Operations, QueryOp
from desktop.ui.safety.backups_dialog import BackupsDialog
from desktop.ui.safety.damaged_dialog import DamageChoice, DamagedDialog
from desktop.ui.shell.actions import Act

COUNTS = {
    "agreements": QT_TRANSLATE_NOOP("SafetyTools", "agreements"),
    "live": QT_TRANSLATE_NOOP("SafetyTools", "live"),
    "in trash": QT_TRANSLATE_NOOP("SafetyTools", "in trash"),
    "parties": QT_TRANSLATE_NOOP("SafetyTools", "parties"),
    "subjects": QT_TRANSLATE_NOOP("SafetyTools", "subjects"),
    "history entries": QT_TRANSLATE_NOOP("SafetyTools", "history entries"),
}
"""The full check's counts, as the "sound" message names them."""


def _check(ops: Operations, catalog: Catalog) -> QueryOp[CheckReport]:
    """The check, on the worker: a file is checked through a read-only connection of its
    own; a catalogue in memory exists only on the worker's connection, so that one is."""
    path, passphrase = catalog.path, catalog.passphrase
    if path is None:
        return QueryOp(ops, lambda worker, _p: check_connection(worker.conn, "(in memory)"))
    return FileOp(ops, lambda _progress: check_path(path, passphrase))


class SafetyTools(QObject):
    """Checks, backups, restore and salvage for one window."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.CHECK, self.check_catalogue)
        ctx.actions.on(Act.BACKUPS, self.show_backups)
        ctx.catalogue_opened.connect(lambda _catalog: ctx.window.setEnabled(True))

    def _title(self) -> str:
        return self.tr("Check Catalogue")

    # -- the check --------------------------------------------------------------------

    def check_catalogue(self) -> None:
        check = _check(self.ctx.ops, self.ctx.catalog)
        check.with_progress(self.tr("Checking the catalogue…")).titled(self._title())
        check.success(self._checked).failure(self._not_checked).run()

    def _not_checked(self, error: Exception) -> None:
        self.ctx.prompter.error(self._title(), error_text(error))

    def _checked(self, report: CheckReport) -> None:
        if report.ok:
            counts = ", ".join(
                f"{QCoreApplication.translate('SafetyTools', COUNTS.get(name, name))}: {count:,}"
                for name, count in report.counts.items()
            )
            self.ctx.prompter.inform(
                self._title(), self.tr("The catalogue is sound (%1).").replace("%1", counts)
            )
            return
        if not report.problems:  # the file is sound; some records or objects are not
            found = "\n".join([*report.foreign, *report.bad_records][:20])
            self.ctx.prompter.inform(
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
        typed = as_catalog_error(error, str(self.ctx.catalog.path or "(in memory)"))
        if not is_damage(typed or error):
            self.ctx.prompter.error(self._title(), error_text(typed or error))
            return
        self.ctx.window.setEnabled(False)
        self.ctx.stop_reading()  # no more reads of its pages
        if self.ctx.catalog.path is None:
            self.ctx.prompter.error(self.tr("The catalogue is damaged"), error_text(error))
            return
        reason = error.reason if isinstance(error, DamagedCatalogError) else error_text(error)
        self.show_damaged([reason])

    def show_damaged(self, problems: tuple[str, ...] | list[str]) -> None:
        """Say what is damaged and offer restore, salvage or nothing (not blocking); the
        newest good backup is looked for on the worker first (it checks each backup)."""
        catalog = self.ctx.catalog
        if catalog.path is None:
            self.ctx.prompter.error(self._title(), "\n".join(problems))
            return
        path, passphrase = catalog.path, catalog.passphrase
        find = FileOp(self.ctx.ops, lambda _p: newest_good_backup(path, passphrase))
        find.titled(self._title()).success(
            lambda newest: self._offer(path, passphrase, problems, newest)
        ).run()

    def _offer(
        self,
        path: Path,
        passphrase: str | None,
        problems: tuple[str, ...] | list[str],
        newest: Backup | None,
    ) -> DamagedDialog:
        dialog = DamagedDialog(path, problems, newest, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ask_salvage_target = lambda: self.ctx.prompter.save_path(
            self.tr("Salvage into a new catalogue"),
            str(path.with_name(f"{path.stem} (salvaged){path.suffix}")),
            "Pactum (*.pactum)",
        )
        dialog.accepted.connect(lambda: self._chosen(dialog, path, passphrase))
        dialog.open()
        return dialog

    def _chosen(self, dialog: DamagedDialog, path: Path, passphrase: str | None) -> None:
        if dialog.choice is DamageChoice.RESTORE:

            def restore() -> object:
                newest = newest_good_backup(path, passphrase)
                if newest is None:
                    return None
                return restore_backup(path, newest.path, passphrase=passphrase)

            self.replace_file(
                restore,
                lambda _result: None,
                lambda error: self.ctx.prompter.error(  # busy elsewhere: nothing changed
                    self.tr("Nothing was restored"), error_text(error)
                ),
            )
        elif dialog.choice is DamageChoice.SALVAGE and dialog.salvage_target is not None:
            self.salvage_into(path, dialog.salvage_target, passphrase)

    def salvage_into(self, source: Path, target: Path, passphrase: str | None) -> None:
        """Copy what can be read into ``target`` on the worker, then open it."""
        op = FileOp(
            self.ctx.ops,
            lambda progress: salvage(source, target, passphrase=passphrase, progress=progress),
        )
        op.with_progress(self.tr("Salvaging into %1…").replace("%1", target.name))
        op.titled(self.tr("Salvage"))
        op.success(lambda _report: self.ctx.open_catalogue(target)).run()

    # -- backups ----------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog | None:
        catalog = self.ctx.catalog
        title = self.tr("Backups")
        if catalog.path is None:
            self.ctx.prompter.inform(
                title, self.tr("A catalogue in memory has no backups: save a copy first.")
            )
            return None
        path = catalog.path
        dialog = BackupsDialog(
            path,
            passphrase=catalog.passphrase,
            backup_now=lambda done, failed: (
                CatalogOp(self.ctx.ops, lambda worker, _p: worker.backup())
                .success(done)
                .failure(failed)
                .run()
            ),
            restore=lambda backup, done, failed: self.replace_file(
                lambda: restore_backup(path, backup, passphrase=catalog.passphrase), done, failed
            ),
            parent=self.ctx.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirm = lambda text: self.ctx.prompter.confirm(title, text)
        dialog.inform = lambda text: self.ctx.prompter.inform(title, text)
        dialog.open()
        return dialog

    # -- replacing the open file ------------------------------------------------------

    def replace_file(
        self,
        replace: Callable[[], object],
        done: Callable[[object], object],
        failed: Callable[[Exception], object],
    ) -> None:
        """Close every connection to the open file, run ``replace`` on the worker, reopen
        the file, then ``done(result)``, or ``failed(error)`` when ``replace`` failed (a
        failed restore leaves the old file in place; it is reopened all the same).

        The window stops reading (its table is emptied) and closes its connection; the
        worker closes its own after the jobs already queued, then replaces the file."""
        ctx = self.ctx
        path = ctx.catalog.path
        assert path is not None
        ctx.stop_reading()
        ctx.catalog.close()
        ctx.runner.set_path(None)

        def reopened(result: object) -> None:
            ctx.open_catalogue(path)
            done(result)

        def refused(error: Exception) -> None:
            ctx.open_catalogue(path)
            failed(error)

        FileOp(ctx.ops, lambda _progress: replace()).success(reopened).failure(refused).run()
