"""Snippets: a few words of a hit around what matched, with the matched words marked.

The index holds normalised words, not the text, so FTS5's own ``snippet()`` would show
lemmas and transliterations. Snippets are cut here from the original text instead, and a
word counts as matched when any of its forms is one the query looked for, so "Литвою" is
marked for the query "Lithuania" exactly when the index matched it.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass

from db.search.normalise import forms, spans

OPEN, CLOSE = "[", "]"
_SPACE = re.compile(r"\s+")
WINDOW = 24
"""Words in a snippet."""
LEAD = 5
"""Words shown before the first match in the window."""


@dataclass(frozen=True)
class Snippet:
    """``text`` marks matches as ``[word]``; ``parts`` is the same as (text, matched) pairs
    for a window to render; ``field`` names where it came from (title, body, people...)."""

    text: str
    parts: tuple[tuple[str, bool], ...]
    field: str


Phrase = tuple[frozenset[str], ...]
"""A quoted phrase: for each of its words in turn, the forms that word may take."""


def _phrase_ends(found: list[tuple[int, int, str]], phrases: tuple[Phrase, ...]) -> list[int]:
    """Indexes of the words of every phrase that ends at the last word of ``found``."""
    n = len(found) - 1
    hits: list[int] = []
    for phrase in phrases:
        first = n - len(phrase) + 1
        if first >= 0 and all(
            not phrase[k].isdisjoint(forms(found[first + k][2])) for k in range(len(phrase))
        ):
            hits += range(first, n + 1)
    return hits


def _scan(
    text: str, wanted: Set[str], prefixes: tuple[str, ...] = (), phrases: tuple[Phrase, ...] = ()
) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The words of ``text`` up to a window past its first match, and the matches' indexes
    (a phrase's words only where they stand together, in order).

    Stopping there keeps snippets cheap on long texts: the window starts at the first match.
    """
    found: list[tuple[int, int, str]] = []
    hits: set[int] = set()
    for n, span in enumerate(spans(text)):
        if hits and n >= min(hits) - LEAD + WINDOW:
            break
        found.append(span)
        if _matches(span[2], wanted, prefixes):
            hits.add(n)
        if phrases:
            hits.update(_phrase_ends(found, phrases))
        if not hits and n >= WINDOW and not wanted and not phrases:
            break
    return found, sorted(hits)


def _matches(word: str, wanted: Set[str], prefixes: tuple[str, ...]) -> bool:
    return not wanted.isdisjoint(forms(word)) or bool(prefixes and word.startswith(prefixes))


def marked(
    text: str, wanted: Set[str], prefixes: tuple[str, ...] = (), phrases: tuple[Phrase, ...] = ()
) -> tuple[tuple[str, bool], ...]:
    """All of ``text`` as (text, matched) parts: a whole record shown with the words a
    query matched marked the same way as in its snippet; a phrase found is one part."""
    found: list[tuple[int, int, str]] = []
    hits: set[int] = set()
    for n, span in enumerate(spans(text)):
        found.append(span)
        if _matches(span[2], wanted, prefixes):
            hits.add(n)
        if phrases:
            hits.update(_phrase_ends(found, phrases))
    return _parts(text, found, sorted(hits), 0, len(text))


def _parts(
    text: str, found: list[tuple[int, int, str]], hits: list[int], begin: int, end: int
) -> tuple[tuple[str, bool], ...]:
    """``text[begin:end]`` as (text, matched) parts, adjacent matched words (a phrase) in
    one part with the spaces between them."""
    parts: list[tuple[str, bool]] = []
    position = begin
    for n in hits:
        start, stop, _ = found[n]
        if start < begin or stop > end:
            continue
        if parts and parts[-1][1] and not text[position:start].strip():
            parts[-1] = (parts[-1][0] + text[position:stop], True)
        else:
            parts += [(text[position:start], False), (text[start:stop], True)]
        position = stop
    parts.append((text[position:end], False))
    return tuple(part for part in parts if part[0])


def make(
    fields: list[tuple[str, str]],
    wanted: Set[str],
    prefixes: tuple[str, ...] = (),
    phrases: tuple[Phrase, ...] = (),
) -> Snippet:
    """The snippet from the first of ``(field, text)`` with a match, else the first text;
    a word matches when one of its forms is ``wanted`` or it starts with one of ``prefixes``,
    and the words of one of ``phrases`` match where they stand together."""
    fields = [(name, text) for name, text in fields if text.strip()]
    if not fields:
        return Snippet("", (), "")
    for name, text in fields:
        found, hits = _scan(text, wanted, prefixes, phrases)
        if hits:
            return _cut(name, text, found, hits)
    name, text = fields[0]
    return _cut(name, text, _scan(text, set())[0], [])


def _cut(name: str, text: str, found: list[tuple[int, int, str]], hits: list[int]) -> Snippet:
    if not found:
        return Snippet(text[:200], ((text[:200], False),), name)
    first = max(0, hits[0] - LEAD) if hits else 0
    last = min(len(found), first + WINDOW) - 1
    begin, end = found[first][0], found[last][1]
    if first == 0:
        begin = 0
    if last == len(found) - 1 and not _more_words(text, end):
        end = len(text)
    parts = list(_parts(text, found, [n for n in hits if first <= n <= last], begin, end))
    if begin > 0:
        parts.insert(0, ("…", False))
    if end < len(text):
        parts.append(("…", False))
    parts = [(_SPACE.sub(" ", t), m) for t, m in parts if t]
    return Snippet("".join(f"{OPEN}{t}{CLOSE}" if m else t for t, m in parts), tuple(parts), name)


def _more_words(text: str, end: int) -> bool:
    return next(spans(text[end:]), None) is not None
