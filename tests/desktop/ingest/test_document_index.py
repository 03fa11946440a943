"""DocumentIndex finds the same earlier draft as asking every earlier draft in turn did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db import Kind, PartialDate
from desktop.ingest.document_index import SMALL, DocumentIndex
from desktop.ingest.drafts import Builder, merge
from desktop.ingest.text import Sentence

COUNTRIES = ("UA", "LT", "PL", "SE", "CA", "DE", "FR", "JP", "NO")
assert len(COUNTRIES) > SMALL  # so that some drafts take the one-by-one path


def same_document(a: Builder, b: Builder) -> bool:
    """The rule the reader applied to each earlier draft before the index."""
    if a.kind != b.kind or not (a.countries() <= b.countries() or b.countries() <= a.countries()):
        return False
    return a.signed_on == b.signed_on or not (a.date_stated and b.date_stated)


drafts = st.tuples(
    st.sampled_from([Kind.AGREEMENT, Kind.MEMORANDUM]),
    st.lists(st.sampled_from(COUNTRIES), unique=True, max_size=len(COUNTRIES)),
    st.one_of(st.none(), st.sampled_from([PartialDate(2025, 8, d) for d in (23, 24, 25)])),
)


def build(kind: Kind, parties: list[str], stated: PartialDate | None) -> Builder:
    draft = Builder(kind, "Угода", Sentence(0, "Угода.", 0, 6, "uk"))
    for key in parties:
        draft.add_party(key, Sentence(0, "Угода.", 0, 6, "uk"))
    draft.signed_on = stated or PartialDate(2025, 8, 25)
    draft.date_stated = stated is not None
    return draft


@settings(max_examples=300, deadline=None)
@given(st.lists(drafts, max_size=40))
def test_the_index_finds_the_first_earlier_draft_that_reports_the_same_document(specs) -> None:
    index = DocumentIndex()
    kept: list[Builder] = []  # the same drafts, merged the way the reader used to
    for spec in specs:
        new, expected_new = build(*spec), build(*spec)
        found = index.first_same(new)
        expected = next((b for b in kept if same_document(b, expected_new)), None)
        assert (found and index.drafts.index(found)) == (expected and kept.index(expected))
        if found is None:
            index.add(new)
            kept.append(expected_new)
        else:
            merge(found, new)
            index.changed(found)
            merge(expected, expected_new)
