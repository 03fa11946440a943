"""What changed since the last briefing of a partnership (or since a given day).

From the second briefing onward an analyst needs the difference, not the whole again: the
documents added, the fields changed (old → new, from the records' own history), the
commitments that moved stage, and the deadlines that passed in between. The last
briefing's digest (each record's version then) tells added from changed exactly, even
for a record that joined the partnership when a party was added to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from db import CONTENT_FIELDS, Agreement, Catalog, Commitment, Stage
from desktop.briefing.content import Pledge
from desktop.briefing.keypoints import Deadline

SHOWN_CHARS = 160
"""An old or new value is cut after this many characters: the record holds the rest."""


@dataclass(frozen=True)
class FieldChange:
    """One field of one record: its value at the start and at the end of the period."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Changed:
    agreement: Agreement
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class StageMove:
    """A commitment that moved stage in the period."""

    agreement: Agreement
    commitment: Commitment
    before: Stage


@dataclass(frozen=True)
class SinceLast:
    """The section's content; ``since`` is the day the period starts."""

    since: dt.date
    added: tuple[Agreement, ...]
    changed: tuple[Changed, ...]
    moved: tuple[StageMove, ...]
    passed: tuple[Deadline, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.moved or self.passed)


def since_last(
    catalog: Catalog,
    agreements: Sequence[Agreement],
    stamp: str,
    digest: Mapping[str, int] | None,
    today: dt.date,
) -> SinceLast:
    """What changed among ``agreements`` after ``stamp`` (the store's UTC time stamp): with
    the last briefing's ``digest`` a record it did not cover is added; without one (a day
    given), a record created after the stamp is."""
    since = dt.datetime.fromisoformat(stamp).date()
    added: list[Agreement] = []
    changed: list[Changed] = []
    moved: list[StageMove] = []
    for agreement in agreements:
        is_new = (
            agreement.uuid not in digest if digest is not None else agreement.created_at > stamp
        )
        if is_new:
            added.append(agreement)
            continue
        if digest is not None and agreement.version <= digest[agreement.uuid]:
            continue
        seen = digest[agreement.uuid] if digest is not None else None
        fields = _field_changes(catalog, agreement, stamp, seen)
        if fields:
            changed.append(Changed(agreement, fields))
            moved += _stage_moves(agreement, fields)
    passed = [
        Deadline(c.until.last_day(), Pledge(c, a))
        for a in agreements
        for c in a.commitments
        if c.until is not None and c.stage.is_open and since <= c.until.last_day() < today
    ]
    passed.sort(key=lambda d: d.due)
    return SinceLast(since, tuple(added), tuple(changed), tuple(moved), tuple(passed))


def _field_changes(
    catalog: Catalog, agreement: Agreement, stamp: str, seen: int | None
) -> tuple[FieldChange, ...]:
    """Each content field changed after the version the last briefing showed (``seen``),
    or, without one, after ``stamp``: its first old and last new value. Versions, not
    clocks, where they are known: an edit in the briefing's own millisecond still counts."""
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for change in catalog.history(agreement.uuid):
        after = change.version > seen if seen is not None else change.changed_at > stamp
        if not after or change.field not in CONTENT_FIELDS:
            continue
        first.setdefault(change.field, change.old)
        last[change.field] = change.new
    return tuple(
        FieldChange(name, first[name], last[name])
        for name in CONTENT_FIELDS
        if name in last and first[name] != last[name]
    )


def _stage_of(encoded: Any) -> Stage:
    stages = encoded.get("stages") if isinstance(encoded, dict) else None
    if isinstance(stages, list) and stages and isinstance(stages[-1], dict):
        try:
            return Stage(str(stages[-1].get("stage")))
        except ValueError:
            return Stage.PLEDGED
    return Stage.PLEDGED


def _stage_moves(agreement: Agreement, fields: tuple[FieldChange, ...]) -> list[StageMove]:
    """Commitments whose stage differs from the one they had, matched by description."""
    change = next((f for f in fields if f.field == "commitments"), None)
    if change is None or not isinstance(change.old, list):
        return []
    before = {
        item.get("description"): _stage_of(item) for item in change.old if isinstance(item, dict)
    }
    return [
        StageMove(agreement, commitment, before[commitment.description])
        for commitment in agreement.commitments
        if commitment.description in before and before[commitment.description] != commitment.stage
    ]


def value_text(value: Any) -> str:
    """A history value (JSON) as a short line: lists joined, objects by their main text."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        text = "; ".join(value_text(item) for item in value)
    elif isinstance(value, dict):
        keys = ("name", "description", "country", "organisation", "outlet", "url", "target")
        text = next((str(value[k]) for k in keys if value.get(k)), str(value))
        if value.get("stages"):
            text += f" [{_stage_of(value)}]"
    else:
        text = str(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1].rstrip() + "…"
