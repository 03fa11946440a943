"""The damaged dialog's choices, carried out off the GUI thread: in the window (the open
file, or one Open recent could not open) and at start-up, before any window exists.

The newest good backup is looked for on the worker (it checks each backup), then the
dialog offers restore, salvage into a new file, another catalogue, or cancel (at start-up:
quit). Restore and salvage run on the worker as ``FileOp``s; neither writes to the
damaged file (a restore moves it, unchanged, into the backups folder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from db import Backup, newest_good_backup, restore_backup, salvage
from desktop.ui.errors import error_text
from desktop.ui.ops import FileOp, Operations
from desktop.ui.safety.damaged_dialog import DamageChoice, DamagedDialog

type Replace = Callable[
    [Callable[[], object], Callable[[object], object], Callable[[Exception], object]], None
]
"""Runs a job that replaces the open file: ``replace(job, done, failed)``."""


def restore_newest(path: Path, passphrase: str | None) -> object:
    """Put the newest good backup in place of ``path`` (None when there is none)."""
    newest = newest_good_backup(path, passphrase)
    if newest is None:
        return None
    return restore_backup(path, newest.path, passphrase=passphrase)


class DamageOffer(QObject):
    """Offers the ways out of one damaged file and carries out the one chosen."""

    def __init__(
        self,
        ops: Operations,
        parent_widget: QWidget | None,
        opened: Callable[[Path], object],
        another: Callable[[], object],
        cancelled: Callable[[], object] = lambda: None,
        at_start: bool = False,
    ) -> None:
        """``opened(path)`` shows a restored or salvaged file; ``another()`` asks for
        another catalogue; ``cancelled()`` follows Cancel (Quit at start-up) and a failed
        restore or salvage."""
        super().__init__(parent_widget or ops)
        self.ops = ops
        self.parent_widget = parent_widget
        self.opened = opened
        self.another = another
        self.cancelled = cancelled
        self.at_start = at_start
        self.dialog: DamagedDialog | None = None

    def offer(
        self,
        path: Path,
        passphrase: str | None,
        problems: list[str] | tuple[str, ...],
        replace: Replace | None = None,
    ) -> None:
        """Find the newest good backup on the worker, then show the dialog (not blocking).
        ``replace``: how to restore over a file the window has open (None: it is not)."""
        find = FileOp(self.ops, lambda _p: newest_good_backup(path, passphrase))
        find.titled(self.tr("The catalogue is damaged"))
        find.success(lambda newest: self._show(path, passphrase, problems, newest, replace))
        find.failure(lambda _error: self._show(path, passphrase, problems, None, replace)).run()

    def _show(
        self,
        path: Path,
        passphrase: str | None,
        problems: list[str] | tuple[str, ...],
        newest: Backup | None,
        replace: Replace | None,
    ) -> None:
        dialog = DamagedDialog(path, problems, newest, self.parent_widget, self.at_start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ask_salvage_target = lambda: self.ops.prompter.save_path(
            self.tr("Salvage into a new catalogue"),
            str(path.with_name(f"{path.stem} (salvaged){path.suffix}")),
            "Pactum (*.pactum)",
        )
        dialog.finished.connect(lambda _code: self._chosen(dialog, path, passphrase, replace))
        self.dialog = dialog
        dialog.open()

    def _chosen(
        self, dialog: DamagedDialog, path: Path, passphrase: str | None, replace: Replace | None
    ) -> None:
        self.dialog = None
        choice = dialog.choice
        if choice is DamageChoice.RESTORE:
            self.restore(path, passphrase, replace)
        elif choice is DamageChoice.SALVAGE and dialog.salvage_target is not None:
            self.salvage_into(path, dialog.salvage_target, passphrase)
        elif choice is DamageChoice.OPEN_ANOTHER:
            self.another()
        else:
            self.cancelled()

    def _refused(self, title: str) -> Callable[[Exception], None]:
        def refused(error: Exception) -> None:
            self.ops.prompter.error(title, error_text(error))
            self.cancelled()

        return refused

    def restore(self, path: Path, passphrase: str | None, replace: Replace | None) -> None:
        refused = self._refused(self.tr("Nothing was restored"))  # busy elsewhere: unchanged
        job = lambda: restore_newest(path, passphrase)  # noqa: E731
        if replace is not None:
            replace(job, lambda _result: None, refused)
            return
        op = FileOp(self.ops, lambda _progress: job())
        op.with_progress(self.tr("Restoring the newest good backup…"))
        op.success(lambda _result: self.opened(path)).failure(refused).run()

    def salvage_into(self, source: Path, target: Path, passphrase: str | None) -> None:
        """Copy what can be read into ``target`` on the worker, then open it."""
        op = FileOp(
            self.ops,
            lambda progress: salvage(source, target, passphrase=passphrase, progress=progress),
        )
        op.with_progress(self.tr("Salvaging into %1…").replace("%1", target.name))
        op.titled(self.tr("Salvage"))
        op.success(lambda _report: self.opened(target))
        op.failure(self._refused(self.tr("Salvage"))).run()
