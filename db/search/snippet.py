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


def _matches(text: str, wanted: Set[str]) -> tuple[list[tuple[int, int, str]], list[int]]:
    found = spans(text)
    return found, [n for n, (_, _, w) in enumerate(found) if not wanted.isdisjoint(forms(w))]


def make(fields: list[tuple[str, str]], wanted: Set[str]) -> Snippet:
    """The snippet from the first of ``(field, text)`` with a match, else the first text."""
    fields = [(name, text) for name, text in fields if text.strip()]
    if not fields:
        return Snippet("", (), "")
    for name, text in fields:
        found, hits = _matches(text, wanted)
        if hits:
            return _cut(name, text, found, hits)
    name, text = fields[0]
    return _cut(name, text, spans(text), [])


def _cut(name: str, text: str, found: list, hits: list[int]) -> Snippet:
    if not found:
        return Snippet(text[:200], ((text[:200], False),), name)
    # The window holding the most matches, starting a few words before its first one.
    best = max(hits, key=lambda h: sum(1 for x in hits if h <= x < h + WINDOW), default=0)
    first = max(0, best - LEAD)
    last = min(len(found), first + WINDOW) - 1
    begin, end = found[first][0], found[last][1]
    if last == len(found) - 1:
        end = len(text)
    if first == 0:
        begin = 0
    parts: list[tuple[str, bool]] = []
    position = begin
    for n in hits:
        if first <= n <= last:
            start, stop, _ = found[n]
            parts += [(text[position:start], False), (text[start:stop], True)]
            position = stop
    parts.append((text[position:end], False))
    if begin > 0:
        parts.insert(0, ("…", False))
    if end < len(text):
        parts.append(("…", False))
    parts = [(_SPACE.sub(" ", t), m) for t, m in parts if t]
    return Snippet("".join(f"{OPEN}{t}{CLOSE}" if m else t for t, m in parts), tuple(parts), name)
