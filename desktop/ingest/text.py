"""Article text in: metadata lines, HTML stripped, language, sentences and tokens with offsets.

Offsets into the original text are kept for every sentence and token so that a review
window can highlight the exact words a proposed value came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from db import PartialDate
from desktop.ingest.dates import find_dates

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://\S+")


@dataclass
class Article:
    """A text to read, with what is known about its publication."""

    text: str
    published_on: PartialDate | None = None
    url: str = ""
    outlet: str = ""
    title: str = ""


def _iso_date(text: str) -> PartialDate | None:
    """The date ``YYYY-MM-DD`` names, or None for one that names no day (2025-02-30):
    a typo in a header or a page's metadata is no reason to refuse the article."""
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def read_header(raw: str) -> Article:
    """Split leading ``date YYYY-MM-DD`` / ``url ...`` / ``outlet ...`` lines from the text.

    The sample article starts with ``date 2025-08-25`` followed by the first sentence on the
    same line; the date line is how a pasted item says when it was published.
    """
    text = raw
    article = Article(text="")
    while True:
        stripped = text.lstrip()
        head = re.match(r"(date|url|source|outlet)\s*:?\s+", stripped, re.IGNORECASE)
        if not head:
            break
        key = head.group(1).lower()
        rest = stripped[head.end() :]
        if key == "date":
            found = _ISO.match(rest)
            if found and (date := _iso_date(found.group())) is not None:
                article.published_on = date
                text = rest[found.end() :]
                continue
            line, _, after = rest.partition("\n")
            stated = [d for d in find_dates(line, None) if d.date.day is not None]
            if not stated:
                break
            article.published_on = stated[0].date  # "date: 25.08.2025", "Date: August 25, 2025"
            text = after
        elif key in ("url", "source") and (found := _URL.match(rest)):
            article.url = found.group()
            text = rest[found.end() :]
        else:
            line, _, after = rest.partition("\n")
            article.outlet = line.strip()
            text = after
    article.text = text.strip()
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


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML page and its publication metadata."""

    BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "article",
            "section",
            "header",
            "footer",
            "blockquote",
            "title",
        }
    )
    HIDDEN = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.hidden = 0
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            self.meta[key.lower()] = values.get("content", "")
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta["canonical"] = values.get("href", "")
        elif tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.hidden:
            self.parts.append(data)


def read_html(raw: str) -> Article:
    """The visible text of an HTML page (stdlib parser only), with its date and address."""
    parser = _HtmlText()
    parser.feed(raw)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n\n", text).strip()
    article = read_header(text)
    for key in ("article:published_time", "datepublished", "date", "pubdate"):
        found = _ISO.match(parser.meta.get(key, ""))
        if found and article.published_on is None:
            article.published_on = _iso_date(found.group())
    article.url = article.url or parser.meta.get("canonical") or parser.meta.get("og:url", "")
    article.outlet = article.outlet or parser.meta.get("og:site_name", "")
    article.title = parser.title.strip()
    return article


def looks_like_html(raw: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article)\b", raw[:5000], re.IGNORECASE))


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
_TOKEN = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\S")
_BOUNDARY = re.compile(r"[.!?…]+[\"»”')\]]*\s+|\n\s*\n|\n(?=\s*[-–—•*]?\s*[A-ZА-ЯҐЄІЇ0-9\"«])")


@dataclass
class Token:
    text: str
    start: int
    end: int

    @cached_property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @cached_property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


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

    def remember(self, name: str, compute):
        """``compute()``, worked out once per sentence and kept."""
        if name not in self.memo:
            self.memo[name] = compute()
        return self.memo[name]


def _ends_with_abbreviation(chunk: str) -> bool:
    words = re.findall(r"[^\W\d_]+(?=[.\s]*$)", chunk[-24:])
    if not words:
        return False
    last = words[-1]
    if len(last) == 1 and last.isupper():  # an initial: "Д. Шмигаль", "J. Smith"
        return True
    return last.lower() in _ABBREVIATIONS and chunk.rstrip().endswith(".")


def sentences(text: str) -> list[Sentence]:
    """The article cut into sentences, each with offsets, language and tokens."""
    out: list[Sentence] = []
    start = 0
    cuts = [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    for cut in cuts:
        chunk = text[start:cut]
        if cut != len(text) and _ends_with_abbreviation(chunk) and "\n" not in chunk[-2:]:
            continue
        body = chunk.strip()
        if body:
            offset = start + chunk.index(body)
            sentence = Sentence(len(out), body, offset, offset + len(body), language(body))
            sentence.tokens = [
                Token(m.group(), offset + m.start(), offset + m.end())
                for m in _TOKEN.finditer(body)
            ]
            out.append(sentence)
        start = cut
    return out
