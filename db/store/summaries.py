"""The summary tables (migration m005): checked against a recount, rebuilt from the records.

Triggers keep the tables right on every write; ``check`` recounts them from the records
(the same queries the migration filled them with) and reports any row that differs, and
``pactum search --reindex`` (``db.search.index.rebuild``) rebuilds them the same way.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from db.store.summary_recount import RECOUNT

REPAIR = "rebuild them with `pactum search --reindex`"


def problems(conn: sqlite3.Connection) -> list[str]:
    """Each summary table that disagrees with a recount of the records, and by how many rows.

    Each recount is made once, into a temporary table (the file is not written), then
    compared both ways: both sides are sets, the table's rows unique by its key and the
    recount's by its GROUP BY."""
    found = []
    for table, recount in RECOUNT.items():
        # Columns as the table declares them: a subject id stays a number, as stored.
        conn.execute(f"CREATE TEMP TABLE summary_recount AS SELECT * FROM {table} WHERE false")
        try:
            conn.execute(
                f"INSERT INTO temp.summary_recount SELECT * FROM ({recount})", {"above": 0}
            )
            wrong = conn.execute(
                f"SELECT (SELECT count(*) FROM (SELECT * FROM {table} "
                "EXCEPT SELECT * FROM temp.summary_recount)) + (SELECT count(*) FROM "
                f"(SELECT * FROM temp.summary_recount EXCEPT SELECT * FROM {table}))"
            ).fetchone()[0]
        finally:
            conn.execute("DROP TABLE temp.summary_recount")
        if wrong:
            found.append(f"summary counts: {table} differs from the records in {wrong:,} rows")
    if found:
        found.append(REPAIR)
    return found


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the summary tables afresh from the records (inside the caller's transaction)."""
    for table, recount in RECOUNT.items():
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} SELECT * FROM ({recount})", {"above": 0})


_ADD = {
    "summary_facets": "n = n + excluded.n",
    "summary_partners": "n = n + excluded.n, "
    "first = coalesce(min(first, excluded.first), first, excluded.first), "
    "latest = coalesce(max(latest, excluded.latest), latest, excluded.latest)",
    "summary_partner_subjects": "n = n + excluded.n, "
    "latest = coalesce(max(latest, excluded.latest), latest, excluded.latest)",
    "summary_cube": "n = n + excluded.n",
}
"""How a row counted for new records adds to the row the table already holds."""


@contextlib.contextmanager
def deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a write transaction: records added in the block are counted when it ends,
    in one pass each table, instead of row by row by the triggers (a bulk import: the
    triggers would double its time). Records that existed before are counted by the
    triggers as always; a failure rolls the whole transaction back, the mark included."""
    assert conn.in_transaction
    above = conn.execute("SELECT coalesce(max(id), 0) FROM agreements").fetchone()[0]
    conn.execute("INSERT INTO summary_deferred (above) VALUES (?)", (above,))
    yield
    conn.execute("DELETE FROM summary_deferred")
    for table, recount in RECOUNT.items():
        conn.execute(
            f"INSERT INTO {table} SELECT * FROM ({recount}) WHERE true "
            f"ON CONFLICT DO UPDATE SET {_ADD[table]}",
            {"above": above},
        )
