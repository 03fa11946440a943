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

from db import Agreement, party_label, subject_label
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
    lang: str = "en"

    def rows_of(self, field: str) -> list[Row]:
        return [r for r in self.rows if r.field == field]


def heading(a: Agreement, lang: str = "en") -> str:
    """How a document is named above its column."""
    date = a.signed_on.iso() if a.signed_on else ABSENT
    return f"#{a.id} {'–'.join(a.party_keys)} {kind_label(a.kind, lang)} {date}"


def _party(key: str, lang: str) -> str:
    label = party_label(key, lang)
    return f"{label} ({key})" if label != key else key


def _signatory(s: Any, lang: str) -> str:
    return ", ".join(x for x in (s.name, s.role, s.party) if x)


def _commitment(c: Any, lang: str) -> str:
    amount = f" — {c.amount:g} {c.unit}".rstrip() if c.amount is not None else ""
    until = f" ({'до' if lang == 'uk' else 'until'} {c.until})" if c.until else ""
    return f"{c.party}: {c.description}{amount}{until}"


def _source(s: Any, lang: str) -> str:
    published = s.published_on.iso() if s.published_on else ""
    head = ", ".join(x for x in (s.outlet, s.url, published) if x)
    quote = f'"{s.quotation}"' if s.quotation else ""
    return " — ".join(x for x in (head, quote) if x)


def _relation(r: Any, lang: str) -> str:
    return f"{relation_label(r.kind, lang)} {r.target}"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _plain(text: str, lang: str) -> str:
    return text


# field -> (text of an item in a language, the key that matches items across documents)
_LISTS: dict[str, tuple[Callable[[Any, str], str], Callable[[Any], Hashable]]] = {
    "parties": (lambda p, lang: _party(p.key, lang), lambda p: p.key),
    "signatories": (_signatory, lambda s: _fold(s.name)),
    "subjects": (lambda s, lang: subject_label(s, lang), _fold),
    "commitments": (_commitment, lambda c: (c.party, _fold(c.description))),
    "sources": (_source, lambda s: s.url or (_fold(s.outlet), _fold(s.quotation))),
    "relations": (_relation, lambda r: (r.kind, r.target)),
    "notes": (_plain, _fold),
}

_SCALARS: dict[str, Callable[[Agreement, str], str]] = {
    "kind": lambda a, lang: kind_label(a.kind, lang),
    "title": lambda a, lang: a.title,
    "title_translation": lambda a, lang: a.title_translation,
    "signed_on": lambda a, lang: a.signed_on.iso() if a.signed_on else "",
    "place": lambda a, lang: a.place,
    "status": lambda a, lang: status_label(a.status, lang),
    "summary": lambda a, lang: a.summary,
    "summary_translation": lambda a, lang: a.summary_translation,
    "full_text": lambda a, lang: a.full_text,
}

_TEXTS = ("summary", "full_text")

#: The order rows appear in (the record's own field order).
FIELD_ORDER = (
    "kind",
    "title",
    "title_translation",
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
    "summary_translation",
    "full_text",
    "notes",
)


def _mark(cells: Sequence[str | None]) -> Mark:
    present = [c for c in cells if c is not None]
    if len(set(present)) > 1:
        return Mark.DIFFERS
    return Mark.SHARED if len(present) == len(cells) else Mark.SOME


def _scalar_row(field: str, docs: Sequence[Agreement], lang: str) -> Row:
    cells = tuple(_SCALARS[field](a, lang) or None for a in docs)
    return Row(field, field_label(field, lang), _mark(cells), cells)


def _list_rows(field: str, docs: Sequence[Agreement], lang: str) -> list[Row]:
    text, key = _LISTS[field]
    order: dict[Hashable, list[str | None]] = {}
    for n, a in enumerate(docs):
        for item in getattr(a, field):
            cells = order.setdefault(key(item), [None] * len(docs))
            if cells[n] is None:
                cells[n] = text(item, lang)
    label = field_label(field, lang)
    return [Row(field, label, _mark(cells), tuple(cells)) for cells in order.values()]


def compare(
    documents: Sequence[Agreement],
    *,
    headings: Sequence[str] | None = None,
    lemmas: bool = False,
    lang: str = "en",
) -> Comparison:
    """Align 2–4 documents field by field; ``lemmas`` makes the text diffs Ukrainian-aware,
    ``lang`` ("en" or "uk") names the fields, kinds, statuses and countries.

    Fields that none of the documents fill are left out.
    """
    docs = tuple(documents)
    if not MIN_DOCUMENTS <= len(docs) <= MAX_DOCUMENTS:
        raise ValueError(f"compare {MIN_DOCUMENTS} to {MAX_DOCUMENTS} documents, not {len(docs)}")
    names = tuple(headings) if headings is not None else tuple(heading(a, lang) for a in docs)
    if len(names) != len(docs):
        raise ValueError("one heading per document")
    rows: list[Row] = []
    diffs: list[TextDiff] = []
    for field in FIELD_ORDER:
        if field in _LISTS:
            rows += _list_rows(field, docs, lang)
            continue
        rows.append(_scalar_row(field, docs, lang))
        if field in _TEXTS:
            base = getattr(docs[0], field)
            diffs += [
                TextDiff(field, n, tuple(word_diff(base, getattr(a, field), lemmas)))
                for n, a in enumerate(docs[1:], 1)
                if base or getattr(a, field)
            ]
    kept = tuple(r for r in rows if any(c is not None for c in r.cells))
    return Comparison(names, docs, kept, tuple(diffs), lemmas, lang)


def field_text(a: Agreement, field: str, lang: str = "en") -> str:
    """One field of a record as the comparison shows it (list items joined by "; ")."""
    if field in _SCALARS:
        return _SCALARS[field](a, lang)
    return "; ".join(_LISTS[field][0](item, lang) for item in getattr(a, field))
