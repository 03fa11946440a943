"""Window search benchmark (issue 4): what a search costs the window on 100,000 records.

For the search benchmark's 50 queries it prints p50/p95 of the worker's jobs — the best
page with snippets (what the table shows first), and all jobs until every match is listed
— and of the longest single step on the GUI thread (showing an answer: table reload,
chips, repaint; what typing can feel), and, as the baseline measured in the same run,
``db.search.search`` for the top 20 (what ``pactum search`` does). Run with ``make bench``.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db import open_catalog
from db.search import search
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.benchmarks.generate import build_catalogue
from tests.benchmarks.test_search_bench import QUERIES

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))


class TimingRunner(SyncRunner):
    """Runs each job at once, timing the job (the worker's part) apart from its callback
    and the repaint it causes (the GUI thread's part). A callback that submits the next
    job runs it inside itself here; that job's time is the worker's, not the callback's."""

    def __init__(self, catalog) -> None:
        super().__init__(catalog)
        self.worker_ms: list[float] = []
        self.gui_ms: list[float] = []
        self._inner: list[float] = []
        """Per running timed call: milliseconds of timed calls nested in it."""

    def _timed(self, call, record: list[float]):
        self._inner.append(0.0)
        started = time.perf_counter()
        try:
            return call()
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            record.append(elapsed - self._inner.pop())
            if self._inner:
                self._inner[-1] += elapsed

    def submit(self, job, on_done, on_failed, on_progress=None):
        def timed_job(catalog, progress):
            return self._timed(lambda: job(catalog, progress), self.worker_ms)

        def timed_done(result):
            self._timed(lambda: (on_done(result), QApplication.processEvents()), self.gui_ms)

        return super().submit(timed_job, timed_done, on_failed, on_progress)


def _p50_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


@pytest.mark.benchmark
def test_window_search_keeps_the_gui_thread_free(qapp, tmp_path: Path) -> None:
    path = build_catalogue(tmp_path / "generated.pactum", N)
    with open_catalog(path) as catalog:
        runner = TimingRunner(lambda: catalog)
        window = MainWindow(catalog, Settings({}), runner)
        window.resize(1400, 820)
        window.show()
        QApplication.processEvents()
        found: list[int] = []
        rows = []
        for typing in (False, True):
            first, every, gui = [], [], []
            for query in QUERIES:
                jobs, callbacks = len(runner.worker_ms), len(runner.gui_ms)
                window.search(query, typing)
                found.append(window.model.rowCount())
                first.append(runner.worker_ms[jobs])
                every.append(sum(runner.worker_ms[jobs:]))
                gui.append(max(runner.gui_ms[callbacks:]))
            rows.append(("as you type" if typing else "Enter", first, every, gui))
        baseline = []
        for query in QUERIES:
            started = time.perf_counter()
            search(catalog, query, limit=20)
            baseline.append((time.perf_counter() - started) * 1000)
        window.close()
    hits = statistics.median(found)
    print(f"\nwindow search on {N:,} records, {len(QUERIES)} queries, median {hits:,.0f} hits")
    base50, base95 = _p50_p95(baseline)
    print(f"  baseline search(limit=20):        p50 {base50:7.1f} ms  p95 {base95:7.1f} ms")
    for name, first, every, gui in rows:
        for label, values in (
            ("worker, best page", first),
            ("worker, every match", every),
            ("GUI thread, a step", gui),
        ):
            p50, p95 = _p50_p95(values)
            print(
                f"  {name:11} {label:20} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms "
                f"({p95 / base95:.1f}x baseline p95)"
            )
    assert len(found) == 2 * len(QUERIES)
