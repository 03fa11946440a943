"""A runner that holds each job until the test lets it run: orderings made deterministic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db import Catalog
from desktop.ui.ops.runner import Done, Failed, Job, Progressed, TaskProgress


class QueuedRunner:
    """Jobs wait in ``pending`` until ``run_next`` (or ``run_all``) runs them."""

    def __init__(self, catalog: Callable[[], Catalog]) -> None:
        self._catalog = catalog
        self.pending: list[tuple[Job, Done, Failed]] = []
        self.paths: list[Path | None] = []
        self.interrupts = 0

    def submit(
        self, job: Job, on_done: Done, on_failed: Failed, on_progress: Progressed | None = None
    ) -> TaskProgress:
        self.pending.append((job, on_done, on_failed))
        return TaskProgress(lambda _done, _total: None)

    def run_next(self) -> None:
        job, on_done, on_failed = self.pending.pop(0)
        try:
            result = job(self._catalog(), TaskProgress(lambda _done, _total: None))
        except Exception as error:
            on_failed(error)
        else:
            on_done(result)

    def run_all(self) -> None:
        while self.pending:
            self.run_next()

    def fail_next(self, error: Exception) -> None:
        """The next job fails with ``error`` without running (as an interrupted one would)."""
        _job, _on_done, on_failed = self.pending.pop(0)
        on_failed(error)

    def set_path(self, path: Path | None, passphrase: str | None = None) -> None:
        self.paths.append(path)

    def interrupt(self) -> None:
        self.interrupts += 1

    def shutdown(self) -> None:
        pass
