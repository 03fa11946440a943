"""Attachments in the interchange JSON: written streamed as base64, read back exactly.

Each exported record may carry ``"attachments": [{"name", "media_type", "size", "sha256",
"added_at", "added_by", "data"}]``, ``data`` being the file's bytes in base64, written a
chunk at a time so a large scan never sits whole in memory (``pactum export
--no-attachments`` leaves them out). On import every attachment is checked (base64 that
decodes, the size and SHA-256 it states) before anything is written, then stored on the
record it came with, with its name, who added it and when (see ``docs/interchange.md``).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import io
import json
import sqlite3
from dataclasses import dataclass
from typing import IO, Any

from db.errors import FieldProblem, ValidationError
from db.features.attachments import Source, chunks, name_problem, store
from db.safety.outputs import shown

_KEYS = ("name", "media_type", "size", "sha256", "added_at", "added_by")


def write(conn: sqlite3.Connection, agreement_id: int, out: IO[str]) -> None:
    """Write ``, "attachments": [...]`` for the record (nothing when it holds no file),
    into an object left open by the caller."""
    rows = conn.execute(
        "SELECT a.name, f.media_type, f.size, f.sha256, a.added_at, a.added_by, f.id "
        "FROM attachments a JOIN attachment_files f ON f.id = a.file_id "
        "WHERE a.agreement_id = ? ORDER BY a.name",
        (agreement_id,),
    ).fetchall()
    if not rows:
        return
    out.write(', "attachments": [')
    for n, (*fields, file_id) in enumerate(rows):
        head = json.dumps(dict(zip(_KEYS, fields, strict=True)), ensure_ascii=False)
        out.write((", " if n else "") + head[:-1] + ', "data": "')
        carry = b""
        for piece in chunks(conn, file_id):
            joined = carry + piece
            cut = len(joined) - len(joined) % 3  # base64 of whole 3-byte groups joins up
            out.write(base64.b64encode(joined[:cut]).decode("ascii"))
            carry = joined[cut:]
        out.write(base64.b64encode(carry).decode("ascii") + '"}')
    out.write("]")


@dataclass(frozen=True)
class Incoming:
    """One checked attachment of an import file."""

    name: str
    data: bytes
    sha256: str
    added_at: str
    added_by: str


def _read_one(entry: Any, n: int) -> tuple[Incoming | None, str]:
    if not isinstance(entry, dict):
        return None, f"attachment {n} must be an object"
    name, data = entry.get("name"), entry.get("data")
    if not isinstance(name, str) or not name.strip():
        return None, f"attachment {n} has no name"
    problem = name_problem(name)
    if problem is not None:
        return None, f"attachment {n} ({shown(name[:80])}): {problem}"
    if not isinstance(data, str):
        return None, f"attachment {n} ({name}) has no data"
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None, f"attachment {n} ({name}) holds data that is not base64"
    sha256 = hashlib.sha256(raw).hexdigest()
    if not raw or entry.get("sha256", sha256) != sha256 or entry.get("size", len(raw)) != len(raw):
        return None, f"attachment {n} ({name}) is empty or not the file its size and hash name"
    added_at, added_by = entry.get("added_at", ""), entry.get("added_by", "")
    if not isinstance(added_at, str) or not isinstance(added_by, str):
        return None, f"attachment {n} ({name}): added_at and added_by must be text"
    return Incoming(name.strip(), raw, sha256, added_at, added_by), ""


def read_item(item: Any, record: int) -> tuple[list[Incoming], list[FieldProblem]]:
    """One record's attachments as the file holds them, and what is wrong with them (a
    streaming import reads the file a record at a time); a name given twice is refused."""
    entries = item.get("attachments", []) if isinstance(item, dict) else []
    if not isinstance(entries, list):
        return [], [FieldProblem("attachments", "must be a list", record=record)]
    found: list[Incoming] = []
    problems: list[FieldProblem] = []
    names: set[str] = set()
    for n, entry in enumerate(entries, 1):
        incoming, problem = _read_one(entry, n)
        if incoming is not None and incoming.name in names:
            problem = f"attachment {n} ({shown(incoming.name)}): named twice"
            incoming = None
        if incoming is None:
            problems.append(FieldProblem("attachments", problem, record=record))
        else:
            names.add(incoming.name)
            found.append(incoming)
    return found, problems


def read(data: dict[str, Any]) -> dict[int, list[Incoming]]:
    """Every record's attachments, by record number (1-based); ValidationError naming
    each one that is malformed."""
    found: dict[int, list[Incoming]] = {}
    problems: list[FieldProblem] = []
    for record, item in enumerate(data["agreements"], 1):
        files, bad = read_item(item, record)
        problems += bad
        if files:
            found[record] = files
    if problems:
        raise ValidationError(problems)
    return found


def restore(
    conn: sqlite3.Connection, agreement_id: int, incoming: list[Incoming], stamp: str, user: str
) -> None:
    """Store a new record's attachments as the file had them (inside the import's
    transaction)."""
    for a in incoming:
        source = Source(functools.partial(io.BytesIO, a.data), len(a.data), a.name)
        store(
            conn, agreement_id, a.name, source, (a.added_at or stamp, a.added_by or user), a.sha256
        )
