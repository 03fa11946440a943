"""Backups: consistent, verified, rotated, listed with counts, restorable and undoable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

import db.opener
import db.safety.backup
from db import CatalogInUseError, open_catalog
from db.safety.backup import (
    Backup,
    BackupError,
    Kind,
    backups_folder,
    list_backups,
    restore_backup,
    to_prune,
)


def _titles(path: Path) -> list[str]:
    with open_catalog(path) as catalog:
        return sorted(row.title for row in catalog.list())


def test_manual_backup_is_verified_and_listed_with_its_count(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        made = catalog.backup()
    assert made.kind is Kind.MANUAL and made.records == 3
    assert made.path.parent == backups_folder(demo_file)
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    listed = list_backups(demo_file)
    assert made.path in [b.path for b in listed]
    assert all(b.records == 3 for b in listed)
    assert not list(backups_folder(demo_file).glob(".*partial"))


def test_the_days_backup_is_made_once_whoever_asks(demo_file: Path) -> None:
    """Opening makes none (issue 14: it reads no more than the header and schema); the
    first write of the day asks for it, in the window or on the command line."""
    for _ in range(3):
        with open_catalog(demo_file) as catalog:
            assert catalog.daily_backup() is None and catalog.backup_problem is None
    dailies = [b for b in list_backups(demo_file) if b.kind is Kind.DAILY]
    assert len(dailies) == 1
    assert dailies[0].taken_at.astimezone().date() == dt.date.today()


def test_daily_backup_can_be_left_to_the_caller(demo_file: Path) -> None:
    with open_catalog(demo_file, daily_backup=False) as catalog:
        assert list_backups(demo_file) == []
        assert catalog.daily_backup() is None
        catalog.daily_backup()
    assert [b.kind for b in list_backups(demo_file)] == [Kind.DAILY]


def test_a_new_or_in_memory_catalogue_gets_no_backup(tmp_path: Path) -> None:
    with open_catalog(tmp_path / "new.pactum", create=True):
        pass
    assert list_backups(tmp_path / "new.pactum") == []
    with open_catalog(None) as catalog, pytest.raises(BackupError):
        catalog.backup()


def test_backup_is_taken_before_a_pending_migration(demo_file: Path, monkeypatch) -> None:
    seen: list[list[Backup]] = []

    class PendingMigrations:
        def pending(self, _db):
            return ["m999_future"]

        def apply(self, _db):
            seen.append(list_backups(demo_file))

    monkeypatch.setattr(db.opener, "migrations", PendingMigrations())
    with open_catalog(demo_file):
        pass
    assert len(seen) == 1
    kinds = [b.kind for b in seen[0]]
    assert kinds == [Kind.PRE_MIGRATION]
    assert seen[0][0].records == 3


def test_failing_daily_backup_does_not_stop_the_open(demo_file: Path, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise BackupError("disk full")

    monkeypatch.setattr(db.safety.backup, "create_backup", refuse)
    with open_catalog(demo_file, daily_backup=True) as catalog:
        assert catalog.backup_problem == "disk full"
        assert catalog.count() == 3


def test_backup_while_another_connection_writes_is_consistent(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog, open_catalog(demo_file) as other:
        victim = catalog.list()[0]
        with other.writing():
            other.delete(victim.id)
            made = catalog.backup()  # taken mid-transaction: sees the committed state
        assert made.records == 3
    with open_catalog(made.path) as copy:
        assert copy.count() == 3


def _fake(kind: Kind, at: dt.datetime) -> Backup:
    return Backup(Path(f"{kind}-{at.isoformat()}"), kind, at, 1, 1)


def test_rotation_keeps_seven_days_four_weeks_and_every_other_kind() -> None:
    start = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    dailies = [_fake(Kind.DAILY, start + dt.timedelta(days=n)) for n in range(90)]
    extra_same_day = _fake(Kind.DAILY, start + dt.timedelta(days=89, hours=-1))
    others = [
        _fake(kind, start + dt.timedelta(days=n))
        for n, kind in enumerate((Kind.PRE_MIGRATION, Kind.MANUAL, Kind.PRE_RESTORE))
    ]
    pruned = to_prune([*dailies, extra_same_day, *others])
    kept = [b for b in dailies if b not in pruned]
    assert len(kept) == 7 + 4
    assert kept[-7:] == dailies[-7:]
    weeks = {b.taken_at.astimezone().date().isocalendar()[:2] for b in kept[:-7]}
    assert len(weeks) == 4
    assert extra_same_day in pruned
    assert not set(others) & set(pruned)


def test_restore_brings_back_the_copy_and_can_itself_be_undone(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        made = catalog.backup()
        for row in catalog.list():
            catalog.delete(row.id)
        assert catalog.count() == 0
    before = restore_backup(demo_file, made.path)
    assert isinstance(before, Backup) and before.kind is Kind.PRE_RESTORE
    assert len(_titles(demo_file)) == 3
    restore_backup(demo_file, before.path)  # undo the restore
    with open_catalog(demo_file) as catalog:
        assert catalog.count() == 0


def test_restore_refuses_while_the_catalogue_is_open(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        made = catalog.backup()
        with pytest.raises(CatalogInUseError, match="open in another window"):
            restore_backup(demo_file, made.path)
        assert catalog.count() == 3


def test_listing_ignores_strangers(demo_file: Path) -> None:
    folder = backups_folder(demo_file)
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "other-20260101T000000000000Z-daily.pactum").write_text("x")
    assert list_backups(demo_file) == []


@pytest.mark.parametrize("name", ["a#b?c.pactum", "пробіл і %20.pactum", "semi;colon&x.pactum"])
def test_odd_catalogue_names_open_and_back_up(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    open_catalog(path, create=True).close()
    with open_catalog(path) as catalog:
        made = catalog.backup()
        catalog.daily_backup()
    assert made.path.name.startswith(path.stem) and len(list_backups(path)) == 2
    assert {p.name for p in tmp_path.iterdir()} == {name, "backups"}
