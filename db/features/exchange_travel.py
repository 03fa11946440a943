"""The "travel" form of a record: what one workstation sends another, keyed by UUID.

The catalogue's child tables (parties, signatories, ...) have integer ids that collide
between copies, so changes are not captured on the live tables. Instead each record is
written as one row of a ``travel`` table keyed by its UUID, one column per exchanged field
(lists as canonical JSON), in an in-memory apsw database; SQLite's session extension diffs
and applies those rows. The catalogue file itself is never opened with apsw: it is read
and written here through sqlite3, like everywhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import apsw

from db.safety.cipher import Connection
from db.store import stored
from db.store.codec import decode, encode_field
from db.store.model import CONTENT_FIELDS, Agreement

DELETED = "deleted"
"""The trash state, exchanged as a field of its own (0 or 1): a delete is an edit."""
FIELDS: tuple[str, ...] = (*CONTENT_FIELDS, DELETED)
"""The fields that can be changed on either side, and so be in conflict."""
COLUMNS: tuple[str, ...] = ("uuid", "created_at", *FIELDS)
"""The travel table's columns, in order."""

type Row = dict[str, Any]
"""One travel row: column -> canonical JSON text (``deleted``: 0 or 1)."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
"""One encoder for every value: ``json.dumps`` with options builds a new one per call."""


def canonical(value: Any) -> str:
    """One spelling of a JSON value, so equal values compare equal as text."""
    return _ENCODER.encode(value)


def travel_row(agreement: Agreement) -> Row:
    """The record as it travels: every exchanged field, nothing local (ids, versions)."""
    row: Row = {"uuid": agreement.uuid, "created_at": canonical(agreement.created_at)}
    for name in CONTENT_FIELDS:
        row[name] = canonical(encode_field(agreement, name))
    row[DELETED] = int(agreement.deleted_at is not None)
    return row


def agreement_of(row: Mapping[str, Any]) -> Agreement:
    """The record a travel row describes (store fields other than the UUID left empty)."""
    data = {name: json.loads(row[name]) for name in CONTENT_FIELDS}
    data["uuid"] = row["uuid"]
    data["created_at"] = json.loads(row["created_at"])
    agreement, found = decode(data)
    if agreement is None:
        raise ValueError("; ".join(str(p) for p in found))
    return agreement


_STAND_INS = {"title": "-", "kind": "other", "parties": []}
"""Values decoding needs when only some fields are read (never used for those fields)."""


def fields_of(row: Mapping[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """Only the named content fields of a travel row, as the model's values (decoding a
    whole record per changed field would double an import's time)."""
    data = {**_STAND_INS, **{name: json.loads(row[name]) for name in names}}
    agreement, found = decode(data)
    if agreement is None:
        raise ValueError("; ".join(str(p) for p in found))
    return {name: getattr(agreement, name) for name in names}


def current_rows(
    conn: Connection, ids: Sequence[int]
) -> tuple[dict[str, Row], dict[str, Agreement]]:
    """Travel rows of the records with these ids, by UUID, and the records as read; a
    record holding a value Pactum cannot read (``damaged``) does not travel."""
    rows: dict[str, Row] = {}
    found: dict[str, Agreement] = {}
    for start in range(0, len(ids), 2000):
        for agreement in stored.load_many(conn, ids[start : start + 2000]).values():
            if not agreement.damaged:
                rows[agreement.uuid] = travel_row(agreement)
                found[agreement.uuid] = agreement
    return rows, found


def versions(found: Mapping[str, Agreement]) -> dict[str, int]:
    """The local version of each record read by :func:`current_rows`."""
    return {uuid: agreement.version for uuid, agreement in found.items()}


def ids_of(conn: Connection, uuids: Iterable[str]) -> dict[str, int]:
    """Row ids of the records with these UUIDs (those that exist)."""
    wanted = list(uuids)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT uuid, id FROM agreements WHERE uuid IN ({marks})", chunk)
        )
    return found


def base_rows(conn: Connection, uuids: Iterable[str] | None = None) -> dict[str, Row]:
    """The base snapshot's rows (all, or those of ``uuids``), by UUID."""
    if uuids is None:
        found = conn.execute("SELECT uuid, fields FROM exchange_base").fetchall()
    else:
        wanted = list(uuids)
        found = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += conn.execute(
                f"SELECT uuid, fields FROM exchange_base WHERE uuid IN ({marks})", chunk
            ).fetchall()
    return {uuid: {"uuid": uuid, **json.loads(fields)} for uuid, fields in found}


def save_base(conn: Connection, rows: Iterable[Row], versions: Mapping[str, int]) -> None:
    """Make ``rows`` the base snapshot of their records (``versions``: 0 where missing,
    which only makes the next export look at the record again)."""
    conn.executemany(
        "INSERT INTO exchange_base (uuid, local_version, fields) VALUES (?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET local_version = excluded.local_version, "
        "fields = excluded.fields",
        [
            (
                row["uuid"],
                versions.get(row["uuid"], 0),
                canonical({k: v for k, v in row.items() if k != "uuid"}),
            )
            for row in rows
        ],
    )


def memory_db(*schemas: str) -> apsw.Connection:
    """An in-memory apsw database with an empty travel table in ``main`` and each of
    ``schemas`` (attached, in memory too)."""
    db = apsw.Connection(":memory:")
    columns = ", ".join(
        f"{c} TEXT PRIMARY KEY" if c == "uuid" else f"{c} {'INTEGER' if c == DELETED else 'TEXT'}"
        for c in COLUMNS
    )
    for schema in ("main", *schemas):
        if schema != "main":
            db.execute(f"ATTACH ':memory:' AS {schema}")
        db.execute(f"CREATE TABLE {schema}.travel ({columns})")
    return db


def fill(db: apsw.Connection, schema: str, rows: Iterable[Row]) -> None:
    marks = ", ".join("?" * len(COLUMNS))
    with db:
        db.executemany(
            f"INSERT INTO {schema}.travel VALUES ({marks})",
            [tuple(row[c] for c in COLUMNS) for row in rows],
        )


def read_all(db: apsw.Connection) -> dict[str, Row]:
    """Every row of ``main.travel``, by UUID."""
    return {
        values[0]: dict(zip(COLUMNS, values, strict=True))
        for values in db.execute(f"SELECT {', '.join(COLUMNS)} FROM main.travel")
    }
