"""The shipped subject thesaurus: a valid file whose every concept speaks both languages."""

from __future__ import annotations

import json

import pytest

from db.store.thesaurus import ThesaurusError, label_key, parse, thesaurus
from resources import resource_path

RAW = json.loads(resource_path("thesaurus", "subjects.json").read_text(encoding="utf-8"))


def test_the_shipped_file_is_a_valid_versioned_thesaurus() -> None:
    t = thesaurus()
    assert t.version >= 1
    assert len(t.concepts) == len(RAW["concepts"]) >= 60


@pytest.mark.parametrize("concept", sorted(thesaurus().concepts))
def test_every_concept_has_a_ukrainian_and_an_english_label(concept: str) -> None:
    c = thesaurus().concepts[concept]
    assert c.pref_uk.strip() and c.pref_en.strip()
    assert any("а" <= ch.lower() <= "я" or ch in "іїєґ" for ch in c.pref_uk), c.pref_uk


def test_no_label_is_claimed_by_two_concepts() -> None:
    owners: dict[str, str] = {}
    for item in RAW["concepts"]:
        labels = [item["id"], *item["prefLabel"].values()]
        labels += [a for alts in item.get("altLabel", {}).values() for a in alts]
        for label in labels:
            assert owners.setdefault(label_key(label), item["id"]) == item["id"], label


def test_every_subject_the_reader_and_the_generator_know_names_a_concept() -> None:
    known = json.loads(resource_path("ingest", "subjects.json").read_text(encoding="utf-8"))
    generator = ("energy security", "cyber security", "artillery ammunition", "medical aid")
    for subject in [*known["subjects"], *generator]:
        assert thesaurus().lookup(subject) is not None, subject


@pytest.mark.parametrize(
    ("label", "concept"),
    [
        ("дрони", "drones"),
        ("безпілотники", "drones"),
        ("БпЛА", "drones"),
        ("БПЛА", "drones"),
        ("UAV", "drones"),
        ("unmanned aerial vehicles", "drones"),
        ("ППО", "air defence"),
        ("протиповітряна оборона", "air defence"),
        ("Air Defense", "air defence"),
        ("mine action", "demining"),
        ("розмінування", "demining"),
        ("охорона здоров’я", "healthcare"),
    ],
)
def test_any_label_in_either_language_names_its_concept(label: str, concept: str) -> None:
    assert thesaurus().canonical(label) == concept


def test_narrower_concepts_are_included_under_their_broader_one() -> None:
    assert "long-range drones" in thesaurus().with_narrower("drones")
    assert thesaurus().with_narrower("long-range drones") == ("long-range drones",)


def test_a_subject_naming_no_concept_is_a_local_concept_shown_as_typed() -> None:
    c = thesaurus().concept("bee keeping")
    assert c.local and c.label("uk") == c.label("en") == "bee keeping"
    assert thesaurus().canonical("  bee keeping ") == "bee keeping"


def _doc(*concepts: dict) -> dict:
    return {"format": "pactum-thesaurus", "version": 1, "concepts": list(concepts)}


def _c(cid: str, uk: str, en: str, **more: object) -> dict:
    return {"id": cid, "prefLabel": {"uk": uk, "en": en}, **more}


@pytest.mark.parametrize(
    "doc",
    [
        {"format": "other", "version": 1, "concepts": []},
        _doc(_c("a", "а", "a")) | {"version": 0},
        _doc({"id": "a", "prefLabel": {"en": "a"}}),
        _doc(_c("a", "а", "a"), _c("b", "б", "A")),
        _doc(_c("a", "а", "a"), _c("a", "б", "b")),
        _doc(_c("a", "а", "a", broader=["zz"])),
        _doc(_c("a", "а", "a", broader=["b"]), _c("b", "б", "b", broader=["a"])),
        _doc(_c("a", "а", "a", altLabel={"uk": [""]})),
    ],
    ids=["format", "version", "one-label", "shared", "same-id", "dangling", "cycle", "empty"],
)
def test_a_broken_thesaurus_is_refused(doc: dict) -> None:
    with pytest.raises(ThesaurusError):
        parse(doc)
