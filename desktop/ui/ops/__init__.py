"""The one way the window does catalogue work: ``QueryOp`` reads, ``CatalogOp`` writes.

After Anki's ``aqt.operations`` (``QueryOp``, ``CollectionOp`` and ``OpChanges``): an
operation is a plain function ``work(catalog, progress) -> T`` (the same functions the
command line calls), run on the window's single worker (``ops.runner``), never on the GUI
thread. Success and failure callbacks run on the GUI thread. Errors are shown in one
place (``Operations.show_error``, in the window's language), progress in the status bar.
A ``CatalogOp`` takes the catalogue's ``Changes`` on the worker, right after its work,
and publishes them once on the ``ChangeBus``; each view subscribes once and refreshes
only what changed.

    CatalogOp(ops, lambda catalog, _p: catalog.delete(agreement_id)).success(done).run()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db import NOTHING, Cancelled, Catalog, Changes, is_damage
from desktop.ui.errors import error_text
from desktop.ui.ops.runner import FileJob, Runner, TaskProgress
from desktop.ui.shell.prompts import Prompter

type Work[T] = Callable[[Catalog, TaskProgress], T]
"""What an operation does, on the worker, with the worker's catalogue."""


Submit = Callable[
    [Callable[[Catalog], Any], Callable[[Any], object], Callable[[Exception], object]], None
]
"""How a dialog hands work to the operations layer without knowing it: ``submit(work,
done, failed)`` runs ``work(catalog)`` and calls ``done(result)`` or ``failed(error)``."""


def run_now(catalog: Catalog) -> Submit:
    """A ``Submit`` that runs at once on ``catalog`` (a dialog used on its own, in a test)."""

    def submit(
        work: Callable[[Catalog], Any],
        done: Callable[[Any], object],
        failed: Callable[[Exception], object],
    ) -> None:
        try:
            result = work(catalog)
        except Exception as error:  # reported as the worker would
            failed(error)
            return
        done(result)

    return submit


class ChangeBus(QObject):
    """Carries each operation's ``db.Changes`` to the views, once per operation."""

    changed = Signal(object)
    """A ``db.Changes`` (never empty)."""

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class Operations(QObject):
    """The window's runner, bus and error reporting, shared by every operation."""

    def __init__(
        self,
        runner: Runner,
        prompter: Prompter,
        status: Callable[[str], None] = lambda text: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.prompter = prompter
        self.bus = ChangeBus(self)
        self.status = status
        self.retired = False
        self.progress_parent = parent if isinstance(parent, QWidget) else None
        self.progress_dialog: QProgressDialog | None = None
        """The progress dialog shown now, if any."""
        self.on_damage: Callable[[BaseException], None] | None = None
        """Called instead of the error message when a failure means the file is damaged."""

    def show_error(self, title: str, error: BaseException) -> None:
        """The one place an operation's failure is shown (in the window's language)."""
        if self.retired:
            return
        if is_damage(error) and self.on_damage is not None:
            self.on_damage(error)
            return
        self.prompter.error(title, error_text(error))

    def writer(self) -> Submit:
        """A ``Submit`` that runs each work as a ``CatalogOp``."""
        return lambda work, done, failed: (
            CatalogOp(self, lambda catalog, _p: work(catalog)).success(done).failure(failed).run()
        )

    def reader(self) -> Submit:
        """A ``Submit`` that runs each work as a ``QueryOp``."""
        return lambda work, done, failed: (
            QueryOp(self, lambda catalog, _p: work(catalog)).success(done).failure(failed).run()
        )


class _Failed(Exception):
    """A write that failed after others in the same operation had succeeded."""

    def __init__(self, error: Exception, changes: Changes) -> None:
        super().__init__(str(error))
        self.error = error
        self.changes = changes


class QueryOp[T]:
    """Reads: runs ``work`` on the worker, then ``success(result)`` on the GUI thread."""

    def __init__(self, ops: Operations, work: Work[T]) -> None:
        self._ops = ops
        self._work = work
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[Exception], object] | None = None
        self._label: str | None = None
        self._dialog = False
        self._progressed: Callable[[int, int], object] | None = None
        self._title = QCoreApplication.translate("MainWindow", "Pactum")

    def success(self, callback: Callable[[T], object]) -> QueryOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> QueryOp[T]:
        """Handle the failure here instead of showing it (for example a form's problems);
        a cancelled operation comes here too (as ``db.Cancelled``)."""
        self._failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int], object]) -> QueryOp[T]:
        """Also tell ``callback(done, total)`` how far the work got (on the GUI thread)."""
        self._progressed = callback
        return self

    def titled(self, title: str) -> QueryOp[T]:
        """The title of the message that shows a failure."""
        self._title = title
        return self

    def with_progress(self, label: str, dialog: bool = False) -> QueryOp[T]:
        """Say ``label`` (and how far it got) while it runs: in the status bar, or with
        ``dialog`` in a window-modal progress dialog whose Cancel stops the work (which
        then fails with ``db.Cancelled``, not shown as an error)."""
        self._label = label
        self._dialog = dialog
        return self

    def run(self) -> TaskProgress:
        """Start on the worker; returns the cancel handle (``progress.cancel()``)."""
        ops, label = self._ops, self._label
        if label and self._dialog:
            return self._run_with_dialog(label)
        if label:
            ops.status(label)

        def progressed(done: int, total: int) -> None:
            if self._progressed is not None:
                self._progressed(done, total)
            if label and total:
                ops.status(f"{label} {100 * done // total}%")

        return ops.runner.submit(self._job(), self._done, self._failed, progressed)

    def _run_with_dialog(self, label: str) -> TaskProgress:
        ops = self._ops
        cancel = QCoreApplication.translate("FileOperations", "Cancel")
        dialog = QProgressDialog(label, cancel, 0, 0, ops.progress_parent)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        ops.progress_dialog = dialog

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def closed() -> None:
            dialog.reset()
            ops.progress_dialog = None

        def done(result: object) -> None:
            closed()
            self._done(result)

        def failed(error: BaseException) -> None:
            closed()
            self._failed(error)

        handle = ops.runner.submit(self._job(), done, failed, progressed)
        dialog.canceled.connect(handle.cancel)
        return handle

    # -- overridden by CatalogOp -------------------------------------------------------

    def _job(self) -> Callable[[Catalog, TaskProgress], object]:
        return self._work

    def _done(self, result: object) -> None:
        self._finish()
        if self._success is not None:
            self._success(result)  # type: ignore[arg-type]

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._failure is not None and isinstance(error, Exception):
            self._failure(error)
        elif not isinstance(error, Cancelled):  # the user asked for that: not an error
            self._ops.show_error(self._title, error)

    def _finish(self) -> None:
        if self._label:
            self._ops.status("")


class FileOp[T](QueryOp[T]):
    """Work on the catalogue *file*, not through a connection (restore, salvage, a check
    through a connection of its own): ``work(progress) -> T``, still on the one worker."""

    def __init__(self, ops: Operations, work: Callable[[TaskProgress], T]) -> None:
        super().__init__(ops, lambda _catalog, progress: work(progress))
        self._file_work = work

    def _job(self) -> Callable[[Catalog, TaskProgress], object]:
        return FileJob(self._file_work)


class CatalogOp[T](QueryOp[T]):
    """Writes: like ``QueryOp``, and publishes what the work changed on the bus, once,
    before ``success`` runs (so the views are current when the caller selects a row)."""

    def _job(self) -> Callable[[Catalog, TaskProgress], object]:
        work = self._work

        def job(catalog: Catalog, progress: TaskProgress) -> object:
            try:
                result = work(catalog, progress)
            except Exception as error:
                raise _Failed(error, catalog.take_changes()) from error
            return result, catalog.take_changes()

        return job

    def _done(self, result: object) -> None:
        assert isinstance(result, tuple)
        value, changes = result
        self._ops.bus.publish(changes)
        super()._done(value)

    def _failed(self, error: BaseException) -> None:
        changes = NOTHING
        if isinstance(error, _Failed):
            error, changes = error.error, error.changes
        self._ops.bus.publish(changes)
        super()._failed(error)


__all__ = ["CatalogOp", "ChangeBus", "FileOp", "Operations", "QueryOp", "Submit", "Work", "run_now"]
