"""The summary tables (m005) always equal a recount of the records, whatever writes ran:
adds, edits of parties, subjects, kind and date, trash and restore, outright deletes and
writes by another program; ``check`` names a damaged table and ``--reindex`` repairs it."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from db import Agreement, Catalog, Kind, PartialDate, Party, open_catalog
from db.search import rebuild
from db.store import summaries
from db.store.schema import migrations

PARTIES = ("UA", "PL", "LT", "DE", "NATO")
SUBJECTS = ("drones", "demining", "energy", "Місцева тема")  # the last names no concept


def _record(rng: random.Random) -> Agreement:
    keys = rng.sample(PARTIES, rng.randint(2, 4))
    date = rng.choice((None, "2020", "2021-05", "2022-01-03", "2024-12-31", "1999-02-02"))
    return Agreement(
        title=f"record {rng.random()}",
        kind=rng.choice(list(Kind)),
        parties=tuple(Party.org(k) if k == "NATO" else Party.state(k) for k in keys),
        signed_on=PartialDate.parse(date) if date else None,
        subjects=tuple(rng.sample(SUBJECTS, rng.randint(0, 3))),
    )


def _write_at_random(catalog: Catalog, rng: random.Random, steps: int) -> None:
    ids: list[int] = []
    for _ in range(steps):
        action = rng.choice(("add", "add", "edit", "trash", "restore", "drop", "in place"))
        if action == "add" or not ids:
            ids.append(catalog.add(_record(rng)).id or 0)
            continue
        target = rng.choice(ids)
        stored = catalog.get(target)
        if action == "edit":
            other = _record(rng)
            fields = rng.sample(("parties", "subjects", "kind", "signed_on", "status"), 2)
            changes = {f: getattr(other, f) for f in fields}
            catalog.update(dataclasses.replace(stored, **changes))
        elif action == "trash":
            catalog.delete(target)
        elif action == "restore":
            catalog.restore(target)
        elif action == "drop":  # deleted outright, as another program (or an undone add) would
            with catalog.writing() as conn:
                conn.execute("DELETE FROM agreements WHERE id = ?", (target,))
            ids.remove(target)
        else:  # another program changes a child row in place (Pactum leaves it be after:
            ids.remove(target)  # its search index no longer knows the record's words)
            with catalog.writing() as conn:
                conn.execute(
                    "UPDATE OR IGNORE parties SET party_key = ? "
                    "WHERE agreement_id = ? AND position = 0",
                    (rng.choice(("SE", "FI", "LT")), target),
                )
                conn.execute(
                    "UPDATE OR IGNORE agreement_subjects "
                    "SET subject_id = (SELECT max(id) FROM subjects) "
                    "WHERE agreement_id = ? AND position = 0",
                    (target,),
                )


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_summary_tables_equal_a_recount_after_any_writes(seed: int) -> None:
    with open_catalog(None) as catalog:
        _write_at_random(catalog, random.Random(seed), 40)
        assert summaries.problems(catalog.conn) == []


def test_summary_tables_are_filled_from_existing_records_by_the_migration(catalog: Catalog) -> None:
    _write_at_random(catalog, random.Random(1), 30)
    with catalog.writing() as conn:  # the catalogue as a version before m005 left it
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_summary_counts'")
        made = "SELECT type, name FROM sqlite_master WHERE name LIKE 'summary%' ORDER BY type"
        for kind, name in conn.execute(made).fetchall():
            conn.execute(f"DROP {kind} {name}")
    migrations.apply(catalog.db)
    assert summaries.problems(catalog.conn) == []
    assert catalog.conn.execute("SELECT count(*) FROM summary_partners").fetchone()[0] > 0


def test_check_names_a_wrong_summary_count_and_reindex_repairs_it(catalog: Catalog) -> None:
    _write_at_random(catalog, random.Random(2), 20)
    with catalog.writing() as conn:
        conn.execute("UPDATE summary_facets SET n = n + 5 WHERE facet = 'kind'")
        conn.execute("DELETE FROM summary_partner_subjects")
    found = catalog.check().problems
    assert any("summary_facets differs" in p for p in found)
    assert any("summary_partner_subjects differs" in p for p in found)
    assert any("--reindex" in p for p in found)
    rebuild(catalog)
    assert catalog.check().problems == ()


def test_summary_tables_equal_a_recount_after_imports_that_add_and_replace(
    catalog: Catalog, tmp_path: Path
) -> None:
    with open_catalog(None) as source:
        _write_at_random(source, random.Random(3), 40)
        source.export_file(tmp_path / "some.json")
    _write_at_random(catalog, random.Random(4), 30)
    catalog.import_file(tmp_path / "some.json")
    for row in catalog.list()[:10]:
        edited = catalog.get(row.id)
        catalog.update(dataclasses.replace(edited, parties=edited.parties[::-1][:2]))
    catalog.import_file(tmp_path / "some.json", replace=True)
    assert catalog.conn.execute("SELECT count(*) FROM summary_deferred").fetchone()[0] == 0
    assert summaries.problems(catalog.conn) == []


def test_a_partnership_date_beyond_the_walk_is_recomputed_from_its_records(
    catalog: Catalog,
) -> None:
    """The latest date of UA–DE is found by reading its records when more than WALK newer
    records of other partnerships lie between the removed date and the next one."""
    from db.store.migrations.m005_summary_counts import WALK

    rows = [("u-old", "1990-01-01", "DE"), ("u-new", "2024-01-01", "DE")]
    rows += [(f"u-{n}", f"{1991 + n % 30}-02-03", "PL") for n in range(WALK + 100)]
    with catalog.writing() as conn, summaries.deferred(conn):
        for uuid, date, partner in rows:
            agreement_id = conn.execute(
                "INSERT INTO agreements (uuid, kind, title, signed_on, signed_precision, "
                "status, created_at, updated_at) VALUES (?, 'agreement', 't', ?, 'day', "
                "'signed', '2025-01-01', '2025-01-01')",
                (uuid, date),
            ).lastrowid
            conn.executemany(
                "INSERT INTO parties (agreement_id, position, country_code, party_key) "
                "VALUES (?, ?, ?, ?)",
                [(agreement_id, 0, "UA", "UA"), (agreement_id, 1, partner, partner)],
            )
    catalog.delete("u-new")
    latest = {p.partner: p.latest for p in catalog.partnerships("UA")}
    assert str(latest["DE"]) == "1990-01-01"
    assert summaries.problems(catalog.conn) == []
