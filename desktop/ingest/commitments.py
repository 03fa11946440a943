"""Commitments: who promises how much of what, until when.

A commitment is a sentence with a promising verb ("виділяти", "надасть", "will provide",
"pledged") and an amount: a share of GDP, a sum of money or a number of things. What was
already delivered ("передала", "delivered") is a fact, not a promise, and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db import PartialDate
from desktop.ingest.lexicon import stem
from desktop.ingest.morph import inflect_word, readings
from desktop.ingest.parties import Mention, mentions
from desktop.ingest.text import Sentence, wordset

_UK_PROMISE = wordset(
    "виділяти виділити надати надавати передати передавати фінансувати профінансувати "
    "інвестувати спрямувати спрямовувати вкласти постачати поставити забезпечити "
    "забезпечувати зобов'язатися виготовити виготовляти закупити закуповувати "
    "витратити витрачати внести навчити навчати підготувати"
)
_UK_PROMISE_ALWAYS = frozenset({"зобов'язатися"})
_EN_PROMISE = frozenset(
    map(
        stem,
        wordset(
            "allocate provide give invest commit pledge deliver supply fund finance "
            "contribute spend transfer produce manufacture purchase procure earmark train"
        ),
    )
)
_EN_PROMISE_ALWAYS = frozenset(stem(w) for w in ("pledged", "committed", "promised", "earmarked"))
_EN_FUTURE = wordset("will to shall would continue continues")

_SCALE = {
    "тис": 1e3, "тисяч": 1e3, "thousand": 1e3, "млн": 1e6, "мільйон": 1e6, "мільйона": 1e6,
    "мільйонів": 1e6, "million": 1e6, "m": 1e6, "mln": 1e6, "млрд": 1e9, "мільярд": 1e9,
    "мільярда": 1e9, "мільярдів": 1e9, "billion": 1e9, "bn": 1e9,
}  # fmt: skip
_CURRENCY = [
    (r"канадськ\w*\s+долар\w*|canadian\s+dollars?|C\$", "CAD"),
    (r"шведськ\w*\s+крон\w*|swedish\s+kron\w*|SEK", "SEK"),
    (r"норвезьк\w*\s+крон\w*|norwegian\s+kron\w*|NOK", "NOK"),
    (r"данськ\w*\s+крон\w*|danish\s+kron\w*|DKK", "DKK"),
    (r"долар\w*|дол\.|dollars?|USD|US\$|\$", "USD"),
    (r"євро|euros?|EUR|€", "EUR"),
    (r"гривень|гривні|гривня|грн|hryvnias?|UAH", "UAH"),
    (r"фунт\w*\s+стерлінг\w*|фунт\w*|pounds?(?:\s+sterling)?|GBP|£", "GBP"),
    (r"злот\w*|zlot\w*|PLN", "PLN"),
    (r"єн|yen|JPY", "JPY"),
]
#: A number, "0,25", "1 000 000", "100,000". It starts only where a number starts (not at
#: a group inside "1 000 000") and never gives back a group it read, so a long run of
#: groups is read once rather than once from each of its groups.
_NUMBER = r"(?<![\w.,])(?<!\d[ \u00a0])(\d++(?:[ \u00a0,]\d{3}(?!\d))*+(?:[.,]\d+)?)"
_SCALE_RE = (
    r"(?:\s*(тис\.?|тисяч|млн\.?|мільйон\w*|млрд\.?|мільярд\w*"
    r"|thousand|million|mln|billion|bn|m)\b\.?)?"
)
_PERCENT = re.compile(
    _NUMBER + r"\s*(?:%|відсот\w*|per\s?cent|percent)"
    r"(?:\s+(?:свого|its|of\s+its|of|their|від)?\s*(ВВП|GDP))?",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(
    _NUMBER + _SCALE_RE + r"\s*(" + "|".join(p for p, _ in _CURRENCY) + r")", re.IGNORECASE
)
_MONEY_BEFORE = re.compile(
    r"(US\$|C\$|\$|€|£|\b(?:EUR|USD|GBP|DKK|SEK|NOK|PLN|CAD|UAH|JPY|CHF)\b)\s?"
    + _NUMBER
    + _SCALE_RE
)
_QUANTITY = re.compile(
    _NUMBER + r"(?:\s+(тис\.|тисяч\w*|млн\.?|мільйон\w*|thousand|million))?\s+([^\W_]{3,})"
)
#: "30 CV90 infantry fighting vehicles": in English, what is counted runs to a plural noun.
_EN_COUNTED = re.compile(r"((?:[\w-]+\s+){0,4}?[^\W\d_][\w-]*s)\b")
_UNTIL = re.compile(
    r"\b(?:до|по|протягом|впродовж|until|till|through|throughout|by)\s+"
    r"(?:(?:кінця|the\s+end\s+of)\s+)?(\d{4})(?!\s*[-–—]\s*\d{4})(?:-?го)?\b"
    r"(?:\s*(?:року|р\.|рік))?"
    r"|\b(?:(?:у|в|протягом|впродовж|in|during|over|from)\s+)?\d{4}\s*(?:[-–—]|to)\s*(\d{4})"
    r"(?:\s*(?:роках|років|рр\.))?",
    re.IGNORECASE,
)
_NOT_QUANTITY = re.compile(
    r"^(рок|рік|років|днів|дні|місяц|тижн|year|month|day|week|%|відсот|percent|per)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Promise:
    """A commitment found in a sentence; ``party`` is ``""`` when the sentence names none."""

    party: str
    description: str
    amount: float | None
    unit: str
    until: PartialDate | None


def _number(text: str, lang: str) -> float:
    """ "0,25" is a quarter in Ukrainian; "100,000" is a hundred thousand in English."""
    text = re.sub(r"[ \u00a0]", "", text)
    return float(text.replace(",", "") if lang == "en" else text.replace(",", "."))


def _currency(word: str) -> str:
    for pattern, code in _CURRENCY:
        if re.fullmatch(pattern, word.strip(), re.IGNORECASE):
            return code
    return ""


def _amount(text: str, lang: str) -> tuple[float | None, str, int] | None:
    """The first amount in ``text``: value, unit and where it starts."""
    candidates = []
    for m in _PERCENT.finditer(text):
        unit = "% of GDP" if m.group(2) else "%"
        candidates.append((m.start(), _number(m.group(1), lang), unit))
    for m in _MONEY_AFTER.finditer(text):
        scale = _SCALE.get((m.group(2) or "").rstrip(".").lower(), 1)
        candidates.append((m.start(), _number(m.group(1), lang) * scale, _currency(m.group(3))))
    for m in _MONEY_BEFORE.finditer(text):
        scale = _SCALE.get((m.group(3) or "").rstrip(".").lower(), 1)
        candidates.append((m.start(), _number(m.group(2), lang) * scale, _currency(m.group(1))))
    if not candidates:
        for m in _QUANTITY.finditer(text):
            word = m.group(3)
            if (
                _NOT_QUANTITY.match(word)
                or _currency(word)
                or len(m.group(1)) == 4
                or (lang == "uk" and not word.isalpha())
            ):
                continue
            if lang == "uk":
                unit = inflect_word(word, {"nomn", "plur"})
            else:
                counted = _EN_COUNTED.match(text, m.start(3))
                unit = counted.group(1) if counted else word
            scale = _SCALE.get((m.group(2) or "").rstrip(".").lower(), 1)
            candidates.append((m.start(), _number(m.group(1), lang) * scale, unit))
            break
    if not candidates:
        return None
    start, value, unit = min(candidates, key=lambda c: c[0])
    return value, unit, start


def _promise_at(sentence: Sentence) -> int | None:
    """Index of the promising verb, if the sentence promises rather than reports."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.is_word:
            continue
        if sentence.lang == "uk":
            for r in readings(token.text):
                if r.lemma in _UK_PROMISE and (
                    r.grammemes & {"futr", "infn", "pres"} or r.lemma in _UK_PROMISE_ALWAYS
                ):
                    return i
        else:
            key = stem(token.text)
            before = {t.text.lower() for t in tokens[max(0, i - 3) : i]}
            if key in _EN_PROMISE_ALWAYS and token.text.lower().endswith("ed"):
                return i
            if key in _EN_PROMISE and (before & _EN_FUTURE or token.text.lower() == "pledges"):
                return i
    return None


def _party(sentence: Sentence, verb: int, found: list[Mention]) -> str:
    before = [m for m in found if m.start < verb]
    if sentence.lang == "uk":
        subject = [m for m in before if m.case == "nomn"] or [m for m in found if m.case == "nomn"]
        return subject[0].key if subject else ""
    preps = {"to", "for", "in", "into", "from", "with"}
    subject = [
        m for m in before if m.start == 0 or sentence.tokens[m.start - 1].text.lower() not in preps
    ]
    return subject[0].key if subject else ""


def find_promises(sentence: Sentence) -> list[Promise]:
    """The commitment a sentence states (at most one), with party, amount and end year."""
    return sentence.remember("promises", lambda: _promises(sentence))


def _promises(sentence: Sentence) -> list[Promise]:
    verb = _promise_at(sentence)
    if verb is None:
        return []
    tail = sentence.text[sentence.tokens[verb].start - sentence.start :]
    amount = _amount(tail, sentence.lang)
    if amount is None:
        return []
    value, unit, _ = amount
    until = None
    end = len(tail)
    until_match = _UNTIL.search(sentence.text)  # "До 2027 року Литва виділятиме ..." too
    if until_match:
        until = PartialDate(int(until_match.group(1) or until_match.group(2)))
        in_tail = _UNTIL.search(tail)
        end = in_tail.start() if in_tail else end
    clause = re.split(r"[,;:\"«»“”—]|\s[–-]\s", tail[:end])[0]
    if len(clause) < len(tail[:end]) and _amount(clause, sentence.lang) is None:
        clause = tail[:end]
    description = clause.strip().rstrip(".")
    description = description[:1].upper() + description[1:]
    party = _party(sentence, verb, mentions(sentence))
    return [Promise(party, description, value, unit, until)]
