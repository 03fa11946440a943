"""Article text in: metadata lines, HTML stripped, language, sentences and tokens with offsets.

Offsets into the original text are kept for every sentence and token so that a review
window can highlight the exact words a proposed value came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from db import PartialDate
from desktop.ingest.dates import find_dates

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://\S+")


@dataclass
class Article:
    """A text to read, with what is known about its publication."""

    text: str
    published_on: PartialDate | None = None
    url: str = ""
    outlet: str = ""
    title: str = ""


def iso_date(text: str) -> PartialDate | None:
    """The date ``YYYY-MM-DD`` names, or None for one that names no day (2025-02-30):
    a typo in a header or a page's metadata is no reason to refuse the article."""
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


_HEAD = re.compile(r"\s*(date|url|source|outlet)\s*:?\s+", re.IGNORECASE)


def _next_line(raw: str, at: int) -> int:
    """Where the line after the one holding ``at`` begins (the end, on the last line)."""
    end = raw.find("\n", at)
    return len(raw) if end < 0 else end + 1


def read_header(raw: str) -> Article:
    """Split leading ``date YYYY-MM-DD`` / ``url ...`` / ``outlet ...`` lines from the text.

    The sample article starts with ``date 2025-08-25`` followed by the first sentence on the
    same line; the date line is how a pasted item says when it was published. The lines
    are read by position, never by cutting the rest of the text, so many of them cost no
    more than one.
    """
    article = Article(text="")
    at = 0  # where the text after the header lines read so far begins
    while head := _HEAD.match(raw, at):
        key = head.group(1).lower()
        rest = head.end()
        if key == "date":
            found = ISO_DATE.match(raw, rest)
            if found and (date := iso_date(found.group())) is not None:
                article.published_on = date
                at = found.end()
                continue
            after = _next_line(raw, rest)
            line = raw[rest:after].rstrip("\n")
            stated = [d for d in find_dates(line, None) if d.date.day is not None]
            if not stated:
                break
            article.published_on = stated[0].date  # "date: 25.08.2025", "Date: August 25, 2025"
            at = after
        elif key in ("url", "source") and (found := _URL.match(raw, rest)):
            article.url = found.group()
            at = found.end()
        else:
            after = _next_line(raw, rest)
            article.outlet = raw[rest:after].strip()
            at = after
    article.text = raw[at:].strip()
    if article.published_on is None:
        _date_line(article)
    return article


def _date_line(article: Article) -> None:
    """A first line that is only a date (and a time): "25 серпня 2025, 14:30"."""
    line, _, after = article.text.partition("\n")
    stated = [d for d in find_dates(line, None) if d.date.day is not None]
    if len(line) <= 40 and stated:
        rest = line[: stated[0].start] + line[stated[0].end :]
        if not re.sub(r"[\d:.,|—–\-\s]|року|р\.", "", rest):
            article.published_on = stated[0].date
            article.text = after.strip()


#: "KYIV —", "BRUSSELS, April 9 (Reuters) -", "ТОКІО, 9 липня /Укрінформ/.": where the
#: reporter filed from, at the start of a line: a name in capitals, perhaps a region, a
#: date and an agency, then a dash (or the agency between slashes and a full stop).
_DATELINE = re.compile(
    r"^[ \t]*[A-ZА-ЯҐЄІЇ][A-ZА-ЯҐЄІЇ'’.\- ]{2,30}(?:,[ \t]*[^\n,—–()/]{2,20}){0,2}[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–-]+|/[^/\n]{1,30}/\.?)[ \t]*",
    re.MULTILINE,
)
#: Datelines open an item: only its first lines are looked at.
_DATELINE_REACH = 600


def mask_dateline(text: str) -> str:
    """``text`` with its dateline blanked (same length, so offsets hold): the place a
    reporter filed from is neither where a document was signed nor a party to it."""
    for found in _DATELINE.finditer(text, 0, min(len(text), _DATELINE_REACH)):
        head = re.match(r"[\s]*([^\s,(/—–-]+)", found.group())
        if head and head.group(1).isupper() and len(head.group(1)) >= 2:
            start, end = found.span()
            return text[:start] + " " * (end - start) + text[end:]
    return text


#: Letters that look alike in Latin and Cyrillic: a name typed with a stray one of the
#: other alphabet ("Mоntenegro" with a Cyrillic "о") is one word, not two half-words.
_TO_LATIN = str.maketrans("аеорсухіјѕАВЕКМНОРСТХІЈЅ", "aeopcyxijsABEKMHOPCTXIJS")
_TO_CYRILLIC = str.maketrans("aeopcyxiABEKMHOPCTXI", "аеорсухіАВЕКМНОРСТХІ")
#: A Latin letter next to a Cyrillic one: found without trying any position twice.
_MIXED = re.compile(r"(?<=[A-Za-z])[\u0400-\u04ff]|(?<=[\u0400-\u04ff])[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


_ODD_SPACES = re.compile("[\u00a0\u2007\u2009\u202f]")


def plain_spaces(text: str) -> str:
    """``text`` with no-break and thin spaces as plain ones (same length, so offsets hold):
    "Latvia's\u00a0Defence Ministry" and "BERLIN\u00a0(AP) —" read as typed plainly."""
    return _ODD_SPACES.sub(" ", text)


def one_alphabet(text: str) -> str:
    """``text`` with each word that mixes Latin and Cyrillic letters written in the
    alphabet most of its letters use (same length, so offsets hold)."""
    if not _MIXED.search(text):
        return text
    parts: list[str] = []
    done = 0
    for hit in _MIXED.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        word = _WORD.match(text, start)
        end = word.end() if word else hit.end()
        chunk = text[start:end]
        latin = sum(ch.isascii() for ch in chunk)
        table = _TO_LATIN if latin * 2 > len(chunk) else _TO_CYRILLIC
        parts += [text[done:start], chunk.translate(table)]
        done = end
    return "".join(parts) + text[done:]


def language(text: str) -> str:
    """``uk`` when Cyrillic letters outnumber Latin ones, else ``en``."""
    cyrillic = len(re.findall(r"[а-яґєіїА-ЯҐЄІЇ]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "uk" if cyrillic > latin else "en"


# -- sentences and tokens -----------------------------------------------------------------


def wordset(text: str) -> frozenset[str]:
    """The space-separated words of ``text``: how word lists are written in this package."""
    return frozenset(text.split())


_ABBREVIATIONS = wordset(
    "р рр ст п м вул пл ім т тис млн млрд грн дол проф акад д пп див напр "
    "mr mrs ms dr st no vs jr sr gen col lt prof inc ltd co corp dept approx etc e g i "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: A word may hold soft hyphens ("Підпи\u00adсання"): they are dropped from the token's text.
_TOKEN = re.compile(
    r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|[^\W\d_]+(?:(?:['’ʼ-]|\u00ad+)[^\W\d_]+)*|\S"
)
#: Where a sentence ends. Written so that no position is tried twice over a long run: a run
#: of stops is tried from its first stop only, and possessive quantifiers never give back
#: what they took (``...`` a million times, or a line break before a million spaces).
_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…]++[\"»”')\]]*+\s+|\n\s*\n|\n(?=\s*+[-–—•*]?\s*[A-ZА-ЯҐЄІЇ0-9\"«])"
)
#: A "sentence" with more tokens than this (a text without full stops, a long list) is read
#: in pieces of at most this many, so that every step the reader takes per sentence costs a
#: bounded amount; news sentences run to 30–60 tokens and are never cut.
MAX_SENTENCE_TOKENS = 160
_CLAUSE_ENDS = frozenset(",;:—–")


@dataclass(slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    #: Asked of nearly every token by every reader: worked out once, as the token is made.
    is_word: bool = field(compare=False, repr=False)
    is_capitalised: bool = field(compare=False, repr=False)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text.replace("\u00ad", ""), start, end
        self.is_word = text[:1].isalpha()
        self.is_capitalised = text[:1].isupper()


@dataclass
class Sentence:
    """One sentence of the article: its text, where it is, its language and tokens."""

    index: int
    text: str
    start: int
    end: int
    lang: str
    tokens: list[Token] = field(default_factory=list)
    #: What the readers found in this sentence, computed once (keys, mentions, people).
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def remember[T](self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, worked out once per sentence and kept (each ``name`` is always
        computed by the same function, so the kept value is a ``T``)."""
        if name not in self.memo:
            self.memo[name] = compute()
        return cast(T, self.memo[name])


def headline(sentence: Sentence) -> bool:
    """The text's first line standing alone, without a full stop: a headline, which news
    writes in the present ("Japan, Australia sign pact") and without a day."""
    last = sentence.text[-1:]
    return sentence.index == 0 and (last.isalnum() or last in "\"»”'")


def _ends_with_abbreviation(end: str) -> bool:
    """Whether a sentence ending in ``end`` (its last 24 characters) ends in an abbreviation."""
    words = re.findall(r"[^\W\d_]+(?=[.\s]*$)", end)
    if not words:
        return False
    last = words[-1]
    if len(last) == 1 and last.isupper():  # an initial: "Д. Шмигаль", "J. Smith"
        return True
    return last.lower() in _ABBREVIATIONS and end.rstrip().endswith(".")


def _pieces(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges of ``body``'s token ``spans`` of at most ``MAX_SENTENCE_TOKENS``, each ending
    after a comma, colon, semicolon or dash when there is one in its second half."""
    out = []
    start = 0
    while len(spans) - start > MAX_SENTENCE_TOKENS:
        end = start + MAX_SENTENCE_TOKENS
        for j in range(end - 1, start + MAX_SENTENCE_TOKENS // 2, -1):
            if body[spans[j][0] : spans[j][1]] in _CLAUSE_ENDS:
                end = j + 1
                break
        out.append((start, end))
        start = end
    out.append((start, len(spans)))
    return out


def _sentences_in(body: str, offset: int, index: int) -> list[Sentence]:
    """``body`` (at ``offset`` in the article) as one sentence, or as several pieces."""
    spans = [m.span() for m in _TOKEN.finditer(body)]
    out: list[Sentence] = []
    for first, last in _pieces(body, spans):
        start, end = spans[first][0], spans[last - 1][1]
        text = body[start:end]
        at = offset + start
        sentence = Sentence(index + len(out), text, at, at + len(text), language(text))
        sentence.tokens = [Token(body[s:e], offset + s, offset + e) for s, e in spans[first:last]]
        out.append(sentence)
    return out


def sentences(text: str) -> list[Sentence]:
    """The article cut into sentences, each with offsets, language and tokens.

    A cut after an abbreviation ("млн.", "Д.") is skipped by looking at the characters just
    before it, never by cutting the growing sentence again, so text made of abbreviations
    costs no more than prose.
    """
    out: list[Sentence] = []
    start = 0
    cuts = [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    for cut in cuts:
        if (
            cut != len(text)
            and _ends_with_abbreviation(text[max(start, cut - 24) : cut])
            and "\n" not in text[max(start, cut - 2) : cut]
        ):
            continue
        chunk = text[start:cut]
        body = chunk.strip()
        if body:
            out += _sentences_in(body, start + len(chunk) - len(chunk.lstrip()), len(out))
        start = cut
    return out
