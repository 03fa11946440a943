"""The test texts and their scorer: every text is read as its answer file says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.store.codec import encode
from db.store.model import CONTENT_FIELDS
from desktop.ingest import load_article, read_article
from desktop.ingest.score import main, pair, score, texts, values

TEXTS = Path(__file__).parent / "texts"


def test_there_are_enough_varied_texts() -> None:
    found = texts([TEXTS])
    assert len(found) >= 8
    assert {p.name[:2] for p in found} == {"uk", "en"}
    assert any(p.suffix == ".html" for p in found)


@pytest.mark.parametrize("path", texts([TEXTS]), ids=lambda p: p.name)
def test_each_text_gives_its_documents_with_kind_parties_and_date(path: Path) -> None:
    """The core of every draft is exact on every text; the rest is scored below."""
    expected = [values(r) for r in json.loads(path.with_suffix(".json").read_text("utf-8"))]
    found = [values(encode(d.agreement, CONTENT_FIELDS)) for d in read_article(load_article(path))]
    assert len(found) == len(expected)
    for i, j in pair(found, expected):
        for field in ("kind", "parties", "signed_on"):
            assert found[i][field] == expected[j][field], field


def test_precision_and_recall_over_all_texts() -> None:
    tally = score(texts([TEXTS]))
    right, proposed, expected = (
        sum(c.values()) for c in (tally.right, tally.proposed, tally.expected)
    )
    assert right / proposed >= 0.95, tally.misses
    assert right / expected >= 0.95, tally.misses


def test_the_scorer_prints_precision_and_recall(capsys) -> None:
    assert main([str(TEXTS)]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out
    assert out.splitlines()[-1].startswith("all fields")


def test_pairing_prefers_same_kind_and_parties() -> None:
    a = values({"kind": "agreement", "parties": [{"country": "UA"}, {"country": "CA"}]})
    b = values({"kind": "memorandum", "parties": [{"country": "UA"}, {"country": "CA"}]})
    assert pair([b, a], [a, b]) == [(1, 0), (0, 1)] or sorted(pair([b, a], [a, b])) == [
        (0, 1),
        (1, 0),
    ]
