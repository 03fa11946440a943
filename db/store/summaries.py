"""The summary tables (migration m005): checked against a recount, rebuilt from the records.

Triggers keep the tables right on every write; ``check`` recounts them from the records
(the same queries the migration filled them with) and reports any row that differs, and
``pactum search --reindex`` (``db.search.index.rebuild``) rebuilds them the same way.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from db.store.migrations_summary import RECOUNT

REPAIR = "rebuild them with `pactum search --reindex`"


def _rows(conn: sqlite3.Connection, sql: str) -> Counter[tuple[object, ...]]:
    return Counter(tuple(row) for row in conn.execute(sql))


def problems(conn: sqlite3.Connection) -> list[str]:
    """Each summary table that disagrees with a recount of the records, and by how many rows."""
    found = []
    for table, recount in RECOUNT.items():
        kept = _rows(conn, f"SELECT * FROM {table}")
        expected = _rows(conn, recount)
        wrong = (kept - expected) + (expected - kept)
        if wrong:
            found.append(f"summary counts: {table} differs from the records in {len(wrong):,} rows")
    if found:
        found.append(REPAIR)
    return found


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the summary tables afresh from the records (inside the caller's transaction)."""
    for table, recount in RECOUNT.items():
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} {recount}")
