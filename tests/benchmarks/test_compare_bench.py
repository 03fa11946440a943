"""Compare benchmark (issue 6): the partnership matrix and the duplicate search at 100,000.

Targets on the reference machine (2 cores): matrix by subject under 300 ms, duplicates
across the whole catalogue under 30 s. The duplicate search is also timed on the first
25,000 and 50,000 records to show how it scales, and set against the all-pairs method it
replaces (measured on a sample, extrapolated to n²/2 pairs) as the baseline.
Run with ``make bench`` (or ``pytest tests/benchmarks/test_compare_bench.py -m benchmark -s``).
"""

from __future__ import annotations

import os
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from db import open_catalog
from db.features.duplicates import identities
from desktop.compare.duplicates import duplicates_among, find_duplicates
from desktop.compare.matrix import build_matrix
from tests.benchmarks.generate import build_catalogue

N = int(os.environ.get("PACTUM_BENCH_N", "100000"))
MATRIX_TARGET_S = 0.3
DUPLICATES_TARGET_S = 30.0
SAMPLE = 2_000


def _median(fn, runs: int = 5, clock=time.perf_counter) -> tuple[object, float]:
    times, result = [], None
    for _ in range(runs):
        started = clock()
        result = fn()
        times.append(clock() - started)
    return result, statistics.median(times)


def _all_pairs_rate(titles: list[str]) -> float:
    """Seconds per title comparison when every pair is compared (the naive baseline)."""
    processed = [default_process(t) for t in titles]
    started = time.perf_counter()
    pairs = 0
    for i, a in enumerate(processed):
        for b in processed[i + 1 :]:
            fuzz.token_sort_ratio(a, b, score_cutoff=85)
            pairs += 1
    return (time.perf_counter() - started) / pairs


@pytest.mark.benchmark
def test_matrix_and_duplicates(tmp_path: Path) -> None:
    path = build_catalogue(tmp_path / "bench.pactum", N)
    with open_catalog(path) as catalog:
        timings = {}
        _, baseline = _median(catalog.partnerships)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"\nload average {load} on {os.cpu_count()} cores; baseline, catalog.partnerships() "
            f"(the store's own partner aggregate): {baseline * 1000:.0f} ms"
        )
        for axis in ("subject", "kind"):
            matrix, timings[axis] = _median(lambda a=axis: build_matrix(catalog, a))
            print(
                f"matrix by {axis}: {len(matrix.partners)} partners × {len(matrix.columns)} "
                f"columns, {len(matrix.cells):,} cells in {timings[axis] * 1000:.0f} ms "
                f"(median of 5; target < {MATRIX_TARGET_S * 1000:.0f} ms, "
                f"{timings[axis] / MATRIX_TARGET_S:.2f} of target, "
                f"{timings[axis] / baseline:.1f}× the baseline)"
            )
            _, cpu = _median(lambda a=axis: build_matrix(catalog, a), clock=time.process_time)
            print(f"  CPU time alone: {cpu * 1000:.0f} ms (what other processes do not inflate)")

        started = time.perf_counter()
        pairs = find_duplicates(catalog)
        whole = time.perf_counter() - started
        started = time.perf_counter()
        every = identities(catalog)
        read = time.perf_counter() - started

    print(
        f"duplicates across {N:,} records: {len(pairs):,} likely pairs in {whole:.2f} s "
        f"(reading identities {read:.2f} s; target < {DUPLICATES_TARGET_S:.0f} s, "
        f"{whole / DUPLICATES_TARGET_S:.2f} of target)"
    )
    blocks = Counter((r.parties, r.kind) for r in every)
    print(
        f"  {len(blocks):,} blocks of (parties, kind); largest {max(blocks.values()):,} records, "
        f"median {statistics.median(blocks.values()):.0f}"
    )
    every.sort(key=lambda r: r.id)
    for size in (N // 4, N // 2, N):
        subset = every[:size]
        started = time.perf_counter()
        found = duplicates_among(subset)
        seconds = time.perf_counter() - started
        print(
            f"  search alone on {size:>7,} records: {seconds:6.2f} s, {len(found):,} pairs, "
            f"{seconds / size * 1e6:.1f} µs per record"
        )
    per_pair = _all_pairs_rate([r.title for r in every[:SAMPLE]])
    naive = per_pair * N * (N - 1) / 2
    print(
        f"  baseline, all pairs: {per_pair * 1e9:.0f} ns per pair × {N * (N - 1) // 2:,} pairs "
        f"≈ {naive:,.0f} s ({naive / whole:,.0f}× the blocked search)"
    )
    assert timings["subject"] > 0 and whole > 0
