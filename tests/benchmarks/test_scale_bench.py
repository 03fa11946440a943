"""Scale benchmark (issue 14): the cost of each measure at 10k, 100k and 1M records, as one table.

Catalogues are the generated ones (tests/benchmarks/generate.py), built once and cached
until the store's code changes; every measure reads the cached file itself (nothing here
writes to it). The 1,000,000-record column runs only with PACTUM_BENCH_1M=1
(``make bench-scale``); ``PACTUM_BENCH_SCALE_SIZES`` (comma-separated) picks other sizes.
The command, open and import rows come from ``command_rows(sizes)`` in
tests/benchmarks/test_scale_commands_bench.py when that module is present (its own helper).
Targets are issue 14's; each figure is the best of a few runs, wall time on a machine shared
with other jobs (its load is printed with the table).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db import Filters, Kind, PartialDate, Status, open_catalog
from db.search import search_ids
from tests.benchmarks.generate import cached_catalogue
from tests.benchmarks.scale_measures import (
    Row,
    briefing_seconds,
    duplicates_seconds,
    search_figures,
    window_figures,
)

ONE_MILLION = 1_000_000


def sizes() -> tuple[int, ...]:
    chosen = os.environ.get("PACTUM_BENCH_SCALE_SIZES")
    if chosen:
        return tuple(int(s) for s in chosen.split(","))
    if os.environ.get("PACTUM_BENCH_1M") == "1":
        return (10_000, 100_000, ONE_MILLION)
    return (10_000, 100_000)


def best_ms(work: Callable[[], object], runs: int = 5) -> float:
    work()  # warm: pages in the cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


SUMMED = {
    "partner PL": Filters(partners=("PL",)),
    "partner CA": Filters(partners=("CA",)),
    "kind LoI": Filters(kinds=(Kind.LETTER_OF_INTENT,)),
    "status ratified": Filters(statuses=(Status.RATIFIED,)),
    "year 2020": Filters(years=(2020,)),
    "PL + agreement + 2024": Filters(partners=("PL",), kinds=(Kind.AGREEMENT,), years=(2024,)),
}
"""Narrowings the summary cube answers (one partner, kinds, statuses, years)."""
SCANNED = {
    "subject demining": Filters(subjects=("demining",)),
    "partners UA+LT": Filters(partners=("UA", "LT")),
    "since 2024-06": Filters(since=PartialDate(2024, 6)),
}
"""Narrowings counted over their matching records."""
SEARCHES = ("Kallas", "partner:LT drones", "demining")
"""Searches the facets follow (a rare name, a filtered query, a common word)."""


def catalogue_rows(path: Path, n: int) -> dict[str, tuple[float, str]]:
    """Each measure on the catalogue at ``path``: (figure, note)."""
    out: dict[str, tuple[float, str]] = {}
    with open_catalog(path, verify=False, daily_backup=False) as catalog:
        out["facets, whole catalogue"] = (best_ms(catalog.facets), "")
        for label, narrowings in (("partner/kind/status/year", SUMMED), ("other", SCANNED)):
            narrowed = {n: best_ms(lambda f=f: catalog.facets(f)) for n, f in narrowings.items()}
            worst = max(narrowed, key=lambda k: narrowed[k])
            every = ", ".join(f"{k} {v:.0f}" for k, v in narrowed.items())
            out[f"facets narrowed by {label} (worst)"] = (narrowed[worst], every)
        searched = {}
        for text in SEARCHES:
            found = tuple(search_ids(catalog, text))
            searched[text] = (best_ms(lambda ids=found: catalog.facets(Filters(ids=ids))), found)
        worst = max(searched, key=lambda k: searched[k][0])
        matches = len(searched[worst][1])
        out["facets narrowed by a search (worst)"] = (
            searched[worst][0],
            f"{worst!r}: {matches:,} matches",
        )
        out["partnerships"] = (best_ms(catalog.partnerships), "")
        out["matrix by kind"] = (best_ms(lambda: catalog.matrix("kind")), "")
        out["matrix by subject"] = (best_ms(lambda: catalog.matrix("subject")), "")
        out["list partner PL, first 100"] = (
            best_ms(lambda: catalog.list(Filters(partners=("PL",)), limit=100)),
            "",
        )
        p50, p95, overlap, slowest = search_figures(catalog)
        out["search p50 (top 20, snippets)"] = (p50, "")
        out["search p95 (top 20, snippets)"] = (p95, f"slowest {slowest}")
        out["search top-20 overlap with exact bm25 (%)"] = (overlap, "worst query")
        wall, cpu = duplicates_seconds(catalog)
        out["duplicates over every record (s)"] = (wall, f"{cpu:.1f} s CPU")
        if n >= 100_000:
            wall, cpu, documents = briefing_seconds(catalog, path)
            out["briefing of a partnership (s)"] = (
                wall,
                f"{documents:,} documents, {cpu:.1f} s CPU",
            )
    out.update(window_figures(path))
    return out


TARGETS: dict[str, tuple[float | None, float | None, float | None]] = {
    # measure: target at 10k, 100k, 1M (None: no target there)
    "facets, whole catalogue": (None, None, 50),
    "facets narrowed by partner/kind/status/year (worst)": (None, None, 150),
    "facets narrowed by other (worst)": (None, None, 150),
    "facets narrowed by a search (worst)": (None, None, 150),
    "partnerships": (None, None, 50),
    "matrix by kind": (None, None, 50),
    "matrix by subject": (None, None, 50),
    "search p95 (top 20, snippets)": (None, 30, 150),
    "window: first rows from process start (ms)": (None, None, 1500),
    "window: facet click to repaint (ms)": (None, None, 200),
    "window: longest GUI step scrolling to the end (ms)": (None, None, 100),
    "duplicates over every record (s)": (None, None, 60),
    "briefing of a partnership (s)": (None, None, 30),
}


def _verdict(measure: str, column: int, value: float) -> str:
    target = TARGETS.get(measure, (None, None, None))[column]
    if target is None:
        return ""
    return " ok" if value <= target else " OVER"


def _cell(measure: str, slot: int, value: float | str | None) -> str:
    """A figure with its verdict; a command row's cell is its own text already."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:,.1f}{_verdict(measure, slot, value)}"


def print_table(rows: list[Row], chosen: tuple[int, ...]) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nscale benchmark (issue 14), load average {load} on {os.cpu_count()} cores")
    header = "| measure | " + " | ".join(f"{n:,}" for n in chosen) + " | target at 1M | note |"
    print(header)
    print("|---" * (len(chosen) + 3) + "|")
    for row in rows:
        cells = []
        for column, n in enumerate(chosen):
            value = row.values.get(n)
            slot = (0, 1, 2)[min(column, 2)] if n != ONE_MILLION else 2
            cells.append(_cell(row.measure, slot, value))
        target = TARGETS.get(row.measure, (None, None, None))[2]
        print(
            f"| {row.measure} | {' | '.join(cells)} | {'' if target is None else target} "
            f"| {row.note} |"
        )


def command_rows_hook(chosen: tuple[int, ...]) -> list[Row]:
    """The command, open and import rows of the other half of issue 14, when present."""
    try:
        from tests.benchmarks.test_scale_commands_bench import command_rows
    except ImportError:
        return []
    return [Row(r[0], dict(r[1]), r[2] if len(r) > 2 else "") for r in command_rows(chosen)]


@pytest.mark.benchmark
def test_scale_table() -> None:
    chosen = sizes()
    rows: dict[str, Row] = {}
    for n in chosen:
        started = time.perf_counter()
        path = cached_catalogue(n)
        built = time.perf_counter() - started
        print(f"\n{n:,} records: catalogue ready in {built:.0f} s ({path.name})", flush=True)
        for measure, (value, note) in catalogue_rows(path, n).items():
            row = rows.setdefault(measure, Row(measure, {}, ""))
            row.values[n] = value
            if note:
                row.note = note if n == max(chosen) else row.note or note
    table = command_rows_hook(chosen) + list(rows.values())
    print_table(table, chosen)
    assert statistics.fmean(rows["partnerships"].values.values()) >= 0
