"""Reading benchmark (issue 9): a 20,000-word news text read into drafts in under 2 s.

The text is the sample article and the test texts (Ukrainian and English) repeated until it
has 20,000 words, under one date line. Every cache of the reader is emptied first, so the
cold figure includes loading the dictionaries and building the vocabularies.
Run with ``make bench``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.ingest import lexicon, morph, parties, read_article
from desktop.ingest.catalogue import load_article
from desktop.ingest.events import _kind_index
from tests.conftest import CORPUS

WORDS = 20_000
TARGET_S = 2.0
TEXTS = Path(__file__).resolve().parents[1] / "desktop" / "ingest" / "texts"


def long_text(words: int) -> str:
    pieces = [load_article(CORPUS / "seed-article-uk.txt").text]
    pieces += [load_article(p).text for p in sorted(TEXTS.iterdir()) if p.suffix != ".json"]
    out: list[str] = []
    count = 0
    while count < words:
        for piece in pieces:
            out.append(piece)
            count += len(piece.split())
            if count >= words:
                break
    return "date 2025-08-25\n" + "\n\n".join(out)


def empty_caches() -> None:
    for cached in (
        morph.analyzer, morph.readings, morph.lemmas, morph.predicted, morph._suffix_predictor,
        morph._inflected,
        lexicon.stem, lexicon.word_keys, lexicon.load, parties._index, _kind_index,
    ):  # fmt: skip
        cached.cache_clear()


@pytest.mark.benchmark
def test_reading_a_20000_word_text() -> None:
    text = long_text(WORDS)
    words = len(text.split())
    empty_caches()
    started, cpu = time.perf_counter(), time.process_time()
    drafts = read_article(text)
    cold, cold_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    read_article(text)
    warm = time.perf_counter() - started
    load = os.getloadavg()[0]
    print(
        f"\ningest: {words:,} words, {len(drafts)} drafts; cold {cold:.2f} s "
        f"({cold / TARGET_S:.0%} of the {TARGET_S:.0f} s target; CPU {cold_cpu:.2f} s), "
        f"warm {warm:.2f} s; load average {load:.1f} on {os.cpu_count()} cores"
    )
    assert drafts
    assert cold < TARGET_S
