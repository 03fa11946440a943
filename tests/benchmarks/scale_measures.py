"""The measures of the scale benchmark that need more than a timed call (search with its
ranking overlap, duplicates, a briefing, the window in its own process)."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from db import Catalog, Filters, PartialDate
from db.search import search, search_ids
from desktop.briefing import build_briefing
from desktop.compare.duplicates import find_duplicates
from tests.benchmarks.test_search_bench import QUERIES
from tests.benchmarks.test_window_bench import run_probe

LIMIT = 20
BRIEFING_DOCUMENTS = 5000


@dataclass
class Row:
    """One line of the table: a measure and its figure at each size."""

    measure: str
    values: dict[int, float | str]  # a command row's cells are texts (their own verdicts)
    note: str


def search_figures(catalog: Catalog) -> tuple[float, float, float, str]:
    """p50 and p95 ms of the 50 benchmark queries (top 20 with snippets, best of 3 each),
    the lowest share (%) of a query's top 20 found in the exact bm25 ranking of every
    match, and the slowest query."""
    times, overlaps = [], []
    for query in QUERIES:
        search(catalog, query, limit=LIMIT)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            found = search(catalog, query, limit=LIMIT)
            runs.append(time.perf_counter() - started)
        times.append((min(runs) * 1000, query))
        exact = search_ids(catalog, query)[:LIMIT]
        if exact:
            shared = {hit.id for hit in found.hits} & set(exact)
            overlaps.append(100 * len(shared) / len(exact))
    ordered = sorted(t for t, _ in times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    slowest = max(times)
    return (
        statistics.median(ordered),
        p95,
        min(overlaps, default=100.0),
        f"{slowest[1]!r} {slowest[0]:.0f} ms",
    )


def duplicates_seconds(catalog: Catalog) -> tuple[float, float]:
    """Wall and CPU seconds (the machine is shared: CPU time is this work's own)."""
    started, cpu = time.perf_counter(), time.process_time()
    find_duplicates(catalog)
    return time.perf_counter() - started, time.process_time() - cpu


def briefing_seconds(catalog: Catalog, path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds to brief the home party's partnership with LT over the most
    recent years that hold at least BRIEFING_DOCUMENTS documents; and how many it held."""
    home = catalog.home_party
    year, documents = 2025, 0
    while year > 1990 and documents < BRIEFING_DOCUMENTS:
        year -= 1
        documents = catalog.count(Filters(partners=(home, "LT"), since=PartialDate(year)))
    with tempfile.TemporaryDirectory(prefix="pactum-scale-") as folder:
        started, cpu = time.perf_counter(), time.process_time()
        build_briefing(catalog, ["LT"], Path(folder) / "briefing.pdf", since=PartialDate(year))
        return time.perf_counter() - started, time.process_time() - cpu, documents


def window_figures(path: Path) -> dict[str, tuple[float, str]]:
    """The window on the catalogue at ``path``, in its own process (best of 2 after a warm
    start, which also makes the day's backup)."""
    run_probe(str(path))
    runs = [run_probe(str(path)) for _ in range(2)]
    first, values = min(runs, key=lambda r: r[0])
    return {
        "window: first rows from process start (ms)": (first * 1000, f"{values['rows']} rows"),
        "window: facet click to repaint (ms)": (
            min(float(r[1]["facet_painted_ms"]) for r in runs),
            "partner LT",
        ),
        "window: longest GUI step scrolling to the end (ms)": (
            min(float(r[1]["scroll_end_longest_ms"]) for r in runs),
            f"to the last row in {values['scroll_end_s']} s",
        ),
    }
