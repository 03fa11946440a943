"""The briefing's own words in English and Ukrainian, and how it writes dates and amounts.

Kinds, statuses, relations and field names come from ``desktop.labels`` (shared with the
window and the command line); only what a printed briefing alone says lives here.
"""

from __future__ import annotations

import datetime as dt
import math

from db import GdpBasis, PartialDate, party_label
from desktop.labels import MONTHS_EN

NAME_CHARS = 200
"""A party's name is cut after this many characters in titles, headings and headers."""
TITLE_CHARS = 400
"""A heading (a document's title, a part's name) is cut after this many characters: a
heading must fit one page, and the record itself keeps the whole text."""
CELL_CHARS = 1200
"""A table cell is cut after this many characters, so that a row stays shorter than a page
in all but the narrowest column (a longer row is split across pages, never refused)."""


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (the last one an ellipsis) when it is longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_STRINGS: dict[str, tuple[str, str]] = {
    "briefing": ("Briefing", "Довідка"),
    "pack": ("Briefing pack", "Пакет довідок"),
    "partnerships": ("Partnerships", "Партнерства"),
    "period": ("Period", "Період"),
    "all_dates": ("all dates", "усі дати"),
    "prepared": ("Prepared", "Підготовлено"),
    "source": ("Source", "Джерело"),
    "source_value": ("Pactum catalogue", "каталог Pactum"),
    "documents_n": ("Documents", "Документів"),
    "filters": ("Filters", "Відбір"),
    "contents": ("Contents", "Зміст"),
    "overview": ("Overview", "Огляд"),
    "timeline": ("Timeline", "Хронологія"),
    "register": ("List of documents", "Перелік документів"),
    "documents": ("Documents", "Документи"),
    "appendix": ("Appendix: full texts", "Додаток: повні тексти"),
    "page": ("Page {n} of {m}", "Сторінка {n} з {m}"),
    "by_kind": ("Documents by kind", "Документи за видами"),
    "total": ("Total", "Усього"),
    "count": ("Number", "Кількість"),
    "first": ("First document", "Перший документ"),
    "latest": ("Latest document", "Останній документ"),
    "open_commitments": ("Open commitments", "Чинні зобов'язання"),
    "ending_soon": ("Ending within the next 12 months", "Спливають протягом 12 місяців"),
    "recurring": ("Recurring subjects", "Теми, що повторюються"),
    "none": ("none", "немає"),
    "no_documents": (
        "No documents in the catalogue match this briefing.",
        "У каталозі немає документів, що відповідають цій довідці.",
    ),
    "date": ("Date", "Дата"),
    "party": ("Party", "Сторона"),
    "commitment": ("Commitment", "Зобов'язання"),
    "amount": ("Amount", "Обсяг"),
    "until_head": ("Until", "Термін"),
    "document": ("Document", "Документ"),
    "more": (
        "… and {n} more, listed under each document.",
        "… і ще {n}, наведені в описі кожного документа.",
    ),
    "undated": ("undated", "без дати"),
    "until": ("until {date}", "до {date}"),
    "open_ended": ("no end date", "без кінцевої дати"),
    "published": ("published {date}", "опубліковано {date}"),
    "record": ("record", "запис"),
    "in_documents": ("{n} documents", "документів: {n}"),
    "part": ("Part {n}", "Частина {n}"),
    "timeline_note": (
        "Each mark is one document, placed at its date of signature; a bar spans a date known "
        "only to the month or the year.",
        "Кожна позначка — один документ у день підписання; смуга охоплює дату, відому лише "
        "з точністю до місяця чи року.",
    ),
    "no_dates": ("No document has a date.", "Жоден документ не має дати."),
    "timeline_note_year": (
        "Too many documents to mark one by one: each bar counts one kind's documents signed "
        "in that year.",
        "Документів забагато для окремих позначок: кожна смуга — кількість документів одного "
        "виду, підписаних того року.",
    ),
    "timeline_note_quarter": (
        "Too many documents to mark one by one: each bar counts one kind's documents signed "
        "in that quarter.",
        "Документів забагато для окремих позначок: кожна смуга — кількість документів одного "
        "виду, підписаних того кварталу.",
    ),
    "key_points": ("Key points", "Головне"),
    "kp_documents": ("Documents: {n} ({kinds})", "Документів: {n} ({kinds})"),
    "cut_off_label": ("Information as of", "Станом на"),
    "kp_statuses": ("Status: {statuses}", "Стан: {statuses}"),
    "kp_newest": ("Newest", "Найновіші"),
    "kp_commitments": ("Commitments by stage", "Зобов'язання за стадіями"),
    "kp_deadlines": ("Nearest deadlines", "Найближчі терміни"),
    "kp_no_commitments": ("No commitments recorded.", "Зобов'язань не зафіксовано."),
    "kp_no_deadlines": ("No deadline ahead.", "Попереду термінів немає."),
    "kp_n": ("{n} ×", "{n} ×"),
    "cut_off": (
        "Records as of {date}: {n} documents; last change on {changed}.",
        "Записи станом на {date}: документів — {n}; остання зміна {changed}.",
    ),
    "cut_off_unchanged": (
        "Records as of {date}: {n} documents.",
        "Записи станом на {date}: документів — {n}.",
    ),
    "since_last": ("Since the last briefing on {date}", "Від попередньої довідки {date}"),
    "since_day": ("Changes since {date}", "Зміни від {date}"),
    "since_added": ("New documents", "Нові документи"),
    "since_changed": ("Changed documents", "Змінені документи"),
    "since_moved": ("Commitments that moved stage", "Зобов'язання, що перейшли на іншу стадію"),
    "since_passed": ("Deadlines passed", "Терміни, що минули"),
    "since_nothing": ("Nothing changed.", "Змін немає."),
    "since_none": ("Since the last briefing", "Від попередньої довідки"),
    "since_none_text": (
        "No earlier briefing of this partnership was made with Pactum: the next one will list "
        "what changed since this one.",
        "Попередньої довідки про це партнерство в Pactum не складали: наступна покаже, що "
        "змінилося від цієї.",
    ),
    "field": ("Field", "Поле"),
    "was": ("Was", "Було"),
    "now": ("Now", "Стало"),
    "gdp_means": ("≈ {amount}", "≈ {amount}"),
    "gdp_figure": ("GDP {year}", "ВВП {year} р."),
    "stage_pledged": ("pledged", "обіцяно"),
    "stage_allocated": ("allocated", "виділено"),
    "stage_delivered_in_part": ("delivered in part", "поставлено частково"),
    "stage_delivered": ("delivered", "поставлено"),
    "stage_cancelled": ("cancelled", "скасовано"),
    "summary_rest": (
        "Other documents ({n}), newest first",
        "Інші документи ({n}), від найновіших",
    ),
}

# Ukrainian names a month in the nominative alone ("серпень 2025") and in the genitive
# after a day ("25 серпня 2025").
_MONTHS_UK = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
]
_MONTHS_UK_OF = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]


def t(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang`` ("uk" or "en"), with ``{placeholders}`` filled in."""
    pair = _STRINGS[key]
    text = pair[1] if lang == "uk" else pair[0]
    return text.format(**values) if values else text


def long_date(date: PartialDate | dt.date | None, lang: str) -> str:
    """A date in words, to its precision: "25 серпня 2025", "August 2025", "2025"."""
    if date is None:
        return t("undated", lang)
    if isinstance(date, dt.date):
        date = PartialDate.of(date)
    if date.month is None:
        return str(date.year)
    if date.day is None:
        names = _MONTHS_UK if lang == "uk" else MONTHS_EN
        return f"{names[date.month - 1]} {date.year}"
    names = _MONTHS_UK_OF if lang == "uk" else MONTHS_EN
    return f"{date.day} {names[date.month - 1]} {date.year}"


def short_date(date: PartialDate | None, lang: str) -> str:
    """A compact date for tables, to its precision: 25.08.2025, 08.2025, 2025 (en: ISO)."""
    if date is None:
        return "—"
    if lang != "uk":
        return date.iso()
    parts = [f"{date.day:02d}"] if date.day is not None else []
    if date.month is not None:
        parts.append(f"{date.month:02d}")
    return ".".join([*parts, str(date.year)])


def period(since: PartialDate | None, until: PartialDate | None, lang: str) -> str:
    """The span a briefing covers, e.g. "2024 – 25 серпня 2025"."""
    if since is None and until is None:
        return t("all_dates", lang)
    if since == until:
        return long_date(since, lang)
    return (
        f"{long_date(since, lang) if since else '…'} – {long_date(until, lang) if until else '…'}"
    )


def gdp_basis(basis: GdpBasis | None, lang: str) -> str:
    """What a percent-of-GDP commitment means in money: "≈ 200 000 000 EUR (GDP 2024,
    IMF)", or "" when the record does not say."""
    if basis is None:
        return ""
    figure = t("gdp_means", lang, amount=amount(basis.amount, basis.unit, lang))
    origin = [t("gdp_figure", lang, year=basis.year) if basis.year else "", basis.source]
    said = ", ".join(o for o in origin if o)
    return f"{figure} ({said})" if said else figure


def amount(value: float, unit: str, lang: str) -> str:
    """An amount with its unit; Ukrainian writes a decimal comma. A total of amounts near
    the largest float (each one valid) overflows: it is shown as infinite, not a crash."""
    if not math.isfinite(value):
        return f"{'-' if value < 0 else ''}∞ {unit}".strip()
    whole = value == int(value)
    number = f"{int(value):,}" if whole else f"{value:,.6f}".rstrip("0").rstrip(".")
    if lang == "uk":
        number = number.replace(",", "\u202f").replace(".", ",")
    return f"{number} {unit}".strip()


def partnership_name(home: str, partner: str, lang: str) -> str:
    """ "Україна – Литва" / "Ukraine – Lithuania"; organisations keep their stored names."""
    return f"{_name(home, lang)} – {_name(partner, lang)}"


def pack_name(home: str, partners: list[str], lang: str) -> str:
    """A pack's title: "Україна – Литва, Канада, Швеція"."""
    names = ", ".join(_name(p, lang) for p in partners)
    return clip(f"{_name(home, lang)} – {names}", TITLE_CHARS)


def _name(party: str, lang: str) -> str:
    return clip(party_label(party, lang), NAME_CHARS)
