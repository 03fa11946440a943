"""A cell's text as the analyst wrote it, read as a field's value.

Several values share a cell separated by ``;``, new lines, or ``,`` (unless the comma is
the file's delimiter, when a quoted comma is more likely part of a name). Parties are
country codes (``LT``, ``LTU``), country names in English or Ukrainian in any case form
(``Литва``, ``Литвою``, ``Lithuania``) or organisation names; a name that mixes Latin and
Cyrillic letters ("Литвa" typed with a Latin "a") or is a near miss of a country's name is
a problem, never a new organisation. Amounts carry their currency and a scale
(``1,5 млн євро``, ``$200,000``, ``EUR 2.5bn``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

import pycountry
from rapidfuzz import fuzz, process

from db import Kind, PartialDate, Party, Source, Status, countries, is_country
from db.search import country_of
from desktop.labels import KINDS, STATUSES
from desktop.sheets.problems import CellProblem
from desktop.sheets.source import Cell
from desktop.typed_dates import TypedDateError, parse_typed_date

_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "сша": "US", "сполучені штати": "US",
    "сполучені штати америки": "US", "united states of america": "US", "uk": "GB",
    "britain": "GB", "great britain": "GB", "великобританія": "GB", "британія": "GB",
}  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")
_LOOKALIKE = str.maketrans("aceiopxyABCEHIKMOPTXy", "асеіорхуАВСЕНІКМОРТХу")


def split_values(text: str, comma: bool = True) -> list[str]:
    """The values of a cell: split by ``;`` and new lines, and by ``,`` when ``comma``."""
    pattern = r"[;\n\r]" + ("|," if comma else "")
    return [v.strip() for v in re.split(pattern, text) if v.strip()]


def split_parties(text: str, comma: bool = True) -> list[str]:
    """A parties cell's values: as :func:`split_values`, and a comma-joined value split too
    when every part names a country ("Литва, Польща" in a comma-delimited file)."""
    found: list[str] = []
    for value in split_values(text, comma):
        parts = [p.strip() for p in value.split(",") if p.strip()]
        named = all((len(p) == 2 and is_country(p)) or country_of(p) for p in parts)
        found.extend(parts if len(parts) > 1 and named else [value])
    return found


def text_of(cell: Cell) -> str:
    """A cell as text (an XLSX number 2025.0 as ``2025``)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    return str(cell).strip()


def date_of(cell: Cell) -> PartialDate | None:
    """A date cell: an XLSX date, or text in any form :mod:`desktop.typed_dates` reads."""
    if isinstance(cell, dt.datetime):
        return PartialDate.of(cell.date())
    if isinstance(cell, dt.date):
        return PartialDate.of(cell)
    text = text_of(cell)
    if not text:
        return None
    try:
        return parse_typed_date(text)
    except TypedDateError as error:
        raise CellProblem(error.code, {**error.params, "value": text}) from None


@cache
def _country_names() -> dict[str, str]:
    """Every country's name in either language, by its case-folded form."""
    return {name.casefold(): name for lang in ("en", "uk") for _, name in countries(lang)}


@lru_cache(maxsize=4096)
def party_of(text: str) -> Party:
    """A party cell value as a state or an organisation; CellProblem for a misspelt state."""
    folded = text.casefold()
    if len(text) == 2 and is_country(text):
        return Party.state(text)
    if folded in _ALIASES:
        return Party.state(_ALIASES[folded])
    if len(text) == 3 and text.isascii() and text.isupper():
        found = pycountry.countries.get(alpha_3=text)
        if found is not None:
            return Party.state(found.alpha_2)
    if _CYRILLIC.search(text) and _LATIN.search(text):
        meant = text.translate(_LOOKALIKE)
        code = country_of(meant)
        raise CellProblem("mixed_script", {"value": text, "meant": meant if code else ""})
    code = country_of(text)
    if code is not None:
        return Party.state(code)
    if len(folded) >= 4:
        names = _country_names()
        near = process.extractOne(folded, list(names), scorer=fuzz.ratio, score_cutoff=80)
        if near is not None:
            raise CellProblem("unknown_country", {"value": text, "meant": names[near[0]]})
    return Party.org(text)


def _choices(table: dict[str, tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value, (english, ukrainian) in table.items():
        for name in (value, value.replace("_", " "), english, ukrainian):
            found[name.casefold()] = value
    return found


_KINDS = {
    **_choices({str(k): v for k, v in KINDS.items()}),
    "mou": "memorandum", "memorandum": "memorandum", "меморандум": "memorandum",
    "loi": "letter_of_intent", "declaration": "joint_declaration",
    "декларація": "joint_declaration", "спільна заява": "joint_declaration",
    "joint statement": "joint_declaration", "договір": "treaty", "угода": "agreement",
}  # fmt: skip
_STATUSES = {
    **_choices({str(s): v for s, v in STATUSES.items()}),
    "в силі": "in_force", "набув чинності": "in_force", "чинна": "in_force",
}  # fmt: skip


def kind_of(cell: Cell) -> Kind | None:
    text = text_of(cell)
    if not text:
        return None
    value = _KINDS.get(" ".join(text.casefold().split()))
    if value is None:
        raise CellProblem("unknown_kind", {"value": text})
    return Kind(value)


def status_of(cell: Cell) -> Status | None:
    text = text_of(cell)
    if not text:
        return None
    value = _STATUSES.get(" ".join(text.casefold().split()))
    if value is None:
        raise CellProblem("unknown_status", {"value": text})
    return Status(value)


def source_of(text: str) -> Source:
    """A URL, or the outlet's name."""
    if re.match(r"(?i)(https?://|www\.)", text):
        return Source(url=text)
    return Source(outlet=text)


_CURRENCIES = {
    "€": "EUR", "eur": "EUR", "євро": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "usd": "USD", "дол": "USD", "долар": "USD", "доларів": "USD", "долари": "USD",
    "dollars": "USD", "£": "GBP", "gbp": "GBP", "фунтів": "GBP", "₴": "UAH", "uah": "UAH",
    "грн": "UAH", "гривень": "UAH", "гривні": "UAH",
}  # fmt: skip
_SCALES = {
    "тис": 1e3, "thousand": 1e3, "k": 1e3, "млн": 1e6, "мільйонів": 1e6, "million": 1e6,
    "mln": 1e6, "mn": 1e6, "m": 1e6, "млрд": 1e9, "мільярдів": 1e9, "billion": 1e9,
    "bn": 1e9, "b": 1e9,
}  # fmt: skip
_AMOUNT = re.compile(r"(?P<number>\d[\d\s\u00a0\u202f.,']*)\s*(?P<rest>.*)")


def _number(text: str) -> float:
    digits = re.sub(r"[\s\u00a0\u202f']", "", text).rstrip(".,")
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in digits:
        digits = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", digits) else digits
        digits = digits.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", digits):
        digits = digits.replace(".", "")
    return float(digits)


def amount_of(cell: Cell) -> tuple[float, str] | None:
    """An amount cell as (amount, currency code or ""): ``1,5 млн євро`` → (1500000, EUR)."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return float(cell), ""
    text = text_of(cell)
    if not text:
        return None
    words = text.replace("€", " € ").replace("$", " $ ").replace("£", " £ ").replace("₴", " ₴ ")
    match = _AMOUNT.search(words)
    if match is None:
        raise CellProblem("bad_amount", {"value": text})
    before = words[: match.start()].split()
    after = re.findall(r"[^\W\d_]+|[€$£₴]", match["rest"])
    scale, currency, unknown = 1.0, "", []
    for word in [w.casefold().rstrip(".") for w in before + after]:
        if word in _SCALES and scale == 1.0:
            scale = _SCALES[word]
        elif word in _CURRENCIES and not currency:
            currency = _CURRENCIES[word]
        elif len(word) == 3 and word.isascii() and not currency:
            currency = word.upper()
        else:
            unknown.append(word)
    try:
        amount = _number(match["number"]) * scale
    except ValueError:
        raise CellProblem("bad_amount", {"value": text}) from None
    if unknown:
        raise CellProblem("bad_amount", {"value": text})
    return amount, currency
