"""Long catalogue work off the GUI thread: one worker thread with its own connection.

A job is a plain function ``job(catalog, progress) -> result`` (the same ones the command
line calls). ``ThreadRunner`` runs jobs one at a time on a single QThread that opens its
own ``Catalog`` on the window's file, so no connection is ever used by two threads at once;
results come back through queued signals. ``SyncRunner`` runs the job at once on the
window's own catalogue: tests use it to stay deterministic.
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

from db import Catalog, open_catalog

Job = Callable[[Catalog, "TaskProgress"], object]
Done = Callable[[object], None]
Failed = Callable[[BaseException], None]
Progressed = Callable[[int, int], None]


class FileJob:
    """A job on the catalogue *file* rather than through a connection (a restore swaps the
    file, a salvage reads a damaged one): the worker runs ``work(progress)`` without opening
    its connection first."""

    def __init__(self, work: Callable[[TaskProgress], object]) -> None:
        self.work = work

    def __call__(self, _catalog: object, progress: TaskProgress) -> object:
        return self.work(progress)


class TaskProgress:
    """The ``db.progress.Progress`` a job sees: reports go to a callback, cancel is a flag."""

    def __init__(self, report: Progressed) -> None:
        self._report = report
        self._cancel = threading.Event()

    def set(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Runner(Protocol):
    def submit(
        self, job: Job, on_done: Done, on_failed: Failed, on_progress: Progressed | None = None
    ) -> TaskProgress:
        """Start ``job``; the callbacks run on the GUI thread. Returns its cancel handle."""

    def set_path(self, path: Path | None, passphrase: str | None = None) -> None:
        """The catalogue file jobs work on from now on (and its passphrase, if encrypted)."""

    def interrupt(self) -> None:
        """Stop the running job's SQL statement now (a check nobody waits for)."""

    def shutdown(self) -> None:
        """Finish the running job and stop."""


class SyncRunner:
    """Runs each job immediately, on the caller's thread and the caller's catalogue."""

    def __init__(self, catalog: Callable[[], Catalog]) -> None:
        self._catalog = catalog

    def submit(
        self, job: Job, on_done: Done, on_failed: Failed, on_progress: Progressed | None = None
    ) -> TaskProgress:
        progress = TaskProgress(on_progress or (lambda done, total: None))
        try:
            result = (
                job(None, progress) if isinstance(job, FileJob) else job(self._catalog(), progress)
            )
        except Exception as error:  # the job's failure is reported, as the thread would
            on_failed(error)
        else:
            on_done(result)
        return progress

    def set_path(self, path: Path | None, passphrase: str | None = None) -> None:
        pass

    def interrupt(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


class _Worker(QObject):
    """Lives in the worker thread; owns that thread's catalogue connection."""

    succeeded = Signal(int, object)
    """Job ``n`` returned a result."""
    errored = Signal(int, object)
    """Job ``n`` raised an error."""
    progressed = Signal(int, int, int)
    """Job ``n`` finished ``done`` of ``total`` steps."""

    def __init__(self) -> None:
        super().__init__()
        self._path: Path | None = None
        self._passphrase: str | None = None
        self._catalog: Catalog | None = None

    @Slot(object)
    def use_path(self, target: object) -> None:
        """``target``: a (path, passphrase) pair, or None to close the connection."""
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None
        path, passphrase = target if isinstance(target, tuple) else (None, None)
        self._path = path if isinstance(path, Path) else None
        self._passphrase = passphrase if isinstance(passphrase, str) else None

    @Slot(int, object, object)
    def run(self, number: int, job: object, progress: object) -> None:
        assert callable(job) and isinstance(progress, TaskProgress)
        try:
            if isinstance(job, FileJob):
                self.succeeded.emit(number, job.work(progress))
                return
            if self._catalog is None:
                if self._path is None:
                    raise RuntimeError("no catalogue is open")
                self._catalog = open_catalog(  # the window verifies and backs up
                    self._path, verify=False, daily_backup=False, passphrase=self._passphrase
                )
            result = job(self._catalog, progress)
        except Exception as error:
            self.errored.emit(number, error)
        else:
            self.succeeded.emit(number, result)

    @Slot()
    def close(self) -> None:
        self.use_path(None)

    def interrupt(self) -> None:
        """From the GUI thread: stop the statement the job is running (SQLite allows it)."""
        catalog = self._catalog
        if catalog is not None:
            catalog.interrupt()


GUI_SWITCH_INTERVAL_S = 0.001
"""The longest the GUI thread waits for the interpreter lock while the worker holds it."""


class ThreadRunner(QObject):
    """One background thread, one job at a time, in submission order."""

    _run_requested = Signal(int, object, object)
    """Internal: hand a job to the worker (queued into its thread)."""
    _path_changed = Signal(object)
    """Internal: tell the worker which file to open."""
    _close_requested = Signal()
    """Internal: ask the worker to close its connection."""

    def __init__(self, path: Path | None = None, passphrase: str | None = None) -> None:
        super().__init__()
        # While the worker runs Python (a check reading every record, a merge), the GUI
        # thread waits for the interpreter lock up to the switch interval at each of the
        # many times a pass of its event loop needs it: at the default 5 ms, a repaint took
        # over 50 ms on the 100,000-record benchmark; at 1 ms it stays well under.
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self._thread = QThread()
        self._thread.setObjectName("pactum-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._run_requested.connect(self._worker.run)
        self._path_changed.connect(self._worker.use_path)
        self._close_requested.connect(self._worker.close)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.errored.connect(self._on_errored)
        self._worker.progressed.connect(self._on_progressed)
        self._numbers = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed, Progressed | None]] = {}
        self._thread.start()
        self.set_path(path, passphrase)

    def set_path(self, path: Path | None, passphrase: str | None = None) -> None:
        self._path_changed.emit((path, passphrase))

    @property
    def busy(self) -> bool:
        """True while a submitted job has not reported back yet."""
        return bool(self._callbacks)

    def submit(
        self, job: Job, on_done: Done, on_failed: Failed, on_progress: Progressed | None = None
    ) -> TaskProgress:
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_failed, on_progress)
        progress = TaskProgress(
            lambda done, total: self._worker.progressed.emit(number, done, total)
        )
        self._run_requested.emit(number, job, progress)
        return progress

    def _on_succeeded(self, number: int, result: object) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is not None:  # none after shutdown: whoever asked may be gone
            callbacks[0](result)

    def _on_errored(self, number: int, error: object) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is not None:
            callbacks[1](error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def _on_progressed(self, number: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(number)
        if callbacks and callbacks[2] is not None:
            callbacks[2](done, total)

    def interrupt(self) -> None:
        """Stop the running job's statement (its callbacks still report the failure)."""
        if self.busy:
            self._worker.interrupt()

    def __del__(self) -> None:
        """A runner dropped without ``shutdown`` still stops its thread first: Qt aborts
        the whole process when a running thread is destroyed."""
        try:
            if self._thread.isRunning():
                self._thread.quit()
                self._thread.wait()
        except (AttributeError, RuntimeError):  # half-built, or Qt already deleted it
            pass

    def shutdown(self) -> None:
        """Let the running job finish, stop the thread, and forget every callback: a result
        or progress report still queued for the GUI thread then reaches no one (the dialog
        that asked for it may already be destroyed)."""
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait()
        self._callbacks.clear()
