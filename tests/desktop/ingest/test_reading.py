"""The pieces of reading: language, sentences, dates, names, parties, kinds, amounts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import Kind, PartialDate
from db.store.validation import problems
from desktop.ingest import read_article
from desktop.ingest.commitments import find_promises
from desktop.ingest.dates import find_dates
from desktop.ingest.events import documents
from desktop.ingest.morph import nominative_name
from desktop.ingest.parties import mentions
from desktop.ingest.people import people
from desktop.ingest.text import language, read_header, sentences, wordset
from desktop.ingest.web_page import read_html

PUBLISHED = PartialDate(2025, 8, 25)


def one(text: str):
    (sentence,) = sentences(text)
    return sentence


def test_language_is_detected_per_text() -> None:
    assert language("Литва продовжить виділяти 0,25% ВВП (GDP)") == "uk"
    assert language("Lithuania will keep 0.25% of its GDP for Ukraine") == "en"


def test_header_lines_give_date_and_address() -> None:
    article = read_header(" date 2025-08-25 url https://example.org/a Перше речення.")
    assert article.published_on == PUBLISHED
    assert article.url == "https://example.org/a"
    assert article.text == "Перше речення."


def test_a_date_line_with_no_such_day_is_no_date() -> None:
    article = read_header("date 2025-02-30\nУкраїна та Литва підписали угоду.")
    assert article.published_on is None
    assert "підписали угоду" in article.text


def test_a_metadata_date_with_no_such_day_is_no_date() -> None:
    article = read_html(
        '<html><head><meta property="article:published_time" content="2025-13-01T09:30">'
        "</head><body><p>Текст.</p></body></html>"
    )
    assert article.published_on is None
    assert article.text == "Текст."


def test_html_is_stripped_with_its_metadata() -> None:
    article = read_html(
        '<html><head><meta property="article:published_time" content="2025-05-28T09:30">'
        '<link rel="canonical" href="https://x.org/n"><script>var a = "signed";</script>'
        "</head><body><p>First &amp; one.</p><p>Second.</p></body></html>"
    )
    assert article.published_on == PartialDate(2025, 5, 28)
    assert article.url == "https://x.org/n"
    assert article.text == "First & one.\n\nSecond."


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "Д. Шмигаль підписав лист. Mr. Smith signed it on Jan. 5.\n\nНовий абзац"
    found = sentences(text)
    assert [s.text for s in found] == [
        "Д. Шмигаль підписав лист.",
        "Mr. Smith signed it on Jan. 5.",
        "Новий абзац",
    ]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert [s.lang for s in found] == ["uk", "en", "uk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нагадаємо, 24 серпня міністри", "2025-08-24"),
        ("24 серпня 2023 року", "2023-08-24"),
        ("30 грудня", "2024-12-30"),  # later in the year than publication: last year's
        ("on 11 June 2024", "2024-06-11"),
        ("On August 21, ministers", "2025-08-21"),
        ("12.03.2024", "2024-03-12"),
        ("сьогодні", "2025-08-25"),
        ("Yesterday", "2025-08-24"),
        ("у п'ятницю", "2025-08-22"),
        ("on Monday", "2025-08-25"),
        ("у травні 2024 року", "2024-05"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert [d.date.iso() for d in find_dates(text, PUBLISHED)] == [expected]


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("May the parties sign 5 documents", PUBLISHED) == []


@pytest.mark.parametrize(
    ("words", "case", "gender", "expected"),
    [
        (["Девідом", "Макгінті"], "ablt", "masc", "Девід Макгінті"),
        (["Довілє", "Шакалєне"], "ablt", "femn", "Довілє Шакалєне"),
        (["Олександром", "Сибігою"], "ablt", "masc", "Олександр Сибіга"),
        (["Марком", "Рютте"], "ablt", "masc", "Марк Рютте"),
        (["Еммануелем", "Макроном"], "ablt", "masc", "Еммануель Макрон"),
        (["Урсулою", "фон", "дер", "Ляєн"], "ablt", "femn", "Урсула фон дер Ляєн"),
        (["Пол", "Йонсон"], "nomn", "masc", "Пол Йонсон"),
    ],
)
def test_names_in_the_nominative(words, case, gender, expected) -> None:
    assert nominative_name(words, case, gender) == expected


def test_people_with_roles_in_any_case() -> None:
    found = people(
        one("Шмигаль зустрівся з міністром закордонних справ Польщі Радославом Сікорським.")
    )
    assert [(p.name, p.role, p.party) for p in found] == [
        ("Радослав Сікорський", "Міністр закордонних справ Польщі", "PL")
    ]
    found = people(
        one("NATO Secretary General Mark Rutte met Denys Shmyhal, Ukraine's defence minister.")
    )
    assert [(p.name, p.party) for p in found] == [("Mark Rutte", "NATO"), ("Denys Shmyhal", "UA")]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Україна та Литва", ["UA", "LT"]),
        ("з Литвою і Канадою", ["LT", "CA"]),
        ("його шведський колега", ["SE"]),
        ("литовській колезі", ["LT"]),
        ("українських компаній", []),  # a demonym without an actor names no party
        ("Ukraine's Swedish counterpart and the United Kingdom", ["UA", "SE", "GB"]),
        ("НАТО та ЄС", ["NATO", "EU"]),
    ],
)
def test_party_mentions(text: str, keys: list[str]) -> None:
    assert [m.key for m in mentions(one(text)) if m.how != "city"] == keys


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Сторони підписали меморандум про взаєморозуміння.", [Kind.MEMORANDUM]),
        ("Меморандум було підписано у Варшаві.", [Kind.MEMORANDUM]),
        ("Україна та Польща уклали контракт і підписали протокол.", [Kind.CONTRACT, Kind.PROTOCOL]),
        ("Лідери ухвалили спільну заяву.", [Kind.JOINT_DECLARATION]),
        ("Ukraine and Sweden signed a letter of intent.", [Kind.LETTER_OF_INTENT]),
        ("Сторони не підписали угоду.", []),
        ("Угоду планують підписати восени.", []),
        ("Переговори завершилися без підписання угоди.", []),
        ("They did not sign the agreement.", []),
        ("They are expected to sign a memorandum.", []),
        ("Under the agreement signed last year, Poland will deliver shells.", []),
    ],
)
def test_which_sentences_report_a_signed_document(text: str, kinds: list[Kind]) -> None:
    assert [d.kind for d in documents(one(text))] == kinds


def test_commitments_read_amount_unit_and_end_year() -> None:
    (promise,) = find_promises(one("Японія зобов'язалася надати 4,5 млрд доларів до 2026 року."))
    assert (promise.party, promise.amount, promise.unit, promise.until) == (
        "JP",
        4.5e9,
        "USD",
        PartialDate(2026),
    )
    (promise,) = find_promises(one("Germany will finance 100,000 shells by 2027."))
    assert (promise.party, promise.amount, promise.unit) == ("DE", 100000, "shells")
    assert find_promises(one("Литва передала Україні 20 дронів.")) == []  # done, not promised


def test_a_text_without_a_signing_proposes_nothing() -> None:
    assert read_article("date 2025-01-01\nМіністри обговорили співпрацю.") == []
    assert read_article("") == []


@pytest.mark.parametrize(
    ("raw", "published", "text"),
    [
        ("25 серпня 2025, 14:30\nУкраїна та Литва.", "2025-08-25", "Україна та Литва."),
        ("Date: August 25, 2025\nText here.", "2025-08-25", "Text here."),
        ("25.08.2025 | 10:15\nТекст.", "2025-08-25", "Текст."),
        ("24 серпня Україна підписала угоду.", None, "24 серпня Україна підписала угоду."),
    ],
)
def test_a_first_line_that_is_only_a_date_is_the_publication_date(raw, published, text) -> None:
    article = read_header(raw)
    assert (article.published_on.iso() if article.published_on else None) == published
    assert article.text == text


_WORDS = sorted(
    wordset(
        "Україна Литва Канадою підписали угоду лист про наміри меморандум міністр оборони "
        "Денис Шмигаль з міністеркою 24 серпня 0,25% ВВП до 2027 року signed an agreement "
        "with Sweden Defence Minister Pål Jonson on May 5 , . — та і and the NATO ЄС "
        "Міністерство"
    )
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.text(max_size=60))
def test_any_text_gives_valid_drafts_or_none(words: list[str], noise: str) -> None:
    for draft in read_article("date 2025-08-25 " + " ".join(words) + noise):
        assert problems(draft.agreement) == []
