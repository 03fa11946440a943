"""The query language: filters, phrases, exclusions, OR, chips; any input is safe."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Catalog, Kind, PartialDate, Status
from db.search import parse, search
from db.search.query import MAX_TERMS


def test_every_filter_of_the_issue_example() -> None:
    parsed = parse(
        "partner:LT kind:loi after:2025-08-01 before:2025-12-31 status:signed subject:drones"
    )
    f = parsed.filters
    assert f.partners == ("LT",)
    assert f.kinds == (Kind.LETTER_OF_INTENT,)
    assert f.statuses == (Status.SIGNED,)
    assert f.since == PartialDate(2025, 8, 1)
    assert f.until == PartialDate(2025, 12, 31)
    assert parsed.subjects == ("drones",)
    assert parsed.groups == ()
    assert [c.kind for c in parsed.chips] == [
        "partner",
        "kind",
        "after",
        "before",
        "status",
        "subject",
    ]


def test_partner_by_name_in_any_language_and_case_form() -> None:
    for value in ("LT", "lt", "Lithuania", "Литва", "Литвою", '"Литві"'):
        assert parse(f"partner:{value}").filters.partners == ("LT",), value
    organisation = parse("partner:NATO")
    assert organisation.filters.partners == ()
    assert organisation.organisations == ("NATO",)


def test_aliases_and_ukrainian_keys() -> None:
    assert parse("kind:mou").filters.kinds == (Kind.MEMORANDUM,)
    assert parse("вид:меморандум").filters.kinds == (Kind.MEMORANDUM,)
    assert parse("status:in-force").filters.statuses == (Status.IN_FORCE,)
    assert parse("рік:2024").filters.years == (2024,)


def test_malformed_filters_are_plain_words() -> None:
    parsed = parse("kind:xyz after:yesterday foo:bar")
    assert [t.words for g in parsed.groups for t in g] == [
        ("kind", "xyz"),
        ("after", "yesterday"),
        ("foo", "bar"),
    ]
    assert parsed.filters.kinds == ()


def test_phrases_exclusions_and_or() -> None:
    parsed = parse('"letter of intent" -drone Литва OR Латвія -"joint production" NOT x')
    assert [[(t.words, t.phrase) for t in g] for g in parsed.groups] == [
        [(("letter", "of", "intent"), True)],
        [(("литва",), False), (("латвія",), False)],
    ]
    assert [t.words for t in parsed.excluded] == [("drone",), ("joint", "production"), ("x",)]


def test_unbalanced_quote_runs_to_the_end() -> None:
    parsed = parse('drone "long range')
    assert [t.words for g in parsed.groups for t in g] == [("drone",), ("long", "range")]


def test_chips_know_their_text_and_can_be_removed() -> None:
    query = "partner:LT  Шмигаль kind:loi"
    parsed = parse(query)
    partner, word, kind = parsed.chips
    assert (partner.value, word.value, kind.value) == ("LT", "шмигаль", "letter_of_intent")
    assert query[word.start : word.end] == "Шмигаль"
    assert parsed.without(word) == "partner:LT kind:loi"
    assert parse(parsed.without(partner)).filters.partners == ()


def test_terms_beyond_the_limit_are_ignored() -> None:
    parsed = parse(" ".join(f"w{n}" for n in range(1000)))
    assert len(parsed.chips) == MAX_TERMS


QUERY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="\"*-():^{}+.,'’ʼ ORANDNEAR \\x00\\n\\tab", max_size=80),
    st.lists(
        st.sampled_from(
            [
                '"',
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "(",
                ")",
                "*",
                "-",
                "partner:",
                "kind:",
                "after:",
                "before:2025-13-45",
                'subject:"',
                "Литва",
                "drone",
                "'; DROP TABLE x;--",
                "{title}",
                "title:",
                "^",
                "NEAR(a b)",
                "\\x00",
                "\\u202e",
                "c++",
                "it's",
                '-"x',
            ]
        ),
        max_size=30,
    ).map(" ".join),
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=QUERY_TEXT, order=st.sampled_from(["rank", "date"]))
def test_any_input_returns_results_or_nothing(demo: Catalog, text: str, order: str) -> None:
    result = search(demo, text, order=order)  # type: ignore[arg-type]
    assert all(hit.row is not None for hit in result.hits)
    assert parse(text).query == text


def test_huge_and_control_character_queries(demo: Catalog) -> None:
    assert search(demo, "Литва " * 2000).hits
    assert search(demo, "x" * 10_000).hits == ()
    assert search(demo, "\x00\x01\x1b Литва \u202e\ufeff").hits
    assert search(demo, "SELECT * FROM agreements; --").hits == ()
