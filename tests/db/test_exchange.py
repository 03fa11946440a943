"""Exchanging changes between copies of one catalogue (issue 19): merge, conflicts, refusals."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import apsw
import pytest

from db import (
    Cancelled,
    Catalog,
    ConflictNotFoundError,
    OutputPathError,
    PackageAppliedError,
    PackageDamagedError,
    PackageForeignError,
    PackageSchemaError,
    Relation,
    RelationKind,
    clone_catalogue,
    conflicted_ids,
    export_changes,
    import_changes,
    open_catalog,
    open_conflicts,
    reopen_conflict,
    resolve_conflict,
)
from db.features.exchange import identity
from db.features.exchange_package import sign
from tests.db.exchange_helpers import copies, record, records_of, send


def edit(catalog: Catalog, ref: int | str, **fields: object) -> None:
    catalog.update(dataclasses.replace(catalog.get(ref), **fields))


def test_a_clone_shares_the_catalogue_id_and_has_its_own_site_id(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b", "c")) as (a, b, c):
        ids = [identity(x) for x in (a, b, c)]
        assert len({i["catalogue_id"] for i in ids}) == 1
        assert len({i["site_id"] for i in ids}) == 3
        assert records_of(a, tmp_path) == records_of(b, tmp_path)


def test_a_clone_never_overwrites_a_file(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, _), pytest.raises(OutputPathError):
        clone_catalogue(a, tmp_path / "b.pactum")


def test_edits_to_different_fields_of_one_record_merge_silently(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="Title from A")
        edit(b, 1, summary="Summary from B", subjects=("дрони",))
        report = send(a, b, tmp_path)
        assert (report.changed, report.conflicts) == (1, 0)
        send(b, a, tmp_path)
        for side in (a, b):
            got = side.get(1)
            assert (got.title, got.summary, got.subjects) == (
                "Title from A",
                "Summary from B",
                ("drones",),  # "дрони" names the thesaurus concept "drones"
            )
            assert open_conflicts(side) == []


def test_the_same_field_changed_on_both_sides_is_kept_as_a_conflict(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A's title")
        edit(b, 1, title="B's title")
        assert send(a, b, tmp_path).conflicts == 1
        assert b.get(1).title == "B's title"  # nothing overwritten before a person decides
        (conflict,) = open_conflicts(b)
        assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
            "title",
            "Угода 0",
            "B's title",
            "A's title",
        )
        assert conflict.from_user == "a"
        assert conflicted_ids(b) == {1}
        send(b, a, tmp_path)
        assert a.get(1).title == "A's title"
        assert [(c.mine, c.theirs) for c in open_conflicts(a)] == [("A's title", "B's title")]


def test_a_record_trashed_on_one_side_and_edited_on_the_other_is_a_conflict(
    tmp_path: Path,
) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        a.delete(1)
        edit(b, 1, notes=("keep this",))
        send(a, b, tmp_path)
        send(b, a, tmp_path)
        for side, mine, theirs in ((a, True, False), (b, False, True)):
            (conflict,) = open_conflicts(side)
            assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", mine, theirs)
            assert side.get(1).notes == ("keep this",)  # the edit is not lost
        resolve_conflict(a, 1, "deleted", "theirs")
        resolve_conflict(b, 1, "deleted", "mine")
        assert records_of(a, tmp_path) == records_of(b, tmp_path)
        assert a.get(1).deleted_at is None


def test_new_records_travel_with_relations_between_them(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        first = a.add(record("Перша"))
        a.add(record("Друга", relations=(Relation(RelationKind.AMENDS, first.uuid),)))
        assert send(a, b, tmp_path).added == 2
        assert records_of(a, tmp_path) == records_of(b, tmp_path)
        assert [h.row.title for h in b.search("Друга").hits] == ["Друга"]


def test_the_history_says_what_came_from_whom(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, place="Vilnius")
        send(a, b, tmp_path)
        last = b.history(1)[-1]
        assert (last.action, last.field, last.new) == ("imported", "place", "Vilnius")
        assert last.changed_by.startswith("a (copy ")


def test_three_copies_in_any_order_converge_and_apply_each_change_once(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b", "c")) as (a, b, c):
        edit(a, 1, title="from a")
        edit(b, 2, summary="from b")
        c.add(record("from c"))
        send(a, b, tmp_path, "ab")
        send(b, c, tmp_path, "bc")  # carries a's change on to c
        send(c, a, tmp_path, "ca")  # carries b's change on to a
        send(a, b, tmp_path, "ab2")
        assert records_of(a, tmp_path) == records_of(b, tmp_path) == records_of(c, tmp_path)
        assert [h.action for h in c.history(1)].count("imported") == 1
        assert all(open_conflicts(x) == [] for x in (a, b, c))


def test_resolving_takes_mine_theirs_or_a_value_and_reopening_undoes_it(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A", place="Kyiv")
        edit(b, 1, title="B", place="Riga")
        send(a, b, tmp_path)
        conflict = resolve_conflict(b, 1, "title", "theirs")
        assert b.get(1).title == "A"
        reopen_conflict(b, conflict)
        assert b.get(1).title == "B" and len(open_conflicts(b)) == 2
        resolve_conflict(b, 1, "place", "value", "Warsaw")
        resolve_conflict(b, 1, "title", "mine")
        assert (b.get(1).title, b.get(1).place, open_conflicts(b)) == ("B", "Warsaw", [])
        with pytest.raises(ConflictNotFoundError):
            resolve_conflict(b, 1, "title", "mine")


def test_a_conflict_closes_when_the_other_side_settles_on_this_value(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        edit(b, 1, title="B")
        send(a, b, tmp_path)
        send(b, a, tmp_path)
        resolve_conflict(b, 1, "title", "theirs")
        send(b, a, tmp_path, "settled")
        assert open_conflicts(a) == [] and a.get(1).title == "A"


def _unchanged(catalog: Catalog, folder: Path) -> object:
    return records_of(catalog, folder), open_conflicts(catalog)


def test_a_package_from_another_catalogue_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, _):
        stranger = open_catalog(tmp_path / "x.pactum", create=True, user="x")
        stranger.add(record("Stranger"))
        export_changes(stranger, tmp_path / "x.pkg")
        stranger.close()
        before = _unchanged(a, tmp_path)
        with pytest.raises(PackageForeignError):
            import_changes(a, tmp_path / "x.pkg")
        assert _unchanged(a, tmp_path) == before


def _repack(path: Path, change: str, key: str | None = None) -> None:
    """Rewrite the package's last manifest (``change``: JSON edit) and re-sign it."""
    with apsw.Connection(str(path)) as db:
        seq, manifest, changeset = db.execute(
            "SELECT seq, manifest, changeset FROM packages ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        facts = json.loads(manifest)
        exec(change, {"facts": facts})
        text = json.dumps(facts)
        mac = sign(key, text, changeset) if key else "0" * 64
        db.execute("UPDATE packages SET manifest = ?, mac = ? WHERE seq = ?", (text, mac, seq))


def test_a_tampered_package_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        export_changes(a, tmp_path / "a.pkg")
        _repack(tmp_path / "a.pkg", "facts['made_by'] = 'mallory'")
        before = _unchanged(b, tmp_path)
        with pytest.raises(PackageDamagedError, match="does not match its signature"):
            import_changes(b, tmp_path / "a.pkg")
        assert _unchanged(b, tmp_path) == before


def test_a_damaged_package_is_refused(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        export_changes(a, tmp_path / "a.pkg")
        data = bytearray((tmp_path / "a.pkg").read_bytes())
        data[:16] = b"not sqlite at al"
        (tmp_path / "a.pkg").write_bytes(bytes(data))
        with pytest.raises(PackageDamagedError):
            import_changes(b, tmp_path / "a.pkg")
        assert b.get(1).title == "Угода 0"


def test_a_package_of_an_older_schema_is_refused(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        export_changes(a, tmp_path / "a.pkg")
        key = identity(a)["mac_key"]
        _repack(tmp_path / "a.pkg", "facts['schema'] = facts['schema'][:-1]", key)
        with pytest.raises(PackageSchemaError, match="older version"):
            import_changes(b, tmp_path / "a.pkg")
        assert b.get(1).title == "Угода 0"


def test_a_package_applied_already_or_made_here_is_refused(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        send(a, b, tmp_path, "once")
        with pytest.raises(PackageAppliedError):
            import_changes(b, tmp_path / "once.pactum-changes")
        with pytest.raises(PackageAppliedError):
            import_changes(a, tmp_path / "once.pactum-changes")


def test_a_failed_export_keeps_the_changes_for_the_next_one(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        with pytest.raises(OutputPathError):
            export_changes(a, tmp_path / "missing-folder" / "a.pkg")
        assert send(a, b, tmp_path).changed == 1


def test_an_encrypted_catalogues_packages_are_encrypted(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    with copies(tmp_path, ("a", "b"), passphrase="correct horse") as (a, b):
        edit(a, 1, title="Секретна назва")
        export_changes(a, tmp_path / "a.pkg")
        data = (tmp_path / "a.pkg").read_bytes()
        assert not data.startswith(b"SQLite format 3") and "Секретна".encode() not in data
        assert import_changes(b, tmp_path / "a.pkg").changed == 1
        assert b.get(1).title == "Секретна назва"
        plain = open_catalog(tmp_path / "plain.pactum", create=True)
        with pytest.raises(PackageDamagedError, match="another passphrase"):
            import_changes(plain, tmp_path / "a.pkg")
        plain.close()


class _CancelAt:
    """A progress whose user cancels once ``at`` steps are reported."""

    def __init__(self, at: int) -> None:
        self.at, self.done = at, 0

    def set(self, done: int, total: int) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.done >= self.at


def test_a_cancelled_export_or_import_changes_nothing(tmp_path: Path) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        edit(a, 1, title="A")
        with pytest.raises(Cancelled):
            export_changes(a, tmp_path / "a.pkg", _CancelAt(1))
        assert not (tmp_path / "a.pkg").exists()
        export_changes(a, tmp_path / "a.pkg")
        before = _unchanged(b, tmp_path)
        with pytest.raises(Cancelled):
            import_changes(b, tmp_path / "a.pkg", _CancelAt(1))
        assert _unchanged(b, tmp_path) == before
        assert import_changes(b, tmp_path / "a.pkg").changed == 1


def test_a_later_clone_carries_its_origins_unsent_changes_without_conflict(
    tmp_path: Path,
) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        added = a.add(record("Не надіслано"))
        edit(a, 1, title="A, not sent yet")
        clone_catalogue(a, tmp_path / "c.pactum")
        with open_catalog(tmp_path / "c.pactum", user="c") as c:
            edit(c, 2, place="Lviv")
            export_changes(c, tmp_path / "c.pkg")
            assert import_changes(a, tmp_path / "c.pkg").conflicts == 0
            assert import_changes(b, tmp_path / "c.pkg").added == 1
            send(a, b, tmp_path)
            send(b, c, tmp_path)
            assert records_of(a, tmp_path) == records_of(b, tmp_path) == records_of(c, tmp_path)
            assert b.get(added.uuid).title == "Не надіслано"
            assert all(open_conflicts(x) == [] for x in (a, b, c))
