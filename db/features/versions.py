"""Past versions of a record, rebuilt from its history, and restoring one old value.

The history logs, for every update, each changed field's old and new value (as
``codec.encode_field`` writes them); "created" and "imported" rows carry no values. So a
past version is the current record with every later change undone, newest first. Nothing
else is stored: the history is the single source of truth.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from db.errors import CatalogError
from db.store.codec import STORE_FIELDS, decode, encode
from db.store.model import CONTENT_FIELDS, Agreement
from db.store.stored import json_value

if TYPE_CHECKING:
    from db.catalog import Catalog

_UNDOABLE = frozenset(CONTENT_FIELDS) | {"deleted_at"}


class VersionNotFoundError(CatalogError):
    """The record never had the version asked for (or its history does not reach back)."""

    code = "version_not_found"

    def __init__(self, uuid: str, version: int, known: list[int]) -> None:
        self.uuid, self.version, self.known = uuid, version, known
        self._say(uuid=uuid, version=version, known=", ".join(map(str, known)))


def _changes(catalog: Catalog, agreement_id: int) -> list[tuple[int, str, object, str]]:
    """(version, field, old value, changed_at) of every logged change, oldest first."""
    return [
        (version, field, json_value(old)[0] if old is not None else None, at)
        for version, field, old, at in catalog.conn.execute(
            "SELECT version, field, old_value, changed_at FROM history "
            "WHERE agreement_id = ? ORDER BY id",
            (agreement_id,),
        )
    ]


def _stamps(catalog: Catalog, agreement_id: int) -> dict[int, str]:
    """Each logged version and when it was made (the last stamp logged for it); entries
    another program stored with no version number are no version."""
    return {
        version: stamp
        for version, stamp in catalog.conn.execute(
            "SELECT version, max(changed_at) FROM history WHERE agreement_id = ? GROUP BY version",
            (agreement_id,),
        )
        if type(version) is int
    }


def versions(catalog: Catalog, ref: int | str) -> list[int]:
    """Every version of the record that can be rebuilt, oldest first (the current one last)."""
    current = catalog.get(ref)
    assert current.id is not None
    logged = _stamps(catalog, current.id)
    return sorted({v for v in logged if v <= current.version} | {current.version})


def version_at(catalog: Catalog, ref: int | str, version: int) -> Agreement:
    """The record as it was at ``version``: the current one with every later change undone.

    The result carries that version number and the time it was saved; comparing it with
    ``catalog.get`` of the same version gives equality.
    """
    current = catalog.get(ref)
    assert current.id is not None
    known = versions(catalog, current.id)
    if version not in known:
        raise VersionNotFoundError(current.uuid, version, known)
    if version == current.version:
        return current
    data = encode(current, STORE_FIELDS + CONTENT_FIELDS)
    for logged, field, old, _ in reversed(_changes(catalog, current.id)):
        if logged > version and field in _UNDOABLE:
            data[field] = old
    data["version"] = version
    data["updated_at"] = _stamps(catalog, current.id).get(version, current.created_at)
    agreement, problems = decode(data)
    if agreement is None:
        raise CatalogError(f"the history of {current.uuid} cannot be replayed: {problems}")
    return dataclasses.replace(agreement, id=current.id)


def restore_field(
    catalog: Catalog, ref: int | str, field: str, version: int, read_version: int | None = None
) -> Agreement:
    """Put the value ``field`` had at ``version`` back, as an ordinary recorded update.

    ``read_version`` is the version the user was looking at; if the record has moved on
    since, the store refuses with StaleRecordError instead of overwriting the newer change.
    """
    if field not in CONTENT_FIELDS:
        raise ValueError(f"{field!r} is not a field a user edits")
    old = version_at(catalog, ref, version)
    current = catalog.get(ref)
    edited = dataclasses.replace(current, **{field: getattr(old, field)})
    if read_version is not None:
        edited = dataclasses.replace(edited, version=read_version)
    return catalog.update(edited)
