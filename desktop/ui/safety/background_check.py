"""The whole-file check and the day's backup, in the background of an open window.

Both read every page (seconds on a large catalogue), so they run on a worker of their
own: the user's searches, reads and writes never queue behind them. A check of a file the
window no longer shows is interrupted, and its failure dropped; damage found in the file
shown is handed to restore/salvage; any other failure, and a failed backup, is said in
the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from db import Catalog, is_damage
from desktop.ui.errors import error_text
from desktop.ui.ops import Operations, QueryOp
from desktop.ui.ops.runner import Runner
from desktop.ui.shell.prompts import Prompter


def verify_and_back_up(catalog: Catalog, _progress: object) -> str | None:
    """On the worker, once a day (when the day's backup is due): check the whole file, then
    make that backup (minutes on a million records, so never more often); returns why the
    backup failed, if it did."""
    return catalog.daily_backup(starting=catalog.verify)


class BackgroundCheck(QObject):
    """Checks each catalogue the window opens, on ``runner``, without holding anything up."""

    def __init__(
        self,
        runner: Runner,
        shares_worker: bool,
        prompter: Prompter,
        status: Callable[[str], None],
        on_damage: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._own_worker = not shares_worker
        self._status = status
        self._on_damage = on_damage
        self.ops = Operations(runner, prompter, status, parent)
        self.ops.on_damage = on_damage
        self._shown: Catalog | None = None

    def start(self, catalog: Catalog) -> None:
        """Check ``catalog`` (now shown); a check still running on another is stopped."""
        self._shown = catalog
        if self._own_worker:
            self._runner.interrupt()
            self._runner.set_path(catalog.path, catalog.passphrase)
        query = QueryOp(self.ops, verify_and_back_up)
        query.success(self._backed_up).failure(lambda error: self._failed(catalog, error)).run()

    def retire(self) -> None:
        self.ops.retired = True

    def _failed(self, catalog: Catalog, error: BaseException) -> None:
        if self.ops.retired or catalog is not self._shown:
            return
        if is_damage(error):
            self._on_damage(error)
        else:
            text = QCoreApplication.translate(
                "MainWindow", "The background check did not finish: %1"
            )
            self._status(text.replace("%1", error_text(error)))

    def _backed_up(self, problem: str | None) -> None:
        if problem and not self.ops.retired:
            text = QCoreApplication.translate("MainWindow", "Today's backup failed: %1")
            self._status(text.replace("%1", problem))
