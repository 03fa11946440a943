"""A crafted catalogue: Pactum's id and tables plus objects our migrations do not make.

A planted trigger would run on our own writes, a view where a table belongs would feed us
any rows, a changed definition changes what a write does. Each is refused on open with a
one-line reason naming the object, before anything is written; ``pactum check`` names
them; salvage copies only the data into a schema built from the migrations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from db import DamagedCatalogError, ForeignSchemaError, open_catalog
from db.safety.check import check_path
from db.safety.salvage import salvage
from db.store import schema
from db.store.known_schema import expected_objects, normalise_sql, schema_differences
from desktop.cli import main
from tests.db.safety_helpers import build, checkpoint

RECORDS = 5
PASS = "correct horse battery staple"


def tamper(path: Path, *statements: str, writable_schema: bool = False) -> None:
    """Run ``statements`` on the file as another program (the sqlite3 shell) would."""
    conn = sqlite3.connect(path)
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    if writable_schema:
        conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    checkpoint(path)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


PLANTED: dict[str, tuple[tuple[str, ...], bool, str]] = {
    "trigger that empties the catalogue": (
        (
            "CREATE TRIGGER wipe AFTER INSERT ON agreements BEGIN "
            "DELETE FROM agreements WHERE id <> new.id; END",
        ),
        False,
        "unexpected trigger 'wipe' on agreements",
    ),
    "trigger on a search index shadow table": (
        ("CREATE TRIGGER spy AFTER INSERT ON search_index_data BEGIN DELETE FROM notes; END",),
        False,
        "unexpected trigger 'spy' on search_index_data",
    ),
    "view where a table belongs": (
        (
            "DROP TABLE notes",
            "CREATE VIEW notes AS SELECT 1 AS rowid, 1 AS id, 1 AS agreement_id, "
            "0 AS position, 'planted' AS body",
        ),
        False,
        "'notes' is a view where Pactum has a table",
    ),
    "extra index calling a function": (
        ("CREATE INDEX agreements_lower ON agreements (lower(title))",),
        False,
        "unexpected index 'agreements_lower' on agreements",
    ),
    "missing index": (
        ("DROP INDEX agreements_kind",),
        False,
        "missing index 'agreements_kind' on agreements",
    ),
    "extra table": (
        ("CREATE TABLE my_notes (body TEXT)",),
        False,
        "unexpected table 'my_notes'",
    ),
    "changed column default": (
        (
            "UPDATE sqlite_master SET sql = replace(sql, 'role          TEXT NOT NULL "
            "DEFAULT ''''', 'role TEXT NOT NULL DEFAULT ''x''') WHERE name = 'signatories'",
        ),
        True,
        "table 'signatories' is not defined as Pactum defines it",
    ),
    "changed trigger body": (
        (
            "UPDATE sqlite_master SET sql = replace(sql, 'INSERT OR REPLACE INTO search_state "
            "(key, value) VALUES (''orphan:'' || old.id, '''')', 'DELETE FROM history') "
            "WHERE name = 'agreements_search_orphan'",
        ),
        True,
        "trigger 'agreements_search_orphan' on agreements is not defined as Pactum defines it",
    ),
    "changed shadow table": (
        (
            "UPDATE sqlite_master SET sql = replace(sql, 'block BLOB', 'block BLOB DEFAULT 1') "
            "WHERE name = 'search_index_data'",
        ),
        True,
        "table 'search_index_data' is not defined as Pactum defines it",
    ),
    "two objects sharing storage": (
        (
            "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master "
            "WHERE name = 'agreements') WHERE name = 'notes'",
        ),
        True,
        "share their storage",
    ),
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = build(tmp_path / "work.pactum", RECORDS)
    with open_catalog(path) as catalog:
        catalog.backup()  # today's backup exists: opening would not make another
    checkpoint(path)
    return path


@pytest.mark.parametrize("case", PLANTED, ids=list(PLANTED))
def test_a_planted_object_is_refused_with_its_name_and_the_files_untouched(
    work: Path, case: str
) -> None:
    statements, writable, reason = PLANTED[case]
    tamper(work, *statements, writable_schema=writable)
    # In WAL mode, as Pactum leaves every catalogue (a file in another journal mode gets the
    # whole-file check before anything else: switching it to WAL writes its header).
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    before = files_of(work.parent)
    # As the window opens (the whole-file check runs later): the schema check alone.
    with pytest.raises(ForeignSchemaError) as error:
        open_catalog(work, verify=False)
    message = str(error.value)
    assert reason in message and "\n" not in message
    assert "is not a Pactum catalogue as this version made it" in message
    assert files_of(work.parent) == before
    # As the command line opens: refused too, as damaged when the whole-file check sees
    # the tampering first.
    with pytest.raises((ForeignSchemaError, DamagedCatalogError)) as error:
        open_catalog(work)
    assert "\n" not in str(error.value)
    assert files_of(work.parent) == before


def test_import_into_a_catalogue_with_a_planted_trigger_deletes_nothing(
    work: Path, tmp_path: Path, capsys
) -> None:
    tamper(work, *PLANTED["trigger that empties the catalogue"][0])
    extra = tmp_path / "extra.json"
    other = build(tmp_path / "other.pactum", 1)
    assert main(["--catalog", str(other), "export", str(extra)]) == 0
    before = files_of(work.parent)
    capsys.readouterr()

    code = main(["--catalog", str(work), "import", str(extra)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("pactum: ")
    assert "unexpected trigger 'wipe' on agreements" in err
    assert files_of(work.parent) == before
    count = sqlite3.connect(work).execute("SELECT count(*) FROM agreements").fetchone()[0]
    assert count == RECORDS


def test_check_names_every_foreign_object(work: Path, capsys) -> None:
    tamper(
        work,
        *PLANTED["trigger that empties the catalogue"][0],
        *PLANTED["extra index calling a function"][0],
    )
    before = files_of(work.parent)
    report = check_path(work)
    assert not report.ok
    assert "unexpected trigger 'wipe' on agreements" in report.foreign
    assert "unexpected index 'agreements_lower' on agreements" in report.foreign

    code = main(["--catalog", str(work), "check"])
    err = capsys.readouterr().err
    assert code == 2
    assert "unexpected trigger 'wipe' on agreements" in err
    assert "pactum check --salvage NEW" in err
    assert files_of(work.parent) == before


@pytest.mark.parametrize(
    "case", ["trigger that empties the catalogue", "view where a table belongs"]
)
def test_salvage_copies_the_data_into_the_schema_the_migrations_make(
    work: Path, tmp_path: Path, case: str
) -> None:
    tamper(work, *PLANTED[case][0])
    target = tmp_path / "clean.pactum"
    report = salvage(work, target)
    assert report.recovered["agreements"] == RECORDS
    conn = sqlite3.connect(target)
    try:
        assert schema_differences(conn) == []
        notes = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    finally:
        conn.close()
    # The view's made-up row was not taken for a note; the real notes went with the table.
    assert notes == 0 if case == "view where a table belongs" else notes == RECORDS
    with open_catalog(target) as catalog:
        assert catalog.count() == RECORDS


def test_statistics_left_by_analyze_are_accepted(work: Path) -> None:
    tamper(work, "ANALYZE")
    with open_catalog(work) as catalog:
        assert catalog.count() == RECORDS


OLD_MIGRATIONS_TABLE = (
    "CREATE TABLE [_sqlite_migrations] (\n   [id] INTEGER PRIMARY KEY,\n   "
    "[migration_set] TEXT,\n   [name] TEXT,\n   [applied_at] TEXT\n)"
)


def test_older_sqlite_utils_quoting_of_the_migrations_table_is_accepted(work: Path) -> None:
    tamper(
        work,
        f"UPDATE sqlite_master SET sql = '{OLD_MIGRATIONS_TABLE}' "
        "WHERE name = '_sqlite_migrations'",
        writable_schema=True,
    )
    with open_catalog(work) as catalog:
        assert catalog.count() == RECORDS


def _first_release(path: Path, *statements: str) -> None:
    first = Migrations(schema.MIGRATION_SET)
    first(name="m001_agreements")(schema.m001_agreements)
    db = Database(sqlite3.connect(path))
    first.apply(db)
    for statement in statements:
        db.conn.execute(statement)
    db.conn.commit()
    db.close()


def test_an_older_catalogue_is_compared_with_the_migrations_it_has(tmp_path: Path) -> None:
    path = tmp_path / "old.pactum"
    _first_release(path)
    with open_catalog(path) as catalog:
        assert catalog.count() == 0
        assert schema_differences(catalog.conn) == []


def test_an_older_catalogue_with_a_planted_trigger_is_refused_before_migrating(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.pactum"
    _first_release(path, "CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM notes; END")
    before = files_of(tmp_path)
    with pytest.raises(ForeignSchemaError, match="unexpected trigger 'wipe' on notes"):
        open_catalog(path)
    assert files_of(tmp_path) == before  # no migration, no pre-migration backup


def test_an_encrypted_catalogue_with_a_planted_trigger_is_refused(tmp_path: Path) -> None:
    sqlcipher = pytest.importorskip("sqlcipher3.dbapi2")
    path = build(tmp_path / "secret.pactum", 2, passphrase=PASS)
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON agreements BEGIN DELETE FROM notes; END")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignSchemaError, match="unexpected trigger 'wipe'"):
        open_catalog(path, passphrase=PASS)


def test_a_malformed_schema_entry_is_one_line_and_leaves_the_file_as_it_was(work: Path) -> None:
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
        "VALUES ('table', 'x', 'x', 0, 'this is not SQL')"
    )
    conn.commit()
    conn.close()
    before = files_of(work.parent)
    with pytest.raises(DamagedCatalogError) as error:
        open_catalog(work)
    assert "\n" not in str(error.value) and "malformed database schema" in str(error.value)
    assert files_of(work.parent) == before


NORMALISED: list[tuple[str, str, bool]] = [
    ("CREATE TABLE t (a TEXT) -- note", 'create table "t"(\n  "a" text\n)', True),
    ('CREATE TABLE [t] ("a" TEXT)', "CREATE TABLE `t` (a TEXT)", True),
    ("CREATE TABLE t (a DEFAULT 'x')", "CREATE TABLE t (a DEFAULT 'X')", False),
    ("CREATE TABLE t (a DEFAULT 'a  b')", "CREATE TABLE t (a DEFAULT 'a b')", False),
    ("CREATE TABLE t (a /* x */ TEXT)", "CREATE TABLE t (a TEXT)", True),
]


@pytest.mark.parametrize(("left", "right", "same"), NORMALISED)
def test_definitions_compare_by_meaning_not_layout(left: str, right: str, same: bool) -> None:
    assert (normalise_sql(left) == normalise_sql(right)) is same


def test_expected_schema_is_what_a_new_catalogue_has(tmp_path: Path) -> None:
    with open_catalog(tmp_path / "new.pactum", create=True) as catalog:
        assert schema_differences(catalog.conn) == []
    assert expected_objects(frozenset(), False) == {}


@pytest.mark.parametrize("pages", [0xFFFFFFFF, 1])
def test_an_absurd_page_count_is_one_line_of_damage_and_the_file_untouched(
    work: Path, capsys, pages: int
) -> None:
    data = bytearray(work.read_bytes())
    data[28:32] = pages.to_bytes(4, "big")
    work.write_bytes(bytes(data))
    before = files_of(work.parent)
    assert main(["--catalog", str(work), "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactum: ") and err.count("\n") == 1 and "damaged" in err
    assert main(["--catalog", str(work), "check"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "schema this version" not in err
    assert files_of(work.parent) == before
