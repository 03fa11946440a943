"""Safety benchmark (issue 8): what backups, checks and salvage cost on 100,000 records.

No target is set by the issue; each figure is printed with its ratio to a plain file copy
of the same catalogue measured in the same run (the naive, unsafe way to back up).
Run with ``make bench`` (or ``pytest tests/benchmarks/test_safety_bench.py -m benchmark -s``).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from db import open_catalog
from db.safety.check import check_path
from db.safety.salvage import salvage
from tests.benchmarks.generate import build_catalogue

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))


def _timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


@pytest.mark.benchmark
def test_backup_check_and_salvage_costs(tmp_path: Path) -> None:
    path = build_catalogue(tmp_path / "bench.pactum", N)
    size_mb = path.stat().st_size / 2**20
    copy_s, _ = _timed(lambda: shutil.copyfile(path, tmp_path / "naive-copy.pactum"))

    figures = {}
    figures["open (header, application id, schema; issue 14)"], _ = _timed(
        lambda: open_catalog(path).close()
    )
    with open_catalog(path) as catalog:
        figures["quick_check (no longer at open: check, daily)"], _ = _timed(catalog.verify)
        figures["the day's backup (copy + integrity_check)"], problem = _timed(catalog.daily_backup)
        assert problem is None
        figures["backup now (online copy + integrity_check)"], made = _timed(catalog.backup)
    assert made.records == N
    figures["full check (integrity, foreign keys, search index)"], report = _timed(
        lambda: check_path(path)
    )
    assert report.ok and report.counts["agreements"] == N
    figures["salvage, row by row"], result = _timed(
        lambda: salvage(path, tmp_path / "rows.pactum", use_shell=False)
    )
    assert result.recovered["agreements"] == N
    if shutil.which("sqlite3"):
        figures["salvage, sqlite3 .recover"], result = _timed(
            lambda: salvage(path, tmp_path / "recover.pactum")
        )
        assert result.recovered["agreements"] == N

    print(f"\n{N:,} records, {size_mb:,.0f} MB; plain file copy (baseline) {copy_s:.2f} s")
    for name, seconds in figures.items():
        print(f"  {name:<52} {seconds:7.2f} s  ({seconds / copy_s:6.1f}x the copy)")
