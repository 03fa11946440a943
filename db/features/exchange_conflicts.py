"""The conflicts an exchange kept: listing them, resolving them, and taking a resolution back.

A conflict is one field of one record that this copy and another changed differently
(or a record trashed on one side and edited on the other: the field ``deleted``). The
record keeps this copy's value until a person chooses: this copy's, the other's, or a
value of their own; the choice is an ordinary edit of the record, in its history.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.errors import ConflictNotFoundError, FieldProblem, RecordNotFoundError, ValidationError
from db.features import exchange_travel as travel
from db.store import records
from db.store.access import now
from db.store.model import Agreement
from db.store.validation import problems

if TYPE_CHECKING:
    from db.catalog import Catalog

MINE = "mine"
THEIRS = "theirs"

_COLUMNS = "id, uuid, field, base, mine, theirs, from_site, from_user, package_id, found_at"


@dataclass(frozen=True)
class Conflict:
    """One field of one record changed differently here and in another copy. ``base``,
    ``mine`` and ``theirs`` are the field's values as JSON (``base`` None when unknown;
    for ``deleted``, whether the record is in the trash)."""

    id: int
    uuid: str
    agreement_id: int
    title: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    from_site: str
    from_user: str
    package_id: str
    found_at: str


def _value(stored: Any) -> Any:
    """A stored value as JSON; one another program wrote that is no JSON is kept as its
    text (shown as it is; choosing it is refused by the field's own checks)."""
    if stored is None:
        return None
    try:
        return json.loads(stored)
    except (ValueError, TypeError):
        return stored.decode("utf-8", "replace") if isinstance(stored, bytes) else str(stored)


def _conflict(catalog: Catalog, row: tuple[Any, ...]) -> Conflict:
    cid, uuid, field, base, mine, theirs, site, user, package, found = row
    record = catalog.get(uuid)
    assert record.id is not None
    return Conflict(
        cid, uuid, record.id, record.title, field, _value(base), _value(mine), _value(theirs),
        site, user, package, found,
    )  # fmt: skip


def open_conflicts(catalog: Catalog) -> list[Conflict]:
    """Every open conflict, oldest first (one on a record no longer held is left out:
    there is nothing to resolve it on)."""
    found = catalog.conn.execute(
        f"SELECT {_COLUMNS} FROM exchange_conflicts WHERE uuid IN (SELECT uuid FROM agreements) "
        "ORDER BY id"
    )
    return [_conflict(catalog, row) for row in found.fetchall()]


def conflicted_ids(catalog: Catalog) -> set[int]:
    """Row ids of the records with an open conflict (the table marks them)."""
    return {
        row[0]
        for row in catalog.conn.execute(
            "SELECT a.id FROM exchange_conflicts c JOIN agreements a ON a.uuid = c.uuid"
        )
    }


def find(catalog: Catalog, ref: int | str, field: str) -> Conflict:
    """The open conflict on ``field`` of record ``ref``; ConflictNotFoundError if none."""
    try:
        uuid = catalog.get(ref).uuid
    except RecordNotFoundError:
        raise ConflictNotFoundError(str(ref), field) from None
    row = catalog.conn.execute(
        f"SELECT {_COLUMNS} FROM exchange_conflicts WHERE uuid = ? AND field = ?", (uuid, field)
    ).fetchone()
    if row is None:
        raise ConflictNotFoundError(str(ref), field)
    return _conflict(catalog, row)


def _set_field(catalog: Catalog, uuid: str, field: str, value: Any, stamp: str) -> Agreement:
    """Write ``value`` (as JSON) into ``field`` of the record, as an ordinary edit."""
    current = catalog.get(uuid)
    if field == travel.DELETED:
        if (current.deleted_at is not None) == bool(value):
            return current
        action = "deleted" if value else "restored"
        return records.set_deleted(
            catalog.conn, current, stamp if value else None, action, catalog.user, stamp
        )
    row = travel.travel_row(current)
    row[field] = travel.canonical(value)
    try:
        target = travel.agreement_of(row)
    except (ValueError, TypeError, AttributeError) as error:
        raise ValidationError(
            [FieldProblem(field, f"not a value of this field: {error}")]
        ) from error
    edited = dataclasses.replace(current, **{field: getattr(target, field)})
    found = problems(edited)
    if found:
        raise ValidationError(found)
    return records.save_edit(catalog.conn, current, edited, "updated", catalog.user, stamp)


def resolve_conflict(
    catalog: Catalog, ref: int | str, field: str, take: str, value: Any = None
) -> Conflict:
    """Settle the conflict on ``field`` of ``ref``: ``take`` is ``mine``, ``theirs`` or
    ``value`` (then ``value``, as JSON, is written). One transaction; returns the conflict
    as it was, which :func:`reopen_conflict` takes to undo the choice."""
    with catalog.writing():
        conflict = find(catalog, ref, field)
        chosen = {MINE: conflict.mine, THEIRS: conflict.theirs}.get(take, value)
        _set_field(catalog, conflict.uuid, field, chosen, now())
        catalog.conn.execute("DELETE FROM exchange_conflicts WHERE id = ?", (conflict.id,))
    return conflict


def reopen_conflict(catalog: Catalog, conflict: Conflict) -> None:
    """Take a resolution back: the field holds this copy's value again and the conflict
    is open again, as it was."""
    with catalog.writing():
        _set_field(catalog, conflict.uuid, conflict.field, conflict.mine, now())
        catalog.conn.execute(
            "INSERT OR REPLACE INTO exchange_conflicts (id, uuid, field, base, mine, theirs, "
            "from_site, from_user, package_id, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conflict.id, conflict.uuid, conflict.field,
                *(
                    None if v is None else travel.canonical(v)
                    for v in (conflict.base, conflict.mine, conflict.theirs)
                ),
                conflict.from_site, conflict.from_user, conflict.package_id, conflict.found_at,
            ),
        )  # fmt: skip
