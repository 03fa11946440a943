"""Briefing benchmark (issue 5): a partnership of 500 generated documents, against the floor.

The floor is ReportLab laying out the same words as plain paragraphs in the same font, one
pass, no tables, chart, contents or outline: what any PDF of this text must cost here.
Target: the briefing in under 10 s and within 3x of the floor.
Run with ``make bench`` (or ``pytest tests/benchmarks/test_briefing_bench.py -m benchmark -s``).
"""

from __future__ import annotations

import dataclasses
import io
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate

from db import Agreement, Catalog, Commitment, Party, Signatory, open_catalog, party_label
from desktop.briefing import build_briefing
from desktop.briefing.styles import esc, styles
from desktop.labels import kind_label, status_label
from tests.benchmarks.generate import generate_agreements

N = int(os.environ.get("PACTUM_BENCH_BRIEF_N", "500"))
PARTNER = "LT"
RUNS = 3


def into_partnership(agreement: Agreement) -> Agreement:
    """A generated record moved into the UA–LT partnership (its other fields kept)."""
    keys = {k: ("UA" if n == 0 else PARTNER) for n, k in enumerate(agreement.party_keys)}
    return dataclasses.replace(
        agreement,
        parties=(Party.state("UA"), Party.state(PARTNER)),
        signatories=tuple(
            Signatory(s.name, s.role, keys.get(s.party, PARTNER)) for s in agreement.signatories
        ),
        commitments=tuple(
            Commitment(PARTNER, c.description, c.amount, c.unit, c.until)
            for c in agreement.commitments
        ),
    )


def plain_words(agreement: Agreement, lang: str) -> list[str]:
    """Every string the briefing prints for one record (the register's and the section's)."""
    words = [
        agreement.signed_on.iso() if agreement.signed_on else "",
        kind_label(agreement.kind, lang),
        agreement.title,
        status_label(agreement.status, lang),
        ", ".join(s.name for s in agreement.signatories),
        agreement.title,
        agreement.place,
        "; ".join(party_label(k, lang) for k in agreement.party_keys),
        *(f"{s.name} — {s.role} ({s.party})" for s in agreement.signatories),
        "; ".join(agreement.subjects),
        *(
            f"{c.party}: {c.description} {c.amount} {c.unit} {c.until}"
            for c in agreement.commitments
        ),
        agreement.summary,
        *(f"{s.outlet}, {s.url}, {s.published_on}" for s in agreement.sources),
        *(s.quotation for s in agreement.sources),
        *agreement.notes,
        agreement.uuid,
    ]
    return [w for w in words if w]


def floor(records: list[Agreement], lang: str) -> bytes:
    style = styles()["body"]
    story = [Paragraph(esc(w), style) for a in records for w in plain_words(a, lang)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def timed(*works: Callable[[], object]) -> list[tuple[float, float]]:
    """Median (wall, CPU) seconds of each work, run in turn RUNS times.

    Interleaving the works and reporting CPU time beside wall time keeps the ratio honest on
    a machine shared with other jobs, where wall time swings with their load.
    """
    runs: list[list[tuple[float, float]]] = [[] for _ in works]
    for _ in range(RUNS):
        for n, work in enumerate(works):
            wall, cpu = time.perf_counter(), time.process_time()
            work()
            runs[n].append((time.perf_counter() - wall, time.process_time() - cpu))
    return [(statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for r in runs]


def peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


@pytest.fixture
def partnership(tmp_path: Path) -> Catalog:
    catalog = open_catalog(tmp_path / "bench.pactum", create=True, user="bench")
    with catalog.writing():
        for agreement in generate_agreements(N, seed=5):
            catalog.add(into_partnership(agreement))
    yield catalog
    catalog.close()


@pytest.mark.benchmark
def test_briefing_of_500_documents(partnership: Catalog, tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    records = [partnership.get(i) for i in partnership.ids()]
    assert len(records) == N

    def brief() -> None:
        build_briefing(
            partnership, [PARTNER], out, lang="uk", marking="ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ"
        )

    (wall, cpu), (floor_wall, floor_cpu) = timed(brief, lambda: floor(records, "uk"))
    pages = len(PdfReader(str(out)).pages)
    size = out.stat().st_size
    floor_pages = len(PdfReader(io.BytesIO(floor(records, "uk"))).pages)
    brief_mb = peak_mb(brief)
    floor_mb = peak_mb(lambda: floor(records, "uk"))
    print(
        f"\nbriefing of {N} documents (UA–{PARTNER}, uk, read from the catalogue): "
        f"{wall:.2f} s wall, {cpu:.2f} s CPU (medians of {RUNS}; target < 10 s); {pages} pages, "
        f"{size / 1e6:.1f} MB; peak Python memory {brief_mb:.0f} MB"
    )
    print(
        f"floor (the same words as plain paragraphs, same font, one pass): {floor_wall:.2f} s "
        f"wall, {floor_cpu:.2f} s CPU; {floor_pages} pages; peak Python memory {floor_mb:.0f} MB"
    )
    print(
        f"ratio to the floor: {cpu / floor_cpu:.2f}x CPU, {wall / floor_wall:.2f}x wall "
        "(target < 3x)"
    )
