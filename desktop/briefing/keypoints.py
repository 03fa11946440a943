"""The box a briefing opens with: key points and key figures computed from the records.

Professional briefs (CRS "In Focus", NATO and EU factsheets, the Kiel tracker's releases)
lead with the figures a reader needs before any detail: how many documents of which kind
and status, the newest ones, what was promised, allocated and delivered (by currency or
unit, never added across them), the nearest deadlines, and the date the information runs
to. Plain values here; the PDF and the Word document lay them out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from db import Agreement, Commitment, Kind, Stage, Status
from desktop.briefing.content import CLOSED, Pledge
from desktop.briefing.text import long_date, t

NEWEST = 3
"""How many of the newest documents the key points name."""
NEAREST = 5
"""How many of the nearest deadlines the key points name."""


@dataclass(frozen=True)
class StageTotal:
    """Commitments at one stage in one unit: how many, and their amounts added up."""

    stage: Stage
    unit: str
    total: float
    count: int


@dataclass(frozen=True)
class Deadline:
    """An open commitment's due day (the latest its "until" allows) and the commitment."""

    due: dt.date
    pledge: Pledge


@dataclass(frozen=True)
class KeyPoints:
    """What the opening box says."""

    documents: int
    by_kind: tuple[tuple[Kind, int], ...]
    by_status: tuple[tuple[Status, int], ...]
    newest: tuple[Agreement, ...]
    totals: tuple[StageTotal, ...]
    deadlines: tuple[Deadline, ...]
    last_change: dt.date | None
    """The day of the newest change to any record covered (the information cut-off)."""


def stage_amount(commitment: Commitment) -> float | None:
    """The amount at the commitment's current stage: the latest step's when it gives one
    (an allocation or a delivery may be less than the promise), else the promise's."""
    for step in reversed(commitment.stages):
        if step.amount is not None:
            return step.amount
    return commitment.amount


def key_points(agreements: Sequence[Agreement], today: dt.date) -> KeyPoints:
    """The key points of ``agreements`` as of ``today``."""
    kinds = Counter(a.kind for a in agreements)
    statuses = Counter(a.status for a in agreements)
    dated = sorted(
        (a for a in agreements if a.signed_on is not None),
        key=lambda a: (a.signed_on.last_day() if a.signed_on else dt.date.min, a.id or 0),
    )
    sums: dict[tuple[Stage, str], list[float]] = defaultdict(list)
    counts: Counter[tuple[Stage, str]] = Counter()
    due: list[Deadline] = []
    for agreement in agreements:
        for commitment in agreement.commitments:
            key = (commitment.stage, commitment.unit.strip())
            counts[key] += 1
            amount = stage_amount(commitment)
            if amount is not None:
                sums[key].append(amount)
            until = commitment.until
            if (
                until is not None
                and commitment.stage.is_open
                and agreement.status not in CLOSED
                and until.last_day() >= today
            ):
                due.append(Deadline(until.last_day(), Pledge(commitment, agreement)))
    due.sort(key=lambda d: (d.due, d.pledge.agreement.title))
    order = {stage: n for n, stage in enumerate(Stage)}
    totals = tuple(
        StageTotal(stage, unit, sum(sums[(stage, unit)]), counts[(stage, unit)])
        for stage, unit in sorted(counts, key=lambda k: (order[k[0]], k[1]))
    )
    stamps = [a.updated_at for a in agreements if a.updated_at]
    return KeyPoints(
        documents=len(agreements),
        by_kind=tuple((k, kinds[k]) for k in Kind if kinds[k]),
        by_status=tuple((s, statuses[s]) for s in Status if statuses[s]),
        newest=tuple(reversed(dated[-NEWEST:])),
        totals=totals,
        deadlines=tuple(due[:NEAREST]),
        last_change=_day(max(stamps)) if stamps else None,
    )


def cut_off(covered: list[Agreement], today: dt.date, lang: str) -> str:
    """The information cut-off the cover states: as of when, how many, last change."""
    changed = key_points(covered, today).last_change
    if changed is None:
        return t("cut_off_unchanged", lang, date=long_date(today, lang), n=len(covered))
    return t(
        "cut_off",
        lang,
        date=long_date(today, lang),
        n=len(covered),
        changed=long_date(changed, lang),
    )


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        return None
