"""Tools › Check Catalogue and Tools › Backups…: the safety dialogs, run from the window.

The full check runs on the worker (it reads every page). A damaged catalogue gets the
damaged dialog (``damage_offer``): restore the newest good backup, salvage what can be
read into a new file (on the worker, cancellable), which the window then opens, or open
another catalogue. Replacing the open file
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
    Catalog,
    CheckReport,
    DamagedCatalogError,
    as_catalog_error,
    check_connection,
    check_path,
    is_damage,
    restore_backup,
)
from desktop.ui.context import WindowContext
from desktop.ui.errors import error_text
from desktop.ui.ops import CatalogOp, FileOp, Operations, QueryOp
from desktop.ui.safety.backups_dialog import BackupsDialog
from desktop.ui.safety.damage_offer import DamageOffer
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
        self.offer = DamageOffer(
            ctx.ops,
            ctx.window,
            lambda path: ctx.open_catalogue(path),
            ctx.actions[Act.OPEN_CATALOGUE].trigger,
        )

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
        """Say what is damaged in the open file and offer the ways out (not blocking)."""
        catalog = self.ctx.catalog
        if catalog.path is None:
            self.ctx.prompter.error(self._title(), "\n".join(problems))
            return
        self.offer.offer(catalog.path, catalog.passphrase, problems, self.replace_file)

    def damaged_file(self, path: Path, error: BaseException) -> None:
        """A file the window could not open (Open recent) is damaged: the same offer; the
        open catalogue stays as it is."""
        reason = error.reason if isinstance(error, DamagedCatalogError) else error_text(error)
        self.offer.offer(path, None, [reason])

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
