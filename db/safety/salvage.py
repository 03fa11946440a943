"""Salvage: copy whatever can still be read from a damaged catalogue into a NEW one.

The damaged file is only ever read. Where the ``sqlite3`` shell is installed (Debian
package ``sqlite3``), its ``.recover`` command reads the file page by page, which finds
rows even under damaged interior pages; its output is loaded into a scratch database.
Elsewhere (and for encrypted files, which the shell cannot read) each table is read
through rowid ranges, halving any range that fails until the unreadable rows are
isolated. Either way the rows then go into a freshly made catalogue one by one, so a row
the schema rejects (a party whose agreement was lost) is dropped and counted, never
half-written; derived indexes registered with ``db.safety.check`` are rebuilt at the end.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.catalog import Catalog
from db.errors import CatalogError
from db.opener import open_catalog
from db.safety.check import INDEXES
from db.safety.cipher import DATABASE_ERRORS, INTEGRITY_ERRORS, Connection, connect, key_for
from db.store.progress import NoProgress, Progress, check
from db.store.stored import read_leniently

NO_PROGRESS = NoProgress()
CHUNK = 512
GIVE_UP_AFTER = 64
"""Empty or unreadable chunks in a row, past the last row found, before a table is done
when its highest rowid cannot be read."""


@dataclass
class SalvageReport:
    """Rows copied per table, rowids that could not be read, rows the schema refused."""

    target: Path
    method: str
    recovered: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)


def recover_with_shell(source: Path, scratch: Path) -> bool:
    """Run ``sqlite3 -readonly SOURCE .recover`` into ``scratch``; False if unavailable."""
    shell = shutil.which("sqlite3")
    if shell is None:
        return False
    done = subprocess.run(
        [shell, "-readonly", str(source), ".recover"],
        capture_output=True,
        check=False,
        timeout=3600,
    )
    if done.returncode != 0 or not done.stdout:
        return False
    conn = sqlite3.connect(scratch)
    # The script recreates the damaged file's own schema: its triggers must not fire on
    # the rows the script inserts after them.
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
    try:
        conn.executescript(done.stdout.decode("utf-8", errors="replace"))
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def _tables(conn: Connection) -> list[str]:
    """The target's own tables, parents before children, without derived ones."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name <> '_sqlite_migrations'"
    ).fetchall()
    virtual = [name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    plain = [name for name, _ in rows if not any(name.startswith(v) for v in virtual)]
    parents = {
        name: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in plain
    }
    ordered: list[str] = []
    while len(ordered) < len(plain):
        for name in plain:
            if name not in ordered and parents[name] <= set(ordered) | {name}:
                ordered.append(name)
                break
        else:
            ordered += [name for name in plain if name not in ordered]
    return ordered


def _real_tables(conn: Connection) -> set[str] | None:
    """Names (lower case) of the source's stored tables: a view or virtual table under a
    table's name is no data of ours (it may make rows up). None when the schema itself
    cannot be read: then every name is tried."""
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    except DATABASE_ERRORS:
        return None
    return {
        str(name).lower()
        for name, sql in rows
        if not str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
    }


def _without_rowid(conn: Connection, table: str) -> bool:
    try:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    except DATABASE_ERRORS:
        return False
    return bool(row and row[0] and "WITHOUT ROWID" in row[0].upper())


def _columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _read(
    conn: Connection, table: str, columns: str, lo: int, hi: int
) -> Iterator[tuple[Any, ...] | None]:
    """Rows with rowid in [lo, hi), and None for each rowid that could not be read.

    A failing range is halved down to single rowids, read by equality: a range scan steps
    on to the next page to learn where it ends, and that page may be the damaged one.
    """
    args: tuple[int, ...]
    if hi - lo == 1:
        sql, args = f'SELECT {columns} FROM "{table}" WHERE rowid = ?', (lo,)
    else:
        sql, args = f'SELECT {columns} FROM "{table}" WHERE rowid >= ? AND rowid < ?', (lo, hi)
    try:
        rows = conn.execute(sql, args).fetchall()
    except DATABASE_ERRORS:
        if hi - lo == 1:
            yield None
            return
        middle = (lo + hi) // 2
        yield from _read(conn, table, columns, lo, middle)
        yield from _read(conn, table, columns, middle, hi)
        return
    yield from rows


def read_table(
    conn: Connection, table: str, columns: list[str], lost: list[int]
) -> Iterator[tuple[Any, ...]]:
    """Every readable row of ``table`` (only ``columns``), in rowid order; ``lost[0]`` counts
    the unreadable rowids between readable ones (past the last row found, none can tell).
    A table without rowids is read whole or not at all."""
    names = ", ".join(f'"{c}"' for c in columns)
    if _without_rowid(conn, table):
        try:
            yield from conn.execute(f'SELECT {names} FROM "{table}"').fetchall()
        except DATABASE_ERRORS:
            lost[0] += 1
        return
    try:
        highest = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except DATABASE_ERRORS:
        highest = None
    lo, idle, pending = 0, 0, 0
    while (highest is not None and lo <= highest) or (highest is None and idle < GIVE_UP_AFTER):
        found = False
        for row in _read(conn, table, names, lo, lo + CHUNK):
            if row is None:
                pending += 1
                continue
            lost[0] += pending
            pending, found = 0, True
            yield row
        idle = 0 if found else idle + 1
        lo += CHUNK
    if highest is not None:
        lost[0] += pending


def copy_rows(
    source: Connection,
    catalog: Catalog,
    report: SalvageReport,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Copy every readable row the target's schema accepts, in one transaction: data only,
    from the source's stored tables into the schema the migrations made."""
    with catalog.writing() as target:
        # The fresh catalogue's own settings give way to the salvaged ones.
        target.execute("DELETE FROM catalog_settings")
        tables = _tables(target)
        stored = _real_tables(source)
        for done, table in enumerate(tables):
            check(progress, done, len(tables), every=1)
            try:
                readable = stored is None or table.lower() in stored
                available = set(_columns(source, table)) if readable else set()
            except DATABASE_ERRORS:
                available = set()
            columns = [c for c in _columns(target, table) if c in available]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            lost, copied, refused = [0], 0, 0
            for row in read_table(source, table, columns, lost):
                try:
                    target.execute("SAVEPOINT row")
                    target.execute(insert, row)
                    target.execute("RELEASE row")
                    copied += 1
                except INTEGRITY_ERRORS:
                    target.execute("ROLLBACK TO row")
                    target.execute("RELEASE row")
                    refused += 1
            report.recovered[table] = copied
            report.unreadable[table] = lost[0]
            report.rejected[table] = refused
        check(progress, len(tables), len(tables), every=1)


def salvage(
    source: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    use_shell: bool = True,
    progress: Progress = NO_PROGRESS,
) -> SalvageReport:
    """Make ``target`` (which must not exist) from what ``source`` still holds; progress
    counts tables, and a cancel (Cancelled) leaves no target behind."""
    if target.exists():
        raise CatalogError(f"{target} already exists: salvage writes only into a new file")
    if target.resolve() == source.resolve():
        raise CatalogError("salvage writes into a new file, never over the damaged one")
    passphrase = key_for(source, passphrase)
    with tempfile.TemporaryDirectory(prefix="pactum-salvage-") as scratch_dir:
        scratch = Path(scratch_dir) / "recovered.db"
        shell = use_shell and passphrase is None and recover_with_shell(source, scratch)
        if shell:
            reader, method = sqlite3.connect(scratch), "sqlite3 .recover"
        else:
            reader, method = connect(source, passphrase=passphrase, readonly=True), "row by row"
        # A text that is not UTF-8 is copied as the bytes it is (and shown damaged), not lost.
        read_leniently(reader)
        report = SalvageReport(target, method)
        try:
            with open_catalog(target, create=True, passphrase=passphrase) as catalog:
                copy_rows(reader, catalog, report, progress)
                for index in INDEXES.values():
                    if index.rebuild is not None:
                        index.rebuild(catalog)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            reader.close()
    return report
