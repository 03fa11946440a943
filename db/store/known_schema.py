"""The schema this version of Pactum makes, and how a file's schema differs from it.

A catalogue's ``sqlite_master`` is code as well as layout: a planted trigger runs on our
own writes (an import that deletes every record), a view where a table belongs feeds us
rows from anywhere, an index or default can call functions. So a file is trusted only
when every object in it is one our migrations make, with the same definition: the
expected schema is built by applying the migrations the file says it has to an empty
in-memory database (with the same SQLite library the file is opened with), and compared
object by object. The comparison reads ``sqlite_master`` only and writes nothing.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from typing import NamedTuple

from sqlite_utils import Database, Migrations

from db.errors import ForeignSchemaError
from db.safety.cipher import Connection, sqlcipher
from db.store.schema import MIGRATION_FUNCTIONS, MIGRATION_SET

SQLITE_OWN = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat2": "CREATE TABLE sqlite_stat2(tbl,idx,sampleno,sample)",
    "sqlite_stat3": "CREATE TABLE sqlite_stat3(tbl,idx,neq,nlt,ndlt,sample)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
"""Tables SQLite itself adds (AUTOINCREMENT counters; ANALYZE statistics, which the sqlite3
shell or a tool may leave): data for the query planner, no code, so they may be there."""

_TOKEN = re.compile(
    r"""
    (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
    | (?P<space>\s+)
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`)
    | (?P<word>[\w$]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)


def normalise_sql(sql: str | None) -> str | None:
    """``sql`` with comments and layout dropped, identifiers unquoted and words folded to
    lower case (as SQLite reads them), string literals kept exactly: two definitions are
    the same object exactly when these are equal."""
    if sql is None:
        return None
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind in ("comment", "space"):
            continue
        if kind == "quoted":
            text = text[1:-1].replace(text[0] * 2, text[0]) if text[0] != "[" else text[1:-1]
            text = text.lower()
        elif kind == "word":
            text = text.lower()
        tokens.append(text)
    return " ".join(tokens)


class SchemaObject(NamedTuple):
    """One row of ``sqlite_master`` as compared: what it is, where, and its definition."""

    type: str
    name: str
    table: str
    sql: str | None


def _objects(conn: Connection) -> dict[str, SchemaObject]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        str(name).lower(): SchemaObject(str(kind), str(name), str(table), normalise_sql(sql))
        for kind, name, table, sql in rows
    }


def applied_names(conn: Connection) -> tuple[str, ...]:
    """The migrations the file records as applied, in order (none in a fresh file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations' AND type = 'table'"
    ).fetchone()
    if exists is None:
        return ()
    return tuple(
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        )
    )


@cache
def expected_objects(applied: frozenset[str], encrypted: bool) -> dict[str, SchemaObject]:
    """The schema the migrations ``applied`` make, in their order, in an empty database of
    the same library (cached: every open compares against it)."""
    conn = sqlcipher.connect(":memory:") if encrypted else sqlite3.connect(":memory:")
    try:
        subset = Migrations(MIGRATION_SET)
        for name in MIGRATION_FUNCTIONS:
            if name in applied:
                subset(name=name)(MIGRATION_FUNCTIONS[name])
        if applied:
            subset.apply(Database(conn, execute_plugins=False))
        return _objects(conn)
    finally:
        conn.close()


def _what(obj: SchemaObject) -> str:
    on = f" on {obj.table}" if obj.type in ("trigger", "index") else ""
    return f"{obj.type} '{obj.name}'{on}"


def schema_differences(conn: Connection) -> list[str]:
    """Every object of the file's schema that the migrations it has applied do not make
    as it is (extra, missing or different), in words; empty when the schema is ours.

    Tables SQLite adds by itself (:data:`SQLITE_OWN`) are accepted in their own form;
    storage shared by two objects (possible only by editing ``sqlite_master``) is a
    difference too. A file recording migrations this version does not know was made by a
    newer Pactum, whose schema cannot be judged here.
    """
    applied = applied_names(conn)
    unknown = [name for name in applied if name not in MIGRATION_FUNCTIONS]
    if unknown:
        return [f"made by a newer Pactum (migrations {', '.join(unknown)}): not compared"]
    found = _objects(conn)
    expected = expected_objects(frozenset(applied), not isinstance(conn, sqlite3.Connection))
    problems = []
    for key, obj in found.items():
        own = SQLITE_OWN.get(key)
        if own is not None and obj.type == "table" and obj.sql == normalise_sql(own):
            continue
        wanted = expected.get(key)
        if wanted is None:
            problems.append(f"unexpected {_what(obj)}")
        elif wanted.type != obj.type:
            problems.append(f"'{obj.name}' is a {obj.type} where Pactum has a {wanted.type}")
        elif wanted.table.lower() != obj.table.lower() or wanted.sql != obj.sql:
            problems.append(f"{_what(obj)} is not defined as Pactum defines it")
    problems += [f"missing {_what(obj)}" for key, obj in expected.items() if key not in found]
    return problems + _shared_storage(conn)


def _shared_storage(conn: Connection) -> list[str]:
    pages: dict[int, str] = {}
    problems = []
    for name, page in conn.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE type IN ('table', 'index')"
    ):
        if isinstance(page, int) and page > 0:
            if page in pages:
                problems.append(f"'{pages[page]}' and '{name}' share their storage (page {page})")
            pages[page] = str(name)
    return problems


def refuse_foreign_schema(conn: Connection, path: str) -> None:
    """Raise ForeignSchemaError unless the file's schema is exactly what its migrations
    make; call before anything is written to it."""
    differences = schema_differences(conn)
    if differences:
        raise ForeignSchemaError(path, differences)
