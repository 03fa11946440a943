"""A catalogue's subjects kept as the shipped thesaurus's concept ids.

Catalogues made before the thesaurus, and local subjects that a newer thesaurus names,
hold a label ("UAV", "дрони") where the concept id ("drones") belongs. On open, when the
thesaurus version the catalogue was last mapped with differs from the shipped one, each
such subject becomes its concept (two that name one concept become one; a record that
carried both keeps it once, where it came first). Labels stay labels of the concept, so
the search index needs no rebuild: searching a concept finds every label of it.
"""

from __future__ import annotations

import sqlite3

from db.store.thesaurus import thesaurus

SETTING = "thesaurus_version"


def mapped_version(conn: sqlite3.Connection) -> int | None:
    """The thesaurus version the catalogue's subjects were mapped with (None: never)."""
    row = conn.execute("SELECT value FROM catalog_settings WHERE key = ?", (SETTING,)).fetchone()
    return int(row[0]) if row is not None and str(row[0]).isdigit() else None


def map_subjects(conn: sqlite3.Connection) -> int:
    """Turn subjects that name a concept into the concept, if the thesaurus changed since
    the last time; how many subjects changed. Runs in its own write transaction (or the
    caller's); when another process holds the write lock, it leaves it for the next open."""
    if mapped_version(conn) == thesaurus().version:
        return 0
    if conn.in_transaction:
        return _map(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return 0
        raise
    try:
        changed = _map(conn) if mapped_version(conn) != thesaurus().version else 0
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")
    return changed


def _map(conn: sqlite3.Connection) -> int:
    rows = conn.execute("SELECT id, name FROM subjects ORDER BY id").fetchall()
    by_name = {name.casefold(): subject_id for subject_id, name in rows}
    changed = 0
    for subject_id, name in rows:
        concept = thesaurus().canonical(name) if isinstance(name, str) else name
        if concept == name:
            continue
        changed += 1
        target = by_name.get(concept.casefold())
        if target is None or target == subject_id:
            conn.execute("UPDATE subjects SET name = ? WHERE id = ?", (concept, subject_id))
            by_name[concept.casefold()] = subject_id
            continue
        _merge_into(conn, subject_id, target)
    conn.execute(
        "INSERT OR REPLACE INTO catalog_settings (key, value) VALUES (?, ?)",
        (SETTING, str(thesaurus().version)),
    )
    return changed


def _merge_into(conn: sqlite3.Connection, old: int, target: int) -> None:
    """Records tagged ``old`` are tagged ``target`` instead (once), and ``old`` goes."""
    conn.execute(
        "DELETE FROM agreement_subjects WHERE subject_id = ? AND agreement_id IN "
        "(SELECT agreement_id FROM agreement_subjects WHERE subject_id = ?) AND position > "
        "(SELECT t.position FROM agreement_subjects t WHERE t.subject_id = ? "
        "AND t.agreement_id = agreement_subjects.agreement_id)",
        (old, target, target),
    )
    conn.execute(
        "DELETE FROM agreement_subjects WHERE subject_id = ? AND agreement_id IN "
        "(SELECT agreement_id FROM agreement_subjects WHERE subject_id = ?)",
        (target, old),
    )
    conn.execute("UPDATE agreement_subjects SET subject_id = ? WHERE subject_id = ?", (target, old))
    conn.execute("DELETE FROM subjects WHERE id = ?", (old,))
