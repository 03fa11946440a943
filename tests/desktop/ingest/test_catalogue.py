"""Drafts against the catalogue: duplicates, and accepting in one transaction."""

from __future__ import annotations

import dataclasses

import pytest

from db import Catalog, Filters, ValidationError
from desktop.ingest import Decision, accept, load_article, possible_duplicates, read_article
from tests.conftest import CORPUS

SAMPLE = CORPUS / "seed-article-uk.txt"


@pytest.fixture
def drafts():
    return read_article(load_article(SAMPLE))


def test_the_demo_records_are_found_as_duplicates(demo: Catalog, drafts) -> None:
    found = [possible_duplicates(demo, d) for d in drafts]
    titles = [demo.get(ids[0]).signed_on.iso() for ids in found]
    assert titles == ["2025-08-25", "2025-08-24", "2025-08-23"]


def test_no_duplicate_in_an_empty_catalogue_or_far_in_time(catalog: Catalog, drafts) -> None:
    assert all(possible_duplicates(catalog, d) == [] for d in drafts)
    catalog.add(drafts[0].agreement)
    assert possible_duplicates(catalog, drafts[0]) != []
    later = dataclasses.replace(
        drafts[0],
        agreement=dataclasses.replace(
            drafts[0].agreement, signed_on=drafts[0].agreement.signed_on.__class__(2025, 9, 30)
        ),
    )
    assert possible_duplicates(catalog, later) == []
    assert possible_duplicates(catalog, drafts[1]) == []  # other parties


def test_accepting_adds_the_chosen_drafts_with_their_source(catalog: Catalog, drafts) -> None:
    done = accept(catalog, [Decision(drafts[0]), Decision(drafts[2])])
    assert [a.party_keys for a in done.added] == [("UA", "LT"), ("UA", "SE")]
    assert catalog.count() == 2
    stored = catalog.get(done.added[0].id)
    assert stored.sources[0].quotation.startswith("Міністр оборони України Денис Шмигаль")
    assert stored.full_text.startswith("Міністр оборони України")
    assert stored.commitments[0].amount == 0.25


def test_accept_is_one_transaction(catalog: Catalog, drafts) -> None:
    broken = dataclasses.replace(
        drafts[2], agreement=dataclasses.replace(drafts[2].agreement, title=" ")
    )
    with pytest.raises(ValidationError):
        accept(catalog, [Decision(drafts[0]), Decision(drafts[1]), Decision(broken)])
    assert catalog.count() == 0


def test_the_article_can_become_a_source_of_the_existing_record(demo: Catalog, drafts) -> None:
    (existing,) = possible_duplicates(demo, drafts[1])
    before = demo.get(existing)
    done = accept(demo, [Decision(drafts[1], source_of=existing)])
    after = demo.get(existing)
    assert done.added == () and done.previous == (before,)
    assert after.version == before.version + 1
    assert len(after.sources) == len(before.sources) + 1
    assert demo.count(Filters(partners=("UA", "CA"))) == 1
