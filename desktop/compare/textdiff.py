"""Word-level differences between two texts, readable without colour.

Texts are split into words, punctuation and spaces; difflib aligns the words. With
``lemmas=True`` two forms of one Ukrainian word ("Литва", "Литвою") count as the same
word and are reported as ``~`` (same word, another form) rather than as a change.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.compare.lemmas import lemma_keys

_TOKEN = re.compile(r"\w+(?:['’ʼ]\w+)*|\s+|[^\w\s]", re.UNICODE)


class Op(StrEnum):
    """What happened to a run of words, as the marker printed beside it."""

    SAME = "="
    REMOVED = "-"
    ADDED = "+"
    CHANGED = "≠"
    INFLECTED = "~"


@dataclass(frozen=True)
class Segment:
    """A run of text: ``old`` from the first text, ``new`` from the second."""

    op: Op
    old: str
    new: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _keys(left: list[str], right: list[str], lemmas: bool) -> tuple[list[str], list[str]]:
    def plain(token: str) -> str:
        return " " if token.isspace() else token.casefold()

    if not lemmas:
        return [plain(t) for t in left], [plain(t) for t in right]
    words = [t for t in left + right if t[0].isalnum() or t[0] == "_"]
    keyed = dict(zip(words, lemma_keys(words), strict=True))
    return (
        [keyed.get(t, plain(t)) for t in left],
        [keyed.get(t, plain(t)) for t in right],
    )


def word_diff(old: str, new: str, lemmas: bool = False) -> list[Segment]:
    """The two texts as runs of shared, removed, added, changed (and, with ``lemmas``,
    inflected) words; joining every ``old`` gives ``old`` back, every ``new`` gives ``new``."""
    left, right = tokens(old), tokens(new)
    left_keys, right_keys = _keys(left, right, lemmas)
    matcher = difflib.SequenceMatcher(None, left_keys, right_keys, autojunk=False)
    segments: list[Segment] = []

    def emit(op: Op, a: str, b: str) -> None:
        if segments and segments[-1].op == op:
            last = segments.pop()
            segments.append(Segment(op, last.old + a, last.new + b))
        else:
            segments.append(Segment(op, a, b))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for a, b in zip(left[i1:i2], right[j1:j2], strict=True):
                same = a == b or (a.isspace() and b.isspace()) or a.casefold() == b.casefold()
                emit(Op.SAME if same else Op.INFLECTED, a, b)
        elif tag == "delete":
            emit(Op.REMOVED, "".join(left[i1:i2]), "")
        elif tag == "insert":
            emit(Op.ADDED, "", "".join(right[j1:j2]))
        else:
            emit(Op.CHANGED, "".join(left[i1:i2]), "".join(right[j1:j2]))
    return segments


def render(segments: list[Segment]) -> str:
    """One line of text with the changes bracketed: ``[-old-]``, ``{+new+}``, ``{~old→new~}``."""
    parts = []
    for s in segments:
        match s.op:
            case Op.SAME:
                parts.append(s.new)
            case Op.REMOVED:
                parts.append(f"[-{s.old}-]")
            case Op.ADDED:
                parts.append(f"{{+{s.new}+}}")
            case Op.CHANGED:
                parts.append(f"[-{s.old}-]{{+{s.new}+}}")
            case Op.INFLECTED:
                parts.append(f"{{~{s.old}→{s.new}~}}")
    return "".join(parts)


Side = list[tuple[str, Op]]
"""One text of a diff as runs of (text, what happened to it): ``SAME``, ``REMOVED`` (in
the first text), ``ADDED`` (in the second) or ``INFLECTED``."""


def two_sides(segments: list[Segment]) -> tuple[Side, Side]:
    """The diff as two texts to show side by side: the first with what it lost marked
    ``REMOVED``, the second with what it gained marked ``ADDED`` (a changed run is both);
    joining either side's runs gives that text back."""
    first: Side = []
    second: Side = []
    for s in segments:
        match s.op:
            case Op.SAME | Op.INFLECTED:
                first.append((s.old, s.op))
                second.append((s.new, s.op))
            case Op.REMOVED:
                first.append((s.old, Op.REMOVED))
            case Op.ADDED:
                second.append((s.new, Op.ADDED))
            case Op.CHANGED:
                first.append((s.old, Op.REMOVED))
                second.append((s.new, Op.ADDED))
    return first, second


def similarity(segments: list[Segment]) -> float:
    """Share of characters the two texts have in common (inflected words count as shared)."""
    shared = sum(len(s.new) for s in segments if s.op in (Op.SAME, Op.INFLECTED))
    total = sum(max(len(s.old), len(s.new)) for s in segments)
    return shared / total if total else 1.0
