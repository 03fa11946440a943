"""Documents side by side: every field aligned row by row, each row marked in text.

A row holds one scalar field (kind, date, place, status, title) or one item of a list field
(a party, a subject, a commitment...) matched across the documents by what identifies it.
The mark says whether the documents agree, so the view survives black-and-white printing:

- ``=`` every document has it, the same;
- ``+`` only some documents have it (the others show ``—``);
- ``≠`` the documents give it different values.

Summaries and full texts also get a word-level diff of each document against the first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from db import Agreement, party_label
from desktop.compare.textdiff import Segment, word_diff
from desktop.labels import field_label, kind_label, relation_label, status_label

MIN_DOCUMENTS = 2
MAX_DOCUMENTS = 4
ABSENT = "—"


class Mark(StrEnum):
    """How the documents stand on one row."""

    SHARED = "="
    SOME = "+"
    DIFFERS = "≠"


@dataclass(frozen=True)
class Row:
    """One aligned row: ``cells`` has one text per document, ``None`` where it is absent."""

    field: str
    label: str
    mark: Mark
    cells: tuple[str | None, ...]


@dataclass(frozen=True)
class TextDiff:
    """A word diff of one text field: document ``other`` against document 0."""

    field: str
    other: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Comparison:
    """The aligned comparison of 2–4 documents (or versions of one)."""

    headings: tuple[str, ...]
    documents: tuple[Agreement, ...]
    rows: tuple[Row, ...]
    diffs: tuple[TextDiff, ...]
    lemmas: bool

    def rows_of(self, field: str) -> list[Row]:
        return [r for r in self.rows if r.field == field]


def heading(a: Agreement) -> str:
    """How a document is named above its column."""
    date = a.signed_on.iso() if a.signed_on else ABSENT
    return f"#{a.id} {'–'.join(a.party_keys)} {kind_label(a.kind)} {date}"


def _party(key: str) -> str:
    label = party_label(key)
    return f"{label} ({key})" if label != key else key


def _signatory(s: Any) -> str:
    return ", ".join(x for x in (s.name, s.role, s.party) if x)


def _commitment(c: Any) -> str:
    amount = f" — {c.amount:g} {c.unit}".rstrip() if c.amount is not None else ""
    until = f" (until {c.until})" if c.until else ""
    return f"{c.party}: {c.description}{amount}{until}"


def _source(s: Any) -> str:
    published = s.published_on.iso() if s.published_on else ""
    head = ", ".join(x for x in (s.outlet, s.url, published) if x)
    quote = f'"{s.quotation}"' if s.quotation else ""
    return " — ".join(x for x in (head, quote) if x)


def _relation(r: Any) -> str:
    return f"{relation_label(r.kind)} {r.target}"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


# field -> (text of an item, the key that matches items across documents)
_LISTS: dict[str, tuple[Callable[[Any], str], Callable[[Any], Hashable]]] = {
    "parties": (lambda p: _party(p.key), lambda p: p.key),
    "signatories": (_signatory, lambda s: _fold(s.name)),
    "subjects": (str, _fold),
    "commitments": (_commitment, lambda c: (c.party, _fold(c.description))),
    "sources": (_source, lambda s: s.url or (_fold(s.outlet), _fold(s.quotation))),
    "relations": (_relation, lambda r: (r.kind, r.target)),
    "notes": (str, _fold),
}

_SCALARS: dict[str, Callable[[Agreement], str]] = {
    "kind": lambda a: kind_label(a.kind),
    "title": lambda a: a.title,
    "signed_on": lambda a: a.signed_on.iso() if a.signed_on else "",
    "place": lambda a: a.place,
    "status": lambda a: status_label(a.status),
}

_TEXTS = ("summary", "full_text")

#: The order rows appear in (the record's own field order).
FIELD_ORDER = (
    "kind",
    "title",
    "signed_on",
    "place",
    "status",
    "parties",
    "signatories",
    "subjects",
    "commitments",
    "sources",
    "relations",
    "summary",
    "full_text",
    "notes",
)


def _mark(cells: Sequence[str | None]) -> Mark:
    present = [c for c in cells if c is not None]
    if len(set(present)) > 1:
        return Mark.DIFFERS
    return Mark.SHARED if len(present) == len(cells) else Mark.SOME


def _scalar_row(field: str, docs: Sequence[Agreement], text: Callable[[Agreement], str]) -> Row:
    cells = tuple(text(a) or None for a in docs)
    return Row(field, field_label(field), _mark(cells), cells)


def _list_rows(field: str, docs: Sequence[Agreement]) -> list[Row]:
    text, key = _LISTS[field]
    order: dict[Hashable, list[str | None]] = {}
    for n, a in enumerate(docs):
        for item in getattr(a, field):
            cells = order.setdefault(key(item), [None] * len(docs))
            if cells[n] is None:
                cells[n] = text(item)
    return [Row(field, field_label(field), _mark(cells), tuple(cells)) for cells in order.values()]


def compare(
    documents: Sequence[Agreement],
    *,
    headings: Sequence[str] | None = None,
    lemmas: bool = False,
) -> Comparison:
    """Align 2–4 documents field by field; ``lemmas`` makes the text diffs Ukrainian-aware.

    Fields that none of the documents fill are left out.
    """
    docs = tuple(documents)
    if not MIN_DOCUMENTS <= len(docs) <= MAX_DOCUMENTS:
        raise ValueError(f"compare {MIN_DOCUMENTS} to {MAX_DOCUMENTS} documents, not {len(docs)}")
    names = tuple(headings) if headings is not None else tuple(heading(a) for a in docs)
    if len(names) != len(docs):
        raise ValueError("one heading per document")
    rows: list[Row] = []
    diffs: list[TextDiff] = []
    for field in FIELD_ORDER:
        if field in _SCALARS:
            rows.append(_scalar_row(field, docs, _SCALARS[field]))
        elif field in _TEXTS:
            rows.append(_scalar_row(field, docs, lambda a, f=field: getattr(a, f)))
            base = getattr(docs[0], field)
            diffs += [
                TextDiff(field, n, tuple(word_diff(base, getattr(a, field), lemmas)))
                for n, a in enumerate(docs[1:], 1)
                if base or getattr(a, field)
            ]
        else:
            rows += _list_rows(field, docs)
    kept = tuple(r for r in rows if any(c is not None for c in r.cells))
    return Comparison(names, docs, kept, tuple(diffs), lemmas)


def field_text(a: Agreement, field: str) -> str:
    """One field of a record as the comparison shows it (list items joined by "; ")."""
    if field in _SCALARS:
        return _SCALARS[field](a)
    if field in _LISTS:
        return "; ".join(_LISTS[field][0](item) for item in getattr(a, field))
    return str(getattr(a, field))
