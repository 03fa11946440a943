"""What a briefing says, decided before anything is laid out: the records and their summary.

Reading the catalogue and counting happen here, in plain Python, so the layout modules only
arrange values and the figures can be tested without a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from db import (
    Agreement,
    Catalog,
    Commitment,
    Filters,
    Kind,
    PartialDate,
    Progress,
    RecordNotFoundError,
    SortKey,
    Status,
)
from db import check_progress as check

#: A document in one of these states no longer binds anyone to its commitments.
CLOSED = frozenset({Status.EXPIRED, Status.TERMINATED, Status.SUPERSEDED})


@dataclass(frozen=True)
class Scope:
    """The filters a whole pack shares (one partnership differs only by partner)."""

    since: PartialDate | None = None
    until: PartialDate | None = None
    subjects: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()

    def filters(self, home: str, partner: str) -> Filters:
        return Filters(
            partners=(home, partner),
            kinds=self.kinds,
            subjects=self.subjects,
            since=self.since,
            until=self.until,
        )


@dataclass(frozen=True)
class RelatedTitle:
    """How a relation's target is named in print: its title and date, when it is known."""

    title: str
    signed_on: PartialDate | None


@dataclass(frozen=True)
class Part:
    """One partnership's records, oldest first, and the titles their relations point to."""

    home: str
    partner: str
    agreements: tuple[Agreement, ...]
    related: dict[str, RelatedTitle] = field(default_factory=dict)


@dataclass(frozen=True)
class Pledge:
    """A commitment beside the document that carries it."""

    commitment: Commitment
    agreement: Agreement


@dataclass(frozen=True)
class Summary:
    """The figures the overview page prints."""

    by_kind: tuple[tuple[Kind, int], ...]
    first: Agreement | None
    latest: Agreement | None
    open_commitments: tuple[Pledge, ...]
    ending_soon: tuple[Pledge, ...]
    recurring_subjects: tuple[tuple[str, int], ...]


def count_documents(catalog: Catalog, home: str, partners: list[str], scope: Scope) -> int:
    """How many records the whole pack holds: the size of the progress bar's first stage."""
    return sum(catalog.count(scope.filters(home, p)) for p in partners)


def gather(
    catalog: Catalog,
    home: str,
    partner: str,
    scope: Scope,
    progress: Progress,
    done: int,
    total: int,
) -> Part:
    """Read one partnership's records (reporting each to ``progress``) and name their links."""
    ids = catalog.ids(scope.filters(home, partner), SortKey.SIGNED_ON, descending=False)
    agreements = []
    for n, agreement_id in enumerate(ids, 1):
        agreements.append(catalog.get(agreement_id))
        check(progress, done + n, total, every=1)
    by_uuid = {a.uuid: a for a in agreements}
    related: dict[str, RelatedTitle] = {}
    for agreement in agreements:
        for relation in agreement.relations:
            if relation.target in related:
                continue
            target = by_uuid.get(relation.target)
            if target is None:
                try:
                    target = catalog.get(relation.target)
                except RecordNotFoundError:
                    continue
            related[relation.target] = RelatedTitle(target.title, target.signed_on)
    return Part(home, partner, tuple(agreements), related)


def one_year_after(day: dt.date) -> dt.date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def summarise(part: Part, today: dt.date) -> Summary:
    """Counts by kind, the first and latest document, open and ending commitments, subjects.

    A commitment is open while its document is not expired, terminated or superseded and its
    end date (the last day its partial date may mean) has not passed; it ends soon when that
    last day falls within the next twelve months.
    """
    agreements = part.agreements
    kinds = Counter(a.kind for a in agreements)
    dated = sorted(
        ((a.signed_on.first_day(), a.id or 0, a) for a in agreements if a.signed_on is not None),
        key=lambda item: item[:2],
    )
    horizon = one_year_after(today)
    open_pledges: list[Pledge] = []
    ending: list[tuple[dt.date, Pledge]] = []
    for agreement in agreements:
        if agreement.status in CLOSED:
            continue
        for commitment in agreement.commitments:
            end = commitment.until.last_day() if commitment.until else None
            if end is not None and end < today:
                continue
            open_pledges.append(Pledge(commitment, agreement))
            if end is not None and end <= horizon:
                ending.append((end, Pledge(commitment, agreement)))
    ending.sort(key=lambda item: item[0])
    subjects = Counter(s for a in agreements for s in set(a.subjects))
    recurring = sorted(
        ((s, n) for s, n in subjects.items() if n > 1), key=lambda item: (-item[1], item[0])
    )
    return Summary(
        by_kind=tuple((k, kinds[k]) for k in Kind if kinds[k]),
        first=dated[0][2] if dated else None,
        latest=dated[-1][2] if dated else None,
        open_commitments=tuple(open_pledges),
        ending_soon=tuple(pledge for _, pledge in ending),
        recurring_subjects=tuple(recurring),
    )


def in_full(part: Part, latest: int | None) -> tuple[Agreement, ...]:
    """The documents printed in full: all, or in summary mode the latest ``latest`` (the
    register above lists every one on a line)."""
    if latest is None or len(part.agreements) <= latest:
        return part.agreements
    newest = sorted(
        part.agreements,
        key=lambda a: (a.signed_on.last_day() if a.signed_on else dt.date.min, a.id or 0),
    )[-latest:]
    chosen = {a.uuid for a in newest}
    return tuple(a for a in part.agreements if a.uuid in chosen)
