"""A draft's fields shown as text and read back: the review form's round trip."""

from __future__ import annotations

import pytest

from desktop.ingest import load_article, read_article
from desktop.ingest.fields import EDITABLE, FieldError, edited, read, show
from tests.conftest import CORPUS


def test_every_field_round_trips_on_the_sample() -> None:
    for draft in read_article(load_article(CORPUS / "seed-article-uk.txt")):
        a = draft.agreement
        texts = {name: show(a, name) for name in EDITABLE}
        assert edited(a, texts) == a


def test_edits_become_values() -> None:
    (draft,) = read_article("date 2025-03-02\nВчора Україна та Литва підписали меморандум.")
    a = edited(
        draft.agreement,
        {
            "title": "Меморандум про співпрацю",
            "parties": "UA, LT, NATO",
            "signatories": "Денис Шмигаль | Міністр оборони України | UA",
            "commitments": "LT | Виділяти 0,25% ВВП | 0,25 | % of GDP | 2027",
        },
    )
    assert a.title == "Меморандум про співпрацю"
    assert a.party_keys == ("UA", "LT", "NATO") and not a.parties[2].is_state
    assert a.signatories[0].party == "UA"
    assert a.commitments[0].amount == 0.25 and a.commitments[0].until.iso() == "2027"


@pytest.mark.parametrize(
    ("field", "text"),
    [("kind", "letter"), ("signed_on", "25.08.2025"), ("commitments", "LT | x | lots | |")],
)
def test_bad_text_names_its_field(field: str, text: str) -> None:
    with pytest.raises(FieldError) as error:
        read(field, text)
    assert error.value.field == field
