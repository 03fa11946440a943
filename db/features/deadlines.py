"""Deadlines: every commitment whose "until" lies ahead (or has passed unmet).

A partial date is due on its latest possible day, as the list filters read it: "until
2027" falls due on 31 December 2027, "until 2026-03" on 31 March. A commitment that was
delivered or cancelled is no longer a deadline. Only the small commitments table is
read (through its index on ``until``), never the long agreement rows' texts.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from db.store import stored
from db.store.model import Kind, PartialDate, Stage

OPEN_STAGES = tuple(str(stage) for stage in Stage if stage.is_open)
"""Stages at which a commitment is still owed; delivered and cancelled ones are not."""


@dataclass(frozen=True)
class Deadline:
    """One commitment falling due: when, on which record, who owes what."""

    due: dt.date
    """The latest day the commitment's "until" allows."""
    until: PartialDate
    agreement_id: int
    uuid: str
    position: int
    """The commitment's place in its record (with ``uuid``, a stable name for it)."""
    title: str
    kind: Kind
    parties: tuple[str, ...]
    party: str
    description: str
    amount: float | None
    unit: str
    stage: str

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the due day (negative once overdue)."""
        return (self.due - today).days


def deadlines(
    conn: sqlite3.Connection,
    *,
    today: dt.date,
    within: int | None = None,
    overdue: bool = False,
    partner: str | None = None,
) -> list[Deadline]:
    """Open commitments due from ``today`` up to ``within`` days ahead (all ahead when
    None), with those already overdue when ``overdue``; nearest first."""
    sql = (
        "SELECT a.id, a.uuid, c.position, a.title, a.kind, a.party_list, c.party_key, "
        "c.description, c.amount, c.unit, c.until, c.stage "
        "FROM commitments c JOIN agreements a ON a.id = c.agreement_id "
        "WHERE c.until IS NOT NULL AND a.deleted_at IS NULL "
        f"AND c.stage IN ({', '.join('?' * len(OPEN_STAGES))})"
    )
    found = []
    for row in conn.execute(sql, OPEN_STAGES):
        deadline = _deadline(row)
        if deadline is None:
            continue
        if partner and partner not in deadline.parties:
            continue
        left = deadline.days_left(today)
        if left < 0 and not overdue:
            continue
        if within is not None and left > within:
            continue
        found.append(deadline)
    found.sort(key=lambda d: (d.due, d.title, d.description))
    return found


def _deadline(row: tuple[Any, ...]) -> Deadline | None:
    """One row as a deadline, or None when a value is not what Pactum writes."""
    (agreement_id, uuid, position, title, kind, party_list) = row[:6]
    party, description, amount, unit, until, stage = row[6:]
    until_date = stored.date_or_none(until)
    if until_date is None:
        return None
    try:
        parties = tuple(p for p in json.loads(party_list) if isinstance(p, str))
        record_kind = Kind(kind)
    except (TypeError, ValueError):
        return None
    return Deadline(
        due=until_date.last_day(),
        until=until_date,
        agreement_id=agreement_id,
        uuid=uuid,
        position=position,
        title=str(title),
        kind=record_kind,
        parties=parties,
        party=str(party),
        description=str(description),
        amount=amount if isinstance(amount, int | float) else None,
        unit=str(unit),
        stage=str(stage),
    )
