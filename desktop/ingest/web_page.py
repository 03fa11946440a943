"""A saved web page in: its visible text, title, date and address (stdlib parser only).

``html.parser`` before Python 3.12.11 takes quadratic time on markup that never closes
(``<a<a<a…``, ``<!--`` without ``-->``): for each such ``<`` it searches the rest of the
page for the end and then moves on by one character. Such a ``<`` is written as ``&lt;``
first, which reads as the same character, so the parser only ever meets markup that ends.
(A comment left open then reads as the text ``<!--`` followed by the page after it, where
html.parser made text of everything up to the next ``>``: a broken page either way.)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.ingest.text import ISO_DATE, Article, iso_date, read_header

#: Markup that needs an end of its own: a comment, and a marked section with its keyword.
_OWN_END = re.compile(r"<!(?:(--)|\[([a-zA-Z][-_.a-zA-Z0-9]*)?)")
#: Marked sections html.parser knows (others stop it with an AssertionError), by closer.
_SECTIONS = {"cdata": "]]>", "temp": "]]>", "ignore": "]]>", "include": "]]>", "rcdata": "]]>"}
_SECTIONS |= {"if": "]>", "else": "]>", "endif": "]>"}


def close_or_escape(raw: str) -> str:
    """``raw`` with every ``<`` that opens markup with no end anywhere after it (and every
    marked section html.parser cannot read) written as ``&lt;``.

    A tag ends at a ``>``, so after the page's last ``>`` every ``<`` is escaped at once;
    before it only comments and marked sections are looked at, each by one comparison with
    where its end last occurs in the page. The pass is linear.
    """
    tail = raw.rfind(">") + 1
    last = {closer: raw.rfind(closer) for closer in ("-->", "]]>", "]>")}
    parts: list[str] = []
    done = 0
    for opener in _OWN_END.finditer(raw, 0, tail):
        closer = "-->" if opener.group(1) else _SECTIONS.get((opener.group(2) or "").lower())
        if closer and last[closer] >= opener.end():
            continue
        parts += [raw[done : opener.start()], "&lt;"]
        done = opener.start() + 1
    parts += [raw[done:tail], raw[tail:].replace("<", "&lt;")]
    return "".join(parts)


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
        self.title: list[str] = []

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
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)


#: White space holding a line break, from its first character (the look-behind keeps a run
#: without a break, such as many no-break spaces, from being tried at each of its characters).
_LINE_BREAKS = re.compile(r"(?<!\s)\s*\n\s*")


def read_html(raw: str) -> Article:
    """The visible text of an HTML page (stdlib parser only), with its date and address."""
    parser = _HtmlText()
    parser.feed(close_or_escape(raw))
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = _LINE_BREAKS.sub("\n\n", text).strip()
    article = read_header(text)
    for key in ("article:published_time", "datepublished", "date", "pubdate"):
        found = ISO_DATE.match(parser.meta.get(key, ""))
        if found and article.published_on is None:
            article.published_on = iso_date(found.group())
    article.url = article.url or parser.meta.get("canonical") or parser.meta.get("og:url", "")
    article.outlet = article.outlet or parser.meta.get("og:site_name", "")
    article.title = "".join(parser.title).strip()
    return article


def looks_like_html(raw: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article)\b", raw[:5000], re.IGNORECASE))
