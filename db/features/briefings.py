"""The briefings Pactum made: for whom, when, how, and what each covered.

A briefing is remembered inside the catalogue (never as a file beside it), so the next
briefing of the same partnership can say what changed since: its digest maps each record
it covered to the version it showed. Partners are kept sorted, so "LT" then "PL" and "PL"
then "LT" are one partnership pack.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from db.store.access import now


@dataclass(frozen=True)
class BriefingMade:
    """One briefing made: its partners, when and by whom, its options, and the version of
    each record it covered (by UUID)."""

    id: int
    partners: tuple[str, ...]
    made_at: str
    made_by: str
    options: dict[str, Any]
    digest: dict[str, int]


def _key(partners: Sequence[str]) -> str:
    return json.dumps(sorted(set(partners)), ensure_ascii=False)


def remember(
    conn: sqlite3.Connection,
    partners: Sequence[str],
    options: Mapping[str, Any],
    digest: Mapping[str, int],
    user: str,
) -> BriefingMade:
    """Record a briefing just made (inside the caller's write transaction)."""
    made_at = now()
    cursor = conn.execute(
        "INSERT INTO briefings (partners, made_at, made_by, options, digest) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            _key(partners),
            made_at,
            user,
            json.dumps(dict(options), ensure_ascii=False, sort_keys=True),
            json.dumps(dict(digest), sort_keys=True),
        ),
    )
    assert cursor.lastrowid is not None
    return BriefingMade(
        cursor.lastrowid, tuple(sorted(set(partners))), made_at, user, dict(options), dict(digest)
    )


def last(conn: sqlite3.Connection, partners: Sequence[str]) -> BriefingMade | None:
    """The newest briefing of exactly these partners, if one was made and can be read."""
    row = conn.execute(
        "SELECT id, partners, made_at, made_by, options, digest FROM briefings "
        "WHERE partners = ? ORDER BY made_at DESC, id DESC LIMIT 1",
        (_key(partners),),
    ).fetchone()
    if row is None:
        return None
    briefing_id, keys, made_at, made_by, options, digest = row
    try:
        read_keys = json.loads(keys)
        read_options = json.loads(options)
        read_digest = json.loads(digest)
        dt.datetime.fromisoformat(made_at)
    except (TypeError, ValueError):
        return None  # not what Pactum writes: as if none was made
    if not (isinstance(read_options, dict) and isinstance(read_digest, dict)):
        return None
    versions = {k: v for k, v in read_digest.items() if isinstance(v, int)}
    return BriefingMade(
        briefing_id, tuple(read_keys), str(made_at), str(made_by), read_options, versions
    )
