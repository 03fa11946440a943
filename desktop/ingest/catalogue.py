"""Drafts meet the catalogue: likely duplicates, and accepting chosen drafts in one step.

A document is often reported by several outlets over several days. A draft with the same
parties and kind as a record signed within a few days of it is most likely that record,
so the reviewer is offered to add the article as one more source of it instead.
Accepting is one transaction: one undo removes everything it added.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from db import Agreement, Catalog, Filters, PartialDate, Source
from desktop.ingest.article_file import read_text
from desktop.ingest.drafts import Draft
from desktop.ingest.text import Article, read_header
from desktop.ingest.web_page import looks_like_html, read_html

DUPLICATE_WINDOW_DAYS = 3


def load_article(path: str | Path) -> Article:
    """Read a ``.txt`` or ``.html`` file (UTF-8 or CP1251) into an article with its metadata.

    ImportFormatError says in one sentence why a file is not read: not a regular file,
    larger than ``article_file.MAX_ARTICLE_BYTES``, or not text.
    """
    path = Path(path)
    raw = read_text(path)
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(raw):
        return read_html(raw)
    return read_header(raw)


def _window(date: PartialDate) -> tuple[PartialDate, PartialDate]:
    days = dt.timedelta(days=DUPLICATE_WINDOW_DAYS)
    return PartialDate.of(date.first_day() - days), PartialDate.of(date.last_day() + days)


def possible_duplicates(catalog: Catalog, draft: Draft) -> list[int]:
    """Ids of records with the draft's parties (exactly) and kind, signed within a few days.

    A draft without a date is compared with nothing: "same parties and kind" alone would
    flag every earlier document of a long partnership.
    """
    agreement = draft.agreement
    if agreement.signed_on is None:
        return []
    since, until = _window(agreement.signed_on)
    filters = Filters(
        partners=agreement.party_keys, kinds=(agreement.kind,), since=since, until=until
    )
    wanted = set(agreement.party_keys)
    return [row.id for row in catalog.list(filters) if set(row.parties) == wanted]


@dataclass(frozen=True)
class Decision:
    """What to do with one draft: add it as a new record, or (``source_of``) add the
    article as a source of an existing record."""

    draft: Draft
    source_of: int | None = None


@dataclass(frozen=True)
class Accepted:
    """What one accept changed: the records added, and the records given a new source
    (as they were before, so that an undo can put them back)."""

    added: tuple[Agreement, ...]
    updated: tuple[Agreement, ...]
    previous: tuple[Agreement, ...]


def _with_sources(record: Agreement, sources: Iterable[Source]) -> Agreement:
    known = {(s.url, s.quotation) for s in record.sources}
    extra = tuple(s for s in sources if (s.url, s.quotation) not in known)
    return dataclasses.replace(record, sources=record.sources + extra)


def accept(catalog: Catalog, decisions: Sequence[Decision]) -> Accepted:
    """Apply every decision in ONE transaction: all of them happen, or none.

    Nested writes of ``Catalog.add``/``update`` become savepoints of this transaction, so
    a failure half-way (a draft the reviewer left invalid) rolls back the whole accept.
    """
    added: list[Agreement] = []
    updated: list[Agreement] = []
    previous: list[Agreement] = []
    with catalog.writing():
        for decision in decisions:
            if decision.source_of is None:
                added.append(catalog.add(decision.draft.agreement))
                continue
            record = catalog.get(decision.source_of)
            previous.append(record)
            updated.append(catalog.update(_with_sources(record, decision.draft.agreement.sources)))
    return Accepted(tuple(added), tuple(updated), tuple(previous))
