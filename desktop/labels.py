"""Human names for the vocabulary (kinds, statuses, relations, fields) in English and Ukrainian.

The window, the briefing and the command line all show these words, and two of them know
nothing of Qt, so the names live here in plain Python rather than in Qt's translation files.
"""

from __future__ import annotations

from collections.abc import Iterable

from db import Agreement, Kind, RelationKind, Status, subject_label

LANGS = ("en", "uk")

KINDS: dict[Kind, tuple[str, str]] = {
    Kind.LETTER_OF_INTENT: ("letter of intent", "лист про наміри"),
    Kind.AGREEMENT: ("agreement", "угода"),
    Kind.MEMORANDUM: ("memorandum of understanding", "меморандум про взаєморозуміння"),
    Kind.JOINT_DECLARATION: ("joint declaration", "спільна декларація"),
    Kind.PROTOCOL: ("protocol", "протокол"),
    Kind.CONTRACT: ("contract", "контракт"),
    Kind.TREATY: ("treaty", "договір"),
    Kind.OTHER: ("other", "інше"),
}

STATUSES: dict[Status, tuple[str, str]] = {
    Status.ANNOUNCED: ("announced", "оголошено"),
    Status.SIGNED: ("signed", "підписано"),
    Status.RATIFIED: ("ratified", "ратифіковано"),
    Status.IN_FORCE: ("in force", "чинний"),
    Status.EXPIRED: ("expired", "втратив чинність"),
    Status.TERMINATED: ("terminated", "припинено"),
    Status.SUPERSEDED: ("superseded", "замінено"),
}

RELATIONS: dict[RelationKind, tuple[str, str]] = {
    RelationKind.IMPLEMENTS: ("implements", "виконує"),
    RelationKind.AMENDS: ("amends", "змінює"),
    RelationKind.SUPERSEDES: ("supersedes", "замінює"),
    RelationKind.FOLLOWS_UP: ("follows up", "продовжує"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "kind": ("Kind", "Вид"),
    "title": ("Title", "Назва"),
    "title_translation": ("Title, other language", "Назва іншою мовою"),
    "parties": ("Parties", "Сторони"),
    "signed_on": ("Signed", "Підписано"),
    "place": ("Place", "Місце"),
    "status": ("Status", "Статус"),
    "signatories": ("Signatories", "Підписанти"),
    "subjects": ("Subjects", "Теми"),
    "commitments": ("Commitments", "Зобов'язання"),
    "summary": ("Summary", "Короткий зміст"),
    "summary_translation": ("Summary, other language", "Короткий зміст іншою мовою"),
    "full_text": ("Full text", "Повний текст"),
    "sources": ("Sources", "Джерела"),
    "relations": ("Relations", "Зв'язки"),
    "notes": ("Notes", "Нотатки"),
}


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names (not ``calendar.month_name``, which follows the process locale)."""


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "uk" else pair[0]


def kind_label(kind: Kind, lang: str = "en") -> str:
    return _pick(KINDS[kind], lang)


def status_label(status: Status, lang: str = "en") -> str:
    return _pick(STATUSES[status], lang)


def relation_label(kind: RelationKind, lang: str = "en") -> str:
    return _pick(RELATIONS[kind], lang)


def field_label(name: str, lang: str = "en") -> str:
    return _pick(FIELDS[name], lang)


UNITS: tuple[tuple[str, str], ...] = (
    ("% of GDP", "% ВВП"),
    ("units", "од."),
    ("pieces", "шт."),
    ("million", "млн"),
    ("billion", "млрд"),
)
"""Units written differently in English and Ukrainian (currency codes are the same)."""

ORIGINAL = ("(original)", "(мовою оригіналу)")


def unit_label(unit: str, lang: str = "en") -> str:
    """A commitment's unit in the reader's language: "% of GDP" / "% ВВП"; others as stored."""
    for pair in UNITS:
        if any(unit.casefold() == u.casefold() for u in pair):
            return _pick(pair, lang)
    return unit


def text_language(text: str) -> str:
    """'uk' for text in Cyrillic script, 'en' for any other: enough for uk/en titles."""
    return "uk" if any("\u0400" <= c <= "\u04ff" for c in text) else "en"


def title_in(a: Agreement, lang: str) -> str:
    """The record's title for a reader of ``lang``: the title, or its translation when the
    title is in the other language, or else the title marked as the original."""
    if text_language(a.title) == lang:
        return a.title
    if a.title_translation.strip():
        return a.title_translation
    return f"{a.title} {_pick(ORIGINAL, lang)}"


def summary_in(a: Agreement, lang: str) -> str:
    """The summary for a reader of ``lang``: its translation when the summary is in the
    other language and one exists, else the summary as written."""
    if a.summary and text_language(a.summary) != lang and a.summary_translation.strip():
        return a.summary_translation
    return a.summary


def subjects_in(subjects: Iterable[str], lang: str) -> list[str]:
    """Stored subjects (concept ids) as the reader of ``lang`` names them."""
    return [subject_label(s, lang) for s in subjects]
