"""The summary tables (migration m005): checked against a recount, rebuilt from the records.

Triggers keep the tables right on every write; ``check`` recounts them from the records
(the same queries the migration filled them with) and reports any row that differs, and
``pactum search --reindex`` (``db.search.index.rebuild``) rebuilds them the same way.
"""

from __future__ import annotations

import sqlite3

from db.store.migrations_summary import RECOUNT

REPAIR = "rebuild them with `pactum search --reindex`"


def problems(conn: sqlite3.Connection) -> list[str]:
    """Each summary table that disagrees with a recount of the records, and by how many rows."""
    found = []
    for table, recount in RECOUNT.items():
        # Both sides are sets: the table's rows are unique by its key, the recount's by its
        # GROUP BY; comparing in SQLite holds neither in Python (a million rows at 1M).
        wrong = conn.execute(
            f"SELECT (SELECT count(*) FROM (SELECT * FROM {table} "
            f"EXCEPT SELECT * FROM ({recount}))) + (SELECT count(*) FROM "
            f"(SELECT * FROM ({recount}) EXCEPT SELECT * FROM {table}))"
        ).fetchone()[0]
        if wrong:
            found.append(f"summary counts: {table} differs from the records in {wrong:,} rows")
    if found:
        found.append(REPAIR)
    return found


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the summary tables afresh from the records (inside the caller's transaction)."""
    for table, recount in RECOUNT.items():
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} SELECT * FROM ({recount})")
