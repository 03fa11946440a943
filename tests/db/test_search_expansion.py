"""Search through the thesaurus: a word naming a concept finds its synonyms and tags."""

from __future__ import annotations

import pytest

from db import Agreement, Catalog, Kind, Party, open_catalog, thesaurus
from db.search import search

LITHUANIA = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"
PAIR = (Party.state("UA"), Party.state("PL"))


def found(catalog: Catalog, query: str, **options) -> list[str]:
    return [hit.row.title for hit in search(catalog, query, **options).hits]


@pytest.mark.parametrize("query", ["дрони", "БпЛА", "БПЛА", "drones", "безпілотників", "UAV"])
def test_every_name_of_drones_finds_the_lithuanian_letter(demo: Catalog, query: str) -> None:
    assert [h.row.uuid for h in search(demo, query).hits] == [LITHUANIA]


def _two_records(catalog: Catalog, concept: str, text_label: str) -> None:
    catalog.add(Agreement("Tagged", Kind.AGREEMENT, PAIR, subjects=(concept,)))
    catalog.add(Agreement("Worded", Kind.AGREEMENT, PAIR, summary=f"Про {text_label} і не тільки"))


@pytest.mark.parametrize("concept", ["drones", "air defence", "demining", "security guarantees"])
def test_each_label_finds_a_tagged_record_and_one_using_another_label(concept: str) -> None:
    labels = thesaurus().concepts[concept].labels
    for n, label in enumerate(labels):
        other = labels[(n + 1) % len(labels)]
        with open_catalog(None) as catalog:
            _two_records(catalog, concept, other)
            assert sorted(found(catalog, label)) == ["Tagged", "Worded"], (label, other)


def test_narrower_concepts_are_found_by_the_broader_word(catalog: Catalog) -> None:
    catalog.add(Agreement("Далекі", Kind.AGREEMENT, PAIR, subjects=("long-range drones",)))
    assert found(catalog, "дрони") == ["Далекі"]
    assert found(catalog, "long-range drones") == ["Далекі"]


def test_literal_matches_rank_above_synonym_matches(catalog: Catalog) -> None:
    catalog.add(Agreement("Про безпілотники", Kind.AGREEMENT, PAIR))
    catalog.add(Agreement("Угода", Kind.AGREEMENT, PAIR, summary="Про дрони."))
    assert found(catalog, "дрони") == ["Угода", "Про безпілотники"]
    assert found(catalog, "безпілотники") == ["Про безпілотники", "Угода"]


def test_quotes_search_the_word_only(catalog: Catalog) -> None:
    catalog.add(Agreement("Про безпілотники", Kind.AGREEMENT, PAIR))
    assert found(catalog, '"дрони"') == []
    assert found(catalog, "дрони", expand=False) == []
    assert found(catalog, "дрони") == ["Про безпілотники"]


def test_a_phrase_naming_a_concept_expands_as_one(catalog: Catalog) -> None:
    catalog.add(Agreement("Про ППО", Kind.AGREEMENT, PAIR))
    result = search(catalog, "протиповітряної оборони")
    assert [h.row.title for h in result.hits] == ["Про ППО"]
    assert [e.concept.id for e in result.expanded] == ["air defence"]
    assert "ППО" in result.expanded[0].others("uk")


def test_a_subject_filter_takes_any_label(catalog: Catalog) -> None:
    catalog.add(Agreement("Tagged", Kind.AGREEMENT, PAIR, subjects=("drones",)))
    assert found(catalog, "subject:БпЛА") == ["Tagged"]


def test_an_abbreviation_is_not_stemmed_into_another_word(demo: Catalog) -> None:
    result = search(demo, "UA")
    assert result.expanded == ()
    assert len(result.hits) == 3


def test_newest_first_also_finds_synonyms(catalog: Catalog) -> None:
    catalog.add(Agreement("Про безпілотники", Kind.AGREEMENT, PAIR))
    assert found(catalog, "дрони", order="date") == ["Про безпілотники"]
