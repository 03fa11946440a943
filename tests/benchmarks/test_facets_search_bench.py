"""Facet counts that follow the search and the other facets (issue 15), on a generated
catalogue: the worker's cost of one recount, against the plain whole-catalogue count.

Run with ``make bench`` (``PACTUM_BENCH_N`` records, 10,000 by default here)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from db import Filters, Kind, open_catalog
from desktop.ui.browse.facets import facet_counts
from tests.benchmarks.generate import build_catalogue

N = int(os.environ.get("PACTUM_BENCH_N", "10000"))
RUNS = 3


def _best(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.benchmark
def test_facet_counts_within_a_search_and_two_ticked_kinds(tmp_path: Path) -> None:
    path = build_catalogue(tmp_path / "bench.pactum", N)
    two_kinds = Filters(kinds=(Kind.MEMORANDUM, Kind.AGREEMENT))
    with open_catalog(path, user="bench") as catalog:
        baseline = _best(lambda: catalog.facets(Filters()))
        cases = {
            "two kinds ticked": lambda: facet_counts(catalog, two_kinds),
            "search 'безпілотників'": lambda: facet_counts(catalog, Filters(), "безпілотників"),
            "search + two kinds": lambda: facet_counts(catalog, two_kinds, "безпілотників"),
            "broad search 'угода'": lambda: facet_counts(catalog, Filters(), "угода"),
        }
        print(f"\nfacet counts, {N:,} records; baseline catalog.facets(): {baseline * 1000:.0f} ms")
        for name, work in cases.items():
            took = _best(work)
            print(f"  {name}: {took * 1000:.0f} ms ({took / baseline:.1f}× baseline)")
        assert facet_counts(catalog, two_kinds)["kind"]  # the other kinds still counted
