"""Opening files: anything that is not a Pactum catalogue is refused and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import DamagedCatalogError, NewerCatalogError, NotACatalogError, open_catalog

JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\x00" * 200


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


def truncated_catalogue(path: Path, demo_file: Path) -> None:
    data = demo_file.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p, d: p.write_text("Лист про наміри\nне база даних\n"), "text file"),
        (lambda p, d: p.write_bytes(JPEG), "JPEG"),
        (lambda p, d: p.write_text('{"format": "pactum-catalogue"}'), "JSON"),
        (lambda p, d: p.write_bytes(b""), "empty"),
        (lambda p, d: foreign_sqlite(p), "another program"),
        (lambda p, d: truncated_catalogue(p, d), "truncated"),
        (lambda p, d: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 30), "cut short"),
    ],
)
def test_non_catalogues_are_refused_and_unchanged(tmp_path, demo_file, make, reason) -> None:
    path = tmp_path / "file.pactum"
    make(path, demo_file)
    before = path.read_bytes()
    with pytest.raises((NotACatalogError, DamagedCatalogError)) as error:
        open_catalog(path)
    assert reason in str(error.value)
    assert "\n" not in str(error.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["file.pactum", "demo.pactum", "demo.pactum-wal", "demo.pactum-shm"]
        if (tmp_path / "demo.pactum-wal").exists()
        else ["file.pactum", "demo.pactum"]
    )


def test_a_folder_is_refused(tmp_path) -> None:
    with pytest.raises(NotACatalogError, match="folder"):
        open_catalog(tmp_path)


def test_missing_file_is_created_only_when_asked(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        open_catalog(tmp_path / "nothing.pactum")
    assert not (tmp_path / "nothing.pactum").exists()
    open_catalog(tmp_path / "new.pactum", create=True).close()
    open_catalog(tmp_path / "new.pactum").close()


def test_catalogue_from_a_newer_pactum_is_refused(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('pactum', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerCatalogError, match="newer version"):
        open_catalog(demo_file)


def test_schema_reads_like_documentation(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    schema = "\n".join(r[0] for r in conn.execute("SELECT sql FROM sqlite_master") if r[0])
    conn.close()
    for table in (
        "agreements",
        "parties",
        "signatories",
        "subjects",
        "commitments",
        "sources",
        "relations",
        "notes",
        "history",
    ):
        assert f"CREATE TABLE {table} (\n    -- " in schema


def test_a_catalogue_still_open_elsewhere_opens_again(tmp_path) -> None:
    path = tmp_path / "new.pactum"
    with open_catalog(path, create=True) as first, open_catalog(path) as second:
        assert second.count() == first.count() == 0


def test_damage_is_told_apart_from_other_database_errors() -> None:
    from db.safety.cipher import is_damage

    assert is_damage(DamagedCatalogError("x", "bad page"))
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11
    assert is_damage(corrupt)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    assert not is_damage(busy)
    assert not is_damage(ValueError("malformed"))
