"""Window search benchmark (issue 4): what a search costs the window on 100,000 records.

For the search benchmark's 50 queries it prints p50/p95 of the worker's job (every
matching id in order, snippets of the first page, the record highlighter) and of the GUI
thread's share (showing the answer: table reload, chips, first paint), and, as the baseline
measured in the same run, ``db.search.search`` for the top 20 (what ``pactum search``
does). The GUI thread's share is what typing can feel; it should stay far under a frame
budget of tens of milliseconds. Run with ``make bench``.
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
from desktop.ui.mainwindow import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.tasks import SyncRunner
from tests.benchmarks.generate import build_catalogue
from tests.benchmarks.test_search_bench import QUERIES

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))


class TimingRunner(SyncRunner):
    """Runs each job at once, timing the job (the worker's part) apart from its callback
    and the repaint it causes (the GUI thread's part)."""

    def __init__(self, catalog) -> None:
        super().__init__(catalog)
        self.worker_ms: list[float] = []
        self.gui_ms: list[float] = []

    def submit(self, job, on_done, on_failed, on_progress=None):
        def timed_job(catalog, progress):
            started = time.perf_counter()
            try:
                return job(catalog, progress)
            finally:
                self.worker_ms.append((time.perf_counter() - started) * 1000)

        def timed_done(result):
            started = time.perf_counter()
            on_done(result)
            QApplication.processEvents()
            self.gui_ms.append((time.perf_counter() - started) * 1000)

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
            runner.worker_ms.clear()
            runner.gui_ms.clear()
            for query in QUERIES:
                window.search(query, typing)
                found.append(window.model.rowCount())
            worker, gui = list(runner.worker_ms), list(runner.gui_ms)
            rows.append(("as you type" if typing else "Enter", worker, gui))
        baseline = []
        for query in QUERIES:
            started = time.perf_counter()
            search(catalog, query, limit=20)
            baseline.append((time.perf_counter() - started) * 1000)
        window.close()
    base50, base95 = _p50_p95(baseline)
    hits = statistics.median(found)
    print(f"\nwindow search on {N:,} records, {len(QUERIES)} queries, median {hits:,.0f} hits")
    print(f"  baseline search(limit=20): p50 {base50:7.1f} ms  p95 {base95:7.1f} ms")
    for name, worker, gui in rows:
        w50, w95 = _p50_p95(worker)
        g50, g95 = _p50_p95(gui)
        print(
            f"  {name:11} worker job:  p50 {w50:7.1f} ms  p95 {w95:7.1f} ms "
            f"({w95 / base95:.1f}x baseline p95)\n"
            f"  {name:11} GUI thread:  p50 {g50:7.1f} ms  p95 {g95:7.1f} ms "
            f"({g95 / w95:.2f}x the job's p95)"
        )
    assert len(found) == 2 * len(QUERIES)
