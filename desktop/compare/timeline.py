"""Timeline data: the chosen partnerships' documents on one time axis, one lane each."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from typing import TextIO

from db import Catalog, Filters, Kind, PartialDate, SortKey, safe_cell


@dataclass(frozen=True)
class Event:
    """One document on a lane: a point for a known day, a span for a month or a year."""

    id: int
    signed_on: PartialDate
    kind: Kind
    title: str

    @property
    def start(self) -> dt.date:
        return self.signed_on.first_day()

    @property
    def end(self) -> dt.date:
        return self.signed_on.last_day()


@dataclass(frozen=True)
class Lane:
    partner: str
    events: tuple[Event, ...]
    undated: int


@dataclass(frozen=True)
class Timeline:
    """Lanes in the order asked for; ``start``/``end`` span every dated mark (None if none)."""

    home: str
    lanes: tuple[Lane, ...]
    start: dt.date | None
    end: dt.date | None


def build_timeline(catalog: Catalog, partners: list[str], home: str | None = None) -> Timeline:
    """One lane per partner with its shared documents, oldest first; undated ones counted."""
    home = home or catalog.home_party
    lanes = []
    for partner in partners:
        ids = catalog.ids(Filters(partners=(home, partner)), SortKey.SIGNED_ON, descending=False)
        rows = catalog.rows(ids)
        events = tuple(Event(r.id, r.signed_on, r.kind, r.title) for r in rows if r.signed_on)
        lanes.append(Lane(partner, events, sum(1 for r in rows if r.signed_on is None)))
    every = [e for lane in lanes for e in lane.events]
    start = min((e.start for e in every), default=None)
    end = max((e.end for e in every), default=None)
    return Timeline(home, tuple(lanes), start, end)


def write_timeline_csv(timeline: Timeline, out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(["partner", "id", "signed_on", "kind", "title"])
    for lane in timeline.lanes:
        for e in lane.events:
            row = [lane.partner, str(e.id), e.signed_on.iso(), str(e.kind), e.title]
            writer.writerow([safe_cell(v) for v in row])
