"""Applying one changeset to this copy's travel rows: merge what can merge, keep conflicts.

SQLite's session extension does the work: ``Changeset.apply`` writes every change whose
old values still hold here, and calls the conflict handler for the others with the old,
new and current values. The handler writes nothing and keeps each such change; afterwards
each changed column is looked at on its own, so edits to different fields of one record
merge, and a field changed on both sides to different values becomes a :class:`Clash`,
with this copy's value left in place. A record moved to the trash on one side and edited
on the other is a clash on ``deleted``: nothing is lost either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import apsw

from db.features.exchange_travel import (
    COLUMNS,
    DELETED,
    Row,
    fill,
    memory_db,
    read_all,
)
from db.store.model import CONTENT_FIELDS


@dataclass(frozen=True)
class Clash:
    """A field both sides changed differently (values as canonical JSON; ``base`` None
    when unknown)."""

    uuid: str
    field: str
    base: str | int | None
    mine: str | int | None
    theirs: str | int | None


@dataclass(frozen=True)
class Held:
    """One change of a changeset, its values copied out (apsw's change object is only
    valid inside the call that gives it); ``conflict`` holds this copy's row."""

    op: str
    old: tuple[Any, ...]
    new: tuple[Any, ...]
    conflict: tuple[Any, ...] = ()

    @classmethod
    def of(cls, change: apsw.TableChange) -> Held:
        return cls(change.op, change.old or (), change.new or (), change.conflict or ())


def changes(changeset: bytes) -> list[Held]:
    """The changeset's changes, in order."""
    return [Held.of(change) for change in apsw.Changeset.iter(changeset)]


@dataclass
class Outcome:
    """What one changeset does to this copy."""

    rows: dict[str, Row]
    """Every touched record's travel row after the changeset (new records included)."""
    clashes: list[Clash] = field(default_factory=list)
    taken: dict[str, dict[str, object]] = field(default_factory=dict)
    """Per record, the fields now agreed with the sender (the new base values)."""
    inserted: set[str] = field(default_factory=set)


def changed_fields(changeset: bytes) -> dict[str, set[str]]:
    """Per record, the fields a changeset changes (all of them for a new record)."""
    found: dict[str, set[str]] = {}
    for change in changes(changeset):
        values = change.new if change.op != "DELETE" else change.old
        found.setdefault(_key(change), set()).update(
            COLUMNS[n] for n, v in enumerate(values) if n and v is not apsw.no_change
        )
    return found


def touched(changeset: bytes) -> list[str]:
    """The UUIDs of the records a changeset changes (its primary keys)."""
    return list(dict.fromkeys(_key(change) for change in changes(changeset)))


def _key(change: Held) -> str:
    uuid: str = (change.new if change.op == "INSERT" else change.old)[0]
    return uuid


def apply_changeset(changeset: bytes, mine: dict[str, Row], ours: dict[str, set[str]]) -> Outcome:
    """Apply ``changeset`` to ``mine`` (this copy's rows of the records it touches);
    ``ours`` names, per record, the fields this copy changed that the sender had not seen
    when it made the changeset."""
    db = memory_db()
    fill(db, "main", mine.values())
    held: list[tuple[int, Held]] = []

    def keep(reason: int, change: apsw.TableChange) -> int:
        # The change object is only valid inside the call: keep its values.
        held.append((reason, Held.of(change)))
        return apsw.SQLITE_CHANGESET_OMIT

    apsw.Changeset.apply(changeset, db, conflict=keep)
    rows = read_all(db)
    outcome = Outcome(rows)
    held_keys = {_key(c) for _, c in held}
    for change in changes(changeset):
        uuid = _key(change)
        if change.op == "INSERT" and uuid not in held_keys:
            outcome.inserted.add(uuid)
            outcome.taken[uuid] = dict(zip(COLUMNS, change.new, strict=True))
        elif change.op == "UPDATE" and uuid not in held_keys:
            outcome.taken[uuid] = _changed(change)
            _trash_against_edits(
                outcome, uuid, outcome.taken[uuid], mine.get(uuid), ours.get(uuid, set())
            )
    for reason, change in held:
        if change.op == "UPDATE" and reason == apsw.SQLITE_CHANGESET_DATA:
            _merge_columns(outcome, change, ours.get(_key(change), set()))
        elif change.op == "INSERT" and reason == apsw.SQLITE_CHANGESET_CONFLICT:
            _merge_insert(outcome, change)
        # An UPDATE of a record this copy never had, or a DELETE (Pactum never deletes
        # outright): nothing to apply to, nothing lost.
    return outcome


def _changed(change: Held) -> dict[str, object]:
    return {
        COLUMNS[n]: value
        for n, value in enumerate(change.new)
        if n > 0 and value is not apsw.no_change
    }


def _trash_against_edits(
    outcome: Outcome, uuid: str, taken: dict[str, object], mine: Row | None, ours: set[str]
) -> None:
    """The sender trashed a record edited here, or edited one trashed here, each without
    having seen the other (``ours``: the fields this copy changed that the sender had not
    seen): keep both facts (the edits are applied) and let a person choose the trash state."""
    if mine is None:
        return
    if taken.get(DELETED) == 1 and mine[DELETED] == 0 and ours & set(CONTENT_FIELDS):
        outcome.rows[uuid][DELETED] = 0
        taken.pop(DELETED)
        outcome.clashes.append(Clash(uuid, DELETED, 0, 0, 1))
    elif (
        DELETED not in taken
        and mine[DELETED] == 1
        and DELETED in ours
        and any(f in taken for f in CONTENT_FIELDS)
    ):
        outcome.clashes.append(Clash(uuid, DELETED, 0, 1, 0))


def _merge_columns(outcome: Outcome, change: Held, ours: set[str]) -> None:
    uuid = change.old[0]
    row = outcome.rows[uuid]
    current = dict(zip(COLUMNS, change.conflict, strict=True))
    taken: dict[str, object] = {}
    for n, new in enumerate(change.new):
        if n == 0 or new is apsw.no_change:
            continue
        name, old = COLUMNS[n], change.old[n]
        if current[name] == new:
            taken[name] = new
        elif current[name] == old:
            row[name] = taken[name] = new
        else:
            outcome.clashes.append(Clash(uuid, name, old, current[name], new))
    outcome.taken[uuid] = taken
    _trash_against_edits(outcome, uuid, taken, current, ours)


def hold_disputed(outcome: Outcome, mine: dict[str, Row], disputed: set[tuple[str, str]]) -> None:
    """Keep this copy's value of every field the sender still has in conflict: its
    change there is not settled, so it is not taken (the conflict is shown here too)."""
    for uuid, name in disputed:
        taken = outcome.taken.get(uuid, {})
        if uuid in mine and name in taken and outcome.rows[uuid][name] != mine[uuid][name]:
            outcome.rows[uuid][name] = mine[uuid][name]
            taken.pop(name)


def _merge_insert(outcome: Outcome, change: Held) -> None:
    """Both sides hold a record the sender had not exchanged before: equal fields agree,
    differing ones are conflicts with no known base."""
    uuid = change.new[0]
    row = outcome.rows[uuid]
    taken: dict[str, object] = {}
    for name, new in zip(COLUMNS[1:], change.new[1:], strict=True):
        if row[name] == new:
            taken[name] = new
        elif name != "created_at":
            outcome.clashes.append(Clash(uuid, name, None, row[name], new))
    outcome.taken[uuid] = taken
