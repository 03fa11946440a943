"""Attachment benchmark (issue 18): a 200 MB scan attached, saved back and exported as JSON,
with the time each takes and the most Python memory any of them held (tracemalloc).

Target: memory far below the file's size (the file is read and written in 1 MiB chunks;
baseline: holding the file whole would need 200 MB, its base64 another 267 MB). Run with
``nice -n 10 make bench`` (or ``pytest tests/benchmarks/test_attachment_bench.py -m benchmark
-s``).
"""

from __future__ import annotations

import hashlib
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from db import Agreement, Kind, Party, export_file, open_catalog

SIZE = 200 * 1024 * 1024
BASELINE = SIZE
"""What holding the file whole would take."""


def _scan(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for _ in range(SIZE // (4 * 1024 * 1024)):
            piece = os.urandom(4 * 1024 * 1024)
            digest.update(piece)
            out.write(piece)
    return digest.hexdigest()


@pytest.mark.benchmark
def test_a_200_mb_scan_needs_far_less_than_200_mb_of_memory(tmp_path: Path) -> None:
    source = tmp_path / "scan.bin"
    sha256 = _scan(source)
    with open_catalog(tmp_path / "c.pactum", create=True, user="bench") as catalog:
        record = catalog.add(
            Agreement("Угода", Kind.AGREEMENT, (Party.state("UA"), Party.state("LT")))
        )
        figures = {}
        peaks = {}
        for step, work in (
            ("attach", lambda: catalog.attach(record.id, source)),
            ("save", lambda: catalog.save_attachment(record.id, "scan.bin", tmp_path / "b.bin")),
            ("export", lambda: export_file(catalog, tmp_path / "all.json")),
        ):
            tracemalloc.start()
            started = time.perf_counter()
            work()
            figures[step] = time.perf_counter() - started
            peaks[step] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    back = hashlib.sha256((tmp_path / "b.bin").read_bytes()).hexdigest()
    assert back == sha256
    for step in figures:
        print(
            f"\n{step} of a 200 MB file: {figures[step]:.1f} s, peak Python memory "
            f"{peaks[step] / 1024**2:.1f} MB (baseline {BASELINE / 1024**2:.0f} MB; "
            f"ratio {peaks[step] / BASELINE:.3f})"
        )
    assert max(peaks.values()) < BASELINE / 10
