"""The test texts and their scorer: every text is read as its answer file says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.store.codec import encode
from db.store.model import CONTENT_FIELDS
from desktop.ingest import load_article, read_article
from desktop.ingest.score import main, pair, same_party, score, texts, values

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


ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def test_the_held_out_sets_are_large_varied_and_split() -> None:
    dev, test = texts([ARTICLES / "dev"]), texts([ARTICLES / "test"])
    assert len(dev) + len(test) >= 40 and len(test) >= 15
    for part in (dev, test):
        assert {p.name[:2] for p in part} == {"uk", "en"}
    assert not {p.name for p in dev} & {p.name for p in test}


def test_the_second_dev_set_is_large_varied_and_apart() -> None:
    """dev2: the second round's texts, half of them about other states than Ukraine."""
    dev2 = texts([ARTICLES / "dev2"])
    assert len(dev2) >= 30
    assert {p.name[:2] for p in dev2} == {"uk", "en"}
    others = texts([ARTICLES / "dev"]) + texts([ARTICLES / "test"])
    assert not {p.name for p in dev2} & {p.name for p in others}


def test_the_reader_reaches_f1_090_on_the_dev_sets() -> None:
    """The figure the issue asks for, over the texts tuned on, both rounds (the test set is
    scored by hand, so that it stays unseen); the first round's set alone stays at 0.95."""
    assert score(texts([ARTICLES / "dev"])).f1() >= 0.95
    tally = score(texts([ARTICLES / "dev"]) + texts([ARTICLES / "dev2"]))
    assert tally.f1() >= 0.90, tally.misses


def test_an_answer_file_grades_only_the_fields_it_names(tmp_path: Path) -> None:
    (tmp_path / "en-one.txt").write_text(
        "date 2025-03-07\nChile and Peru signed an agreement on fishing in Lima.", "utf-8"
    )
    answer = {
        "fields": ["documents", "kind", "parties"],
        "drafts": [{"kind": "agreement", "parties": [{"country": "CL"}, {"country": "PE"}]}],
    }
    (tmp_path / "en-one.json").write_text(json.dumps(answer), "utf-8")
    tally = score(texts([tmp_path]))
    assert set(tally.proposed) <= {"documents", "kind", "parties"}
    assert tally.f1() == 1.0
    assert tally.per_text == {"en-one.txt": (4, 4, 4)}


def test_an_organisation_matches_however_its_kind_is_written() -> None:
    assert same_party("благодійний фонд «Повернись живим»", "Повернись живим")
    assert same_party("the Gates Foundation", "Gates Foundation")
    assert not same_party("UA", "US")
    assert not same_party("Ministry of Defence of Spain", "Ministry of Defence of Italy")


def test_the_table_has_f1_per_field_and_per_text(capsys) -> None:
    assert main([str(ARTICLES / "dev")]) == 0
    out = capsys.readouterr().out
    assert " F1" in out
    assert any(line.startswith("en-trinity-house.txt") for line in out.splitlines())
    assert any(line.startswith("signatory parties") for line in out.splitlines())
