"""Exchange benchmark (issue 19): a package of 10,000 changed records on the 100k catalogue.

Targets: export and import each within 10 s, the package within 20 MB. The 10,000 records
are edited on the origin (a field each, a third of them moved to the trash), after a clone.
The baseline is the store's own cost of those edits (``Catalog.update``/``delete`` in one
transaction): an import writes the same records through the same write path, so it cannot
be much faster than that; the ratio says how much the exchange adds.
Run with ``make bench`` (or ``pytest tests/benchmarks/test_exchange_bench.py -m benchmark -s``).
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest

from db import clone_catalogue, export_changes, import_changes, open_catalog
from tests.benchmarks.generate import build_catalogue

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))
CHANGED = min(10_000, N // 10)
EXPORT_TARGET_S = 10.0
IMPORT_TARGET_S = 10.0
SIZE_TARGET_MB = 20.0


def _line(what: str, figure: float, target: float, unit: str) -> str:
    return f"{what}: {figure:.2f} {unit} (target {target:g} {unit}, ratio {figure / target:.2f})"


@pytest.mark.benchmark
def test_export_and_import_of_ten_thousand_changes(tmp_path: Path) -> None:
    path = build_catalogue(tmp_path / "a.pactum", N)
    with open_catalog(path, daily_backup=False, verify=False, user="a") as a:
        started = time.perf_counter()
        copy = clone_catalogue(a, tmp_path / "b.pactum")
        cloned = time.perf_counter() - started
        ids = a.ids()[:: max(1, len(a.ids()) // CHANGED)][:CHANGED]
        started = time.perf_counter()
        with a.writing():
            for n, agreement_id in enumerate(ids):
                record = a.get(agreement_id)
                if n % 3 == 2:
                    a.delete(agreement_id)
                else:
                    a.update(dataclasses.replace(record, summary=f"{record.summary} (edited {n})"))
        edited = time.perf_counter() - started
        package = tmp_path / "a.pactum-changes"
        started = time.perf_counter()
        report = export_changes(a, package)
        exported = time.perf_counter() - started
    assert report.changed == CHANGED
    size_mb = package.stat().st_size / 1e6
    with open_catalog(copy, daily_backup=False, verify=False, user="b") as b:
        started = time.perf_counter()
        applied = import_changes(b, package)
        imported = time.perf_counter() - started
        assert applied.changed == CHANGED and applied.conflicts == 0
    print()
    print(f"clone of {N:,} records: {cloned:.1f} s (no target)")
    print(_line(f"export of {CHANGED:,} changed records", exported, EXPORT_TARGET_S, "s"))
    print(_line(f"import of {CHANGED:,} changed records", imported, IMPORT_TARGET_S, "s"))
    print(
        f"baseline: the same edits through Catalog.update/delete: {edited:.2f} s "
        f"(import / baseline {imported / edited:.2f}, export / baseline {exported / edited:.2f})"
    )
    print(_line("package size", size_mb, SIZE_TARGET_MB, "MB"))
    assert exported <= EXPORT_TARGET_S
    assert imported <= IMPORT_TARGET_S
    assert size_mb <= SIZE_TARGET_MB
