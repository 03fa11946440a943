"""The sample article (tests/data/corpus): exactly the three documents domain.md describes."""

from __future__ import annotations

import pytest

from db import Commitment, Kind, PartialDate, Party, Signatory, Status
from desktop.ingest import Draft, load_article, read_article
from tests.conftest import CORPUS

SAMPLE = CORPUS / "seed-article-uk.txt"
UA_MINISTER = Signatory("Денис Шмигаль", "Міністр оборони України", "UA")


@pytest.fixture(scope="module")
def drafts() -> list[Draft]:
    return read_article(load_article(SAMPLE))


def test_three_drafts_in_the_order_of_the_text(drafts: list[Draft]) -> None:
    assert [
        (d.agreement.kind, d.agreement.party_keys, str(d.agreement.signed_on)) for d in drafts
    ] == [
        (Kind.LETTER_OF_INTENT, ("UA", "LT"), "2025-08-25"),
        (Kind.AGREEMENT, ("UA", "CA"), "2025-08-24"),
        (Kind.LETTER_OF_INTENT, ("UA", "SE"), "2025-08-23"),
    ]


def test_letter_of_intent_with_lithuania(drafts: list[Draft]) -> None:
    a = drafts[0].agreement
    assert a.title == "Лист про наміри щодо спільного виробництва оборонної продукції"
    assert a.kind is Kind.LETTER_OF_INTENT and a.status is Status.SIGNED
    assert a.parties == (Party.state("UA"), Party.state("LT"))
    assert a.signed_on == PartialDate(2025, 8, 25)
    assert a.place == ""
    assert a.signatories == (
        UA_MINISTER,
        Signatory("Довілє Шакалєне", "Міністерка національної оборони Литви", "LT"),
    )
    assert a.subjects == (
        "joint production",
        "defence products",
        "long-range drones",
        "joint ventures",
        "technology exchange",
        "military aid",
        "financing of procurement",
        "weapons procurement",
    )
    assert a.commitments == (
        Commitment(
            "LT",
            "Виділяти 0,25% свого ВВП на військову допомогу Україні",
            0.25,
            "% of GDP",
            PartialDate(2027),
        ),
    )
    assert a.summary == "" and a.relations == () and a.notes == ()


def test_agreement_with_canada(drafts: list[Draft]) -> None:
    a = drafts[1].agreement
    assert a.title == "Угода про спільне виробництво оборонної продукції"
    assert a.kind is Kind.AGREEMENT and a.status is Status.SIGNED
    assert a.parties == (Party.state("UA"), Party.state("CA"))
    assert a.signed_on == PartialDate(2025, 8, 24)
    assert a.place == ""
    assert a.signatories == (
        UA_MINISTER,
        Signatory("Девід Макгінті", "Міністр національної оборони Канади", "CA"),
    )
    assert a.subjects == (
        "joint production",
        "defence products",
        "defence-industrial cooperation",
        "production capacity",
        "continuity of supply",
    )
    assert a.commitments == ()


def test_letter_of_intent_with_sweden(drafts: list[Draft]) -> None:
    a = drafts[2].agreement
    assert a.title == "Лист про наміри"
    assert a.kind is Kind.LETTER_OF_INTENT and a.status is Status.SIGNED
    assert a.parties == (Party.state("UA"), Party.state("SE"))
    assert a.signed_on == PartialDate(2025, 8, 23)
    assert a.place == ""
    # "його шведський колега Пол Йонсон": a counterpart holds the same office for Sweden.
    assert a.signatories == (UA_MINISTER, Signatory("Пол Йонсон", "Міністр оборони Швеції", "SE"))
    assert a.subjects == ("joint production", "defence products", "defence-industrial cooperation")
    assert a.commitments == ()


def test_every_draft_quotes_its_article(drafts: list[Draft]) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for draft in drafts:
        a = draft.agreement
        assert a.full_text and a.full_text in text and not a.full_text.startswith("date")
        (source,) = a.sources
        assert source.published_on == PartialDate(2025, 8, 25)
        for quote in draft.quotes():
            assert quote.text in source.quotation
            assert text.find(quote.text) >= 0


def test_provenance_names_the_sentence_of_each_value(drafts: list[Draft]) -> None:
    lithuania, canada, sweden = drafts
    assert lithuania.provenance["commitments"][0].text.startswith("Він наголосив, що Литва")
    assert lithuania.provenance["signatories"][0].text.startswith("Міністр оборони України")
    assert canada.provenance["signed_on"][0].text.startswith("Нагадаємо, 24 серпня")
    assert sweden.provenance["kind"][0].text.startswith("23 серпня")
    assert any("Швецією" in q.text for q in sweden.provenance["subjects"])
    for draft in drafts:
        for field in ("kind", "title", "parties", "signed_on", "signatories", "subjects"):
            assert draft.provenance[field], field
