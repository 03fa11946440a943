"""Search on the demo catalogue: the findings issue 4 asks for, and ranking and snippets."""

from __future__ import annotations

import dataclasses

import pytest

from db import Agreement, Catalog, Filters, Kind, Party
from db.search import highlighter, search, search_ids, snippets

LITHUANIA = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"
ALL_THREE = {
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01",
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02",
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03",
}


def found(catalog: Catalog, query: str, **options) -> list[str]:
    return [hit.row.uuid for hit in search(catalog, query, **options).hits]


@pytest.mark.parametrize("query", ["Литва", "литовська", "Lithuania", "LT", "Литвою", "lithuanian"])
def test_lithuania_in_any_form_finds_the_lithuanian_letter(demo: Catalog, query: str) -> None:
    assert found(demo, query) == [LITHUANIA]


@pytest.mark.parametrize("query", ["Шмигалем", "Shmyhal", "шмигаль", "Shmygal"])
def test_the_minister_in_any_case_or_script_finds_all_three(demo: Catalog, query: str) -> None:
    assert set(found(demo, query)) == ALL_THREE


def test_a_lemma_finds_an_inflected_form(demo: Catalog) -> None:
    hits = search(demo, "безпілотник").hits
    assert [h.row.uuid for h in hits] == [LITHUANIA]
    assert "[безпілотники]" in hits[0].snippet.text or "[безпілотників]" in hits[0].snippet.text


def test_kind_alias_returns_the_two_letters_of_intent(demo: Catalog) -> None:
    hits = search(demo, "kind:loi").hits
    assert len(hits) == 2
    assert {h.row.kind for h in hits} == {Kind.LETTER_OF_INTENT}


def test_apostrophe_variants_are_the_same_word(demo: Catalog) -> None:
    demo.update(_with_note(demo, LITHUANIA, "Перевірити обʼєкт у Вільнюсі"))
    for spelling in ("об'єкт", "об’єкт", "обʼєкт", "ОБ'ЄКТ", "obiekt"):
        assert found(demo, spelling) == [LITHUANIA], spelling


def _with_note(catalog: Catalog, uuid: str, note: str) -> Agreement:
    stored = catalog.get(uuid)
    return dataclasses.replace(stored, notes=(*stored.notes, note))


def test_common_english_spellings_of_names_find_the_official_transliteration(
    demo: Catalog,
) -> None:
    assert found(demo, "McGuinty") == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02"]
    assert found(demo, "Jonson") == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"]


def test_english_country_name_finds_ukrainian_text(demo: Catalog) -> None:
    assert found(demo, "Sweden") == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"]
    assert found(demo, "Canada") == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02"]


def test_english_words_match_by_stem(demo: Catalog) -> None:
    assert found(demo, "drone") == [LITHUANIA]
    assert found(demo, "subject:drones") == [LITHUANIA]


def test_or_exclude_and_phrase(demo: Catalog) -> None:
    assert set(found(demo, "Canada OR Швеції")) == ALL_THREE - {LITHUANIA}
    assert set(found(demo, "Шмигаль -Литва")) == ALL_THREE - {LITHUANIA}
    assert set(found(demo, "Шмигаль NOT Литва")) == ALL_THREE - {LITHUANIA}
    assert found(demo, '"запуску спільних виробництв"') == [LITHUANIA]
    assert found(demo, '"спільних запуску виробництв"') == []


def test_filters_in_the_query(demo: Catalog) -> None:
    assert found(demo, "partner:Литвою") == [LITHUANIA]
    assert found(demo, "partner:LT kind:agreement") == []
    assert set(found(demo, "after:2025-08-24 status:signed")) == ALL_THREE - {
        "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"
    }
    assert found(demo, "before:2025-08-23 оборони") == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"]


def test_caller_filters_narrow_the_result(demo: Catalog) -> None:
    only_sweden = Filters(partners=("SE",))
    assert found(demo, "Шмигаль", filters=only_sweden) == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"]


def test_title_and_party_matches_rank_above_text_matches(catalog: Catalog) -> None:
    def add(title: str, partner: str, text: str) -> int:
        agreement = Agreement(title, Kind.AGREEMENT, (Party.state("UA"), Party.state(partner)))
        saved = catalog.add(dataclasses.replace(agreement, full_text=text))
        assert saved.id is not None
        return saved.id

    in_text = add("Угода про співпрацю", "PL", "Зерно. " * 5 + "Постачання зерна до Польщі.")
    in_title = add("Угода про експорт зерна", "DE", "Текст угоди.")
    in_party = add("Угода про співпрацю", "EE", "Естонія та Україна домовилися.")
    unrelated = add("Угода про співпрацю", "FR", "Франція. " * 10)
    assert search(catalog, "зерно").hits[0].id == in_title
    assert [h.id for h in search(catalog, "Естонія").hits] == [in_party]
    hits = search(catalog, "угода").hits
    assert list(hits) == sorted(hits, key=lambda h: -h.score)
    assert {h.id for h in hits} == {in_text, in_title, in_party, unrelated}


def test_order_by_date_is_newest_first(demo: Catalog) -> None:
    hits = search(demo, "Шмигаль", order="date").hits
    dates = [h.row.signed_on.iso() for h in hits]
    assert dates == sorted(dates, reverse=True)


def test_limit_and_search_ids_agree(demo: Catalog) -> None:
    assert len(search(demo, "Шмигаль", limit=2).hits) == 2
    assert search_ids(demo, "Шмигаль") == [h.id for h in search(demo, "Шмигаль").hits]


def test_snippet_marks_matches_and_gives_structured_parts(demo: Catalog) -> None:
    hit = search(demo, "Литвою").hits[0]
    assert "[Литва]" in hit.snippet.text
    marked = [text for text, matched in hit.snippet.parts if matched]
    assert "Литва" in marked
    assert "".join(t for t, _ in hit.snippet.parts) == hit.snippet.text.replace("[", "").replace(
        "]", ""
    )


def test_trashed_records_are_found_only_in_the_trash(demo: Catalog) -> None:
    demo.delete(LITHUANIA)
    assert found(demo, "Литва") == []
    assert found(demo, "Литва", filters=Filters(trash=True)) == [LITHUANIA]
    demo.restore(LITHUANIA)
    assert found(demo, "Литва") == [LITHUANIA]


def test_nothing_to_search_for_finds_nothing(demo: Catalog) -> None:
    for query in ("", "   ", '"', "*", "AND (", "-", "OR", "NOT"):
        assert found(demo, query) == [], query


def test_rank_window_ranks_only_the_newest_matches_when_asked(catalog: Catalog) -> None:
    def add(title: str, partner: str) -> int:
        saved = catalog.add(
            Agreement(title, Kind.AGREEMENT, (Party.state("UA"), Party.state(partner)))
        )
        assert saved.id is not None
        return saved.id

    best = add("Зерно, зерно і зерно", "PL")
    newer = [add(f"Угода {n} про зерно", "DE") for n in range(3)]
    assert search(catalog, "зерно", limit=1).hits[0].id == best
    windowed = search(catalog, "зерно", limit=1, rank_window=3).hits
    assert windowed[0].id in newer
    # Too few of the newest pass the filters: all matches are ranked instead.
    filtered = search(catalog, "зерно partner:PL", limit=1, rank_window=3).hits
    assert [h.id for h in filtered] == [best]


def test_latin_finds_cyrillic_by_national_transliteration(demo: Catalog) -> None:
    demo.update(_with_note(demo, LITHUANIA, "Наступна зустріч у Києві"))
    assert found(demo, "Kyiv") == [LITHUANIA]
    assert found(demo, "Київ") == [LITHUANIA]
    assert found(demo, "Lytva") == [LITHUANIA]


def test_search_as_you_type_matches_the_last_word_as_a_prefix(demo: Catalog) -> None:
    assert found(demo, "Лит") == []
    hits = search(demo, "Лит", typing=True).hits
    assert [h.row.uuid for h in hits] == [LITHUANIA]
    assert "[Литва]" in hits[0].snippet.text
    assert found(demo, "Шмигаль Лит", typing=True) == [LITHUANIA]
    assert search_ids(demo, "Лит ", typing=True) == []  # a finished word is whole
    assert len(search(demo, "Ли", typing=True).hits) == 0  # too short to be a prefix


def test_snippets_for_some_ids_are_those_search_gives(demo: Catalog) -> None:
    found = search(demo, "Shmyhal")
    ids = [hit.id for hit in found.hits]
    made = snippets(demo, "Shmyhal", [*ids[1:], 999])  # a page of them; 999 is not stored
    assert made == {hit.id: hit.snippet for hit in found.hits[1:]}
    lithuanian = search_ids(demo, "Литва")
    typed = snippets(demo, "Лит", lithuanian, typing=True)  # the word being typed, a prefix
    assert any(matched for _, matched in typed[lithuanian[0]].parts)


def test_a_highlighter_marks_every_form_the_query_found(demo: Catalog) -> None:
    marks = highlighter(demo, "Lithuania")
    parts = marks.parts("Угода з Литвою, литовська сторона та Литва; Латвія ні.")
    assert [text for text, matched in parts if matched] == ["Литвою", "Литва"]
    assert "".join(text for text, _ in parts).startswith("Угода з Литвою")
    assert highlighter(demo, "Лит", typing=True).parts("Литвою")[0] == ("Литвою", True)
