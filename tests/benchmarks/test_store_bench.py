"""Store benchmark (issue 2): import 100,000 generated agreements, file size, filtered list.

Targets on the reference machine (2 cores): import under 60 s, ``list --partner`` under 50 ms.
Run with ``make bench`` (or ``pytest tests/benchmarks/test_store_bench.py -m benchmark -s``).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest

from db import Filters, open_catalog
from db.features.interchange import import_file
from tests.benchmarks.generate import interchange_file

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))


@pytest.mark.benchmark
def test_import_and_list(tmp_path: Path) -> None:
    source = interchange_file(N)
    path = tmp_path / "bench.pactum"
    started = time.perf_counter()
    with open_catalog(path, create=True, user="bench") as catalog:
        report = import_file(catalog, source)
        catalog.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    import_s = time.perf_counter() - started
    assert report.added == N
    size = path.stat().st_size

    with open_catalog(path) as catalog:
        timings = {}
        for partner in ("LT", "CA", "NATO", "PL"):
            runs = []
            for _ in range(7):
                t = time.perf_counter()
                rows = catalog.list(Filters(partners=(partner,)))
                runs.append(time.perf_counter() - t)
            timings[partner] = (len(rows), statistics.median(runs), min(runs))
        combined = []
        for _ in range(7):
            t = time.perf_counter()
            catalog.list(Filters(partners=("LT",)), limit=100)
            combined.append(time.perf_counter() - t)

    print(
        f"\nimport of {N:,} agreements: {import_s:.1f} s "
        f"({N / import_s:,.0f} records/s; target < 60 s)"
    )
    print(f"source JSON: {source.stat().st_size / 1e6:.1f} MB; catalogue file: {size / 1e6:.1f} MB")
    for partner, (count, median, best) in timings.items():
        print(
            f"list --partner {partner}: {count:,} rows in {median * 1000:.1f} ms median, "
            f"{best * 1000:.1f} ms best of 7 (target < 50 ms)"
        )
    print(f"list --partner LT --limit 100: {statistics.median(combined) * 1000:.1f} ms")
