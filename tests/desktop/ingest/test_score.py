"""The test texts and their scorer: every text is read as its answer file says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.ingest import load_article, read_article
from desktop.ingest.score import main, pair, texts, values

TEXTS = Path(__file__).parent / "texts"


def test_there_are_enough_varied_texts() -> None:
    found = texts([TEXTS])
    assert len(found) >= 8
    assert {p.name[:2] for p in found} == {"uk", "en"}
    assert any(p.suffix == ".html" for p in found)


@pytest.mark.parametrize("path", texts([TEXTS]), ids=lambda p: p.name)
def test_each_text_gives_its_expected_drafts(path: Path) -> None:
    from db.codec import encode
    from db.model import CONTENT_FIELDS

    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    found = [encode(d.agreement, CONTENT_FIELDS) for d in read_article(load_article(path))]
    assert len(found) == len(expected)
    for i, j in pair([values(f) for f in found], [values(e) for e in expected]):
        assert values(found[i]) == values(expected[j])


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
