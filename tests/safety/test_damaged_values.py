"""A value written by another program: the record is shown damaged, never a crash.

The README invites the sqlite3 shell; SQLite's column types do not stop it writing a date
as ``2025-8-5``, a blob into a title or a history entry that is not JSON. Reading such a
record must never fail: listing and showing name the damaged field and its value, ``check``
lists the record, export writes every other record (a file import accepts) and names it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from db import (
    Agreement,
    Catalog,
    CatalogError,
    Commitment,
    Filters,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    open_catalog,
)
from db.check import check_connection
from db.duplicates import identities
from db.interchange import check_records, export_json, parse
from db.matrix import MatrixAxis, matrix_counts
from db.salvage import salvage
from db.search import search
from db.search.saved import save_search, saved_searches
from db.versions import version_at, versions
from desktop.briefing.content import Scope, gather, summarise
from desktop.cli import main
from desktop.ui.record_view import RecordView
from desktop.ui.table_model import DAMAGED_ROLE, CatalogueModel
from tests.db.safety_helpers import checkpoint

SHELL = shutil.which("sqlite3")


def record(n: int, **changes: Any) -> Agreement:
    """A record with a row in every child table."""
    fields: dict[str, Any] = dict(
        title=f"Угода про співпрацю {n}",
        kind=Kind.AGREEMENT,
        parties=(Party.state("UA"), Party.state("PL"), Party.org("NATO")),
        signed_on=PartialDate(2024, 1 + n % 12, 1 + n % 28),
        place="Київ",
        signatories=(Signatory("Олена Петренко", "міністр", "UA"),),
        subjects=("defence", f"topic {n}"),
        commitments=(Commitment("PL", "постачання", 0.25, "% of GDP", PartialDate(2027)),),
        summary="Сторони домовились.",
        full_text="Текст угоди.",
        sources=(Source("Укрінформ", "https://example.org/a", PartialDate(2024, 2), "цитата"),),
        notes=("нотатка",),
    )
    fields.update(changes)
    return Agreement(**fields)


def fill(catalog: Catalog, n: int = 3) -> list[Agreement]:
    """``n`` records; the second relates to the first."""
    first = catalog.add(record(1))
    added = [first, catalog.add(record(2, relations=(Relation(RelationKind.AMENDS, first.uuid),)))]
    added += [catalog.add(record(i)) for i in range(3, n + 1)]
    return added


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 4)
        catalog.backup()
    checkpoint(path)
    return path


def shell(path: Path, sql: str) -> None:
    """Write with the sqlite3 shell, as the README invites (Python's sqlite3 without it)."""
    if SHELL is not None:
        subprocess.run([SHELL, str(path), sql], check=True)
    else:
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()


def run(capsys, path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--catalog", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_date_written_by_the_shell_is_listed_shown_checked_and_left_out_of_export(
    work: Path, tmp_path: Path, capsys
) -> None:
    shell(work, "UPDATE agreements SET signed_on = '2025-8-5' WHERE id = 3")

    code, out, err = run(capsys, work, "list")
    assert code == 0 and "4 agreements" in err
    line = next(line for line in out.splitlines() if line.split()[0] == "3")
    assert "'2025-8-5'" in line and "[damaged: signed_on]" in line

    code, out, _ = run(capsys, work, "list", "--json")
    damaged = {row["id"]: row.get("damaged") for row in json.loads(out)}
    assert (
        damaged[3]
        == [
            {
                "field": "signed_on",
                "value": "'2025-8-5'",
                "reason": "not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
            }
        ]
        and damaged[1] is None
    )

    code, out, _ = run(capsys, work, "show", "3")
    assert code == 0 and "Damaged:" in out and "signed_on: '2025-8-5'" in out

    code, out, err = run(capsys, work, "check")
    assert code == 2
    assert "agreement 3: signed_on: '2025-8-5'" in err and "is damaged" not in err

    target = tmp_path / "out.json"
    code, _, err = run(capsys, work, "export", str(target))
    assert code == 3
    assert "3 records written" in err and "agreement 3: signed_on: '2025-8-5'" in err
    with open_catalog(tmp_path / "fresh.pactum", create=True) as fresh:
        assert run(capsys, fresh.path, "import", str(target))[0] == 0
    with open_catalog(tmp_path / "fresh.pactum") as fresh:
        assert sorted(r.title for r in fresh.list()) == [
            "Угода про співпрацю 1",
            "Угода про співпрацю 2",
            "Угода про співпрацю 4",
        ]


def test_a_value_past_a_check_constraint_is_a_damaged_record_not_a_damaged_file(
    work: Path, capsys
) -> None:
    shell(
        work,
        "PRAGMA ignore_check_constraints = ON; UPDATE agreements SET kind = 'treatise' "
        "WHERE id = 4",
    )
    code, out, _ = run(capsys, work, "list")
    assert code == 0 and "'treatise'" in out
    code, _, err = run(capsys, work, "check")
    assert code == 2 and "agreement 4: kind: 'treatise'" in err and "is damaged" not in err
    assert run(capsys, work, "backup", "create")[0] == 0  # the copy verifies as sound


def test_a_record_relating_to_a_damaged_one_is_left_out_so_the_file_imports(
    work: Path, tmp_path: Path, capsys
) -> None:
    shell(work, "UPDATE notes SET body = X'00FF' WHERE agreement_id = 1")
    target = tmp_path / "out.json"
    code, _, err = run(capsys, work, "export", str(target))
    assert code == 3
    assert "agreement 1: notes: X'00FF'" in err
    assert "agreement 2: relations: points at agreement 1, which is left out" in err
    with open_catalog(None) as empty:
        assert len(check_records(empty, parse(target.read_text("utf-8")))) == 2


def test_text_that_is_not_utf8_is_shown_not_fatal(work: Path, capsys) -> None:
    shell(work, "UPDATE agreements SET title = CAST(X'41FF42' AS TEXT) WHERE id = 2")
    code, out, _ = run(capsys, work, "search", "угода")
    assert code == 0
    code, out, _ = run(capsys, work, "show", "2")
    assert code == 0 and "(not UTF-8)" in out


def test_salvage_keeps_a_record_whose_text_is_not_utf8(work: Path, tmp_path: Path) -> None:
    shell(work, "UPDATE agreements SET title = CAST(X'41FF42' AS TEXT) WHERE id = 2")
    report = salvage(work, tmp_path / "salvaged.pactum", use_shell=False)
    assert report.recovered["agreements"] == 4
    with open_catalog(tmp_path / "salvaged.pactum") as catalog:
        assert [d.field for d in catalog.get(2).damaged] == ["title"]


def test_history_that_is_not_json_reads_and_leaves_the_record_out_of_export(
    work: Path, tmp_path: Path, capsys
) -> None:
    shell(work, "UPDATE history SET new_value = '{oops' WHERE agreement_id = 4")
    with open_catalog(work) as catalog:
        changes = catalog.history(4)
        assert changes[0].damaged and changes[0].new == "'{oops'"
    code, _, err = run(capsys, work, "export", str(tmp_path / "out.json"))
    assert code == 3 and "agreement 4: history: '{oops'" in err


def test_saving_a_damaged_record_rewrites_it_and_history_keeps_what_it_held(work: Path) -> None:
    shell(work, "UPDATE agreements SET signed_on = '2025-8-5' WHERE id = 3")
    with open_catalog(work, user="tester") as catalog:
        damaged = catalog.get(3)
        assert damaged.signed_on is None and [d.field for d in damaged.damaged] == ["signed_on"]
        saved = catalog.update(damaged.__class__(**{**damaged.__dict__, "place": "Львів"}))
        assert saved.damaged == () and catalog.get(3).damaged == ()
        logged = {c.field: (c.old, c.new) for c in catalog.history(3) if c.version == 2}
    assert logged == {"signed_on": ("'2025-8-5'", None), "place": ("Київ", "Львів")}


def test_a_huge_text_lists_and_shows_and_is_named_by_export(
    work: Path, tmp_path: Path, capsys
) -> None:
    shell(work, "UPDATE agreements SET full_text = printf('%.*c', 10000001, 'x') WHERE id = 4")
    assert run(capsys, work, "list")[0] == 0
    assert run(capsys, work, "show", "4")[0] == 0
    code, _, err = run(capsys, work, "export", str(tmp_path / "out.json"))
    assert code == 3 and "agreement 4: full_text: longer than 10,000,000 characters" in err


def test_the_window_shows_a_damaged_row_and_record_without_failing(qtbot) -> None:
    with open_catalog(None) as catalog:
        fill(catalog, 2)
        catalog.conn.execute("PRAGMA ignore_check_constraints = ON")
        catalog.conn.execute(
            "UPDATE agreements SET signed_on = '2025-8-5', kind = 'treatise', "
            "party_list = 'oops' WHERE id = 2"
        )
        model = CatalogueModel(catalog)
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DAMAGED_ROLE)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in roles:
                    model.data(model.index(row, column), role)
        row = model.row_of(2)
        assert row is not None
        assert model.data(model.index(row, 0)) == "⚠ '2025-8-5'"
        assert model.data(model.index(row, 1)) == "⚠ 'treatise'"
        damaged = model.data(model.index(row, 0), DAMAGED_ROLE)
        assert [d.field for d in damaged] == ["signed_on", "kind", "parties"]
        assert "not a date" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)

        view = RecordView()
        qtbot.addWidget(view)
        view.show_record(catalog.get(2))
        shown = view.toPlainText()
        assert "Damaged" in shown and "'2025-8-5'" in shown and "'treatise'" in shown


# -- any garbage in any column -------------------------------------------------------

COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements": (
        "uuid",
        "kind",
        "title",
        "signed_on",
        "signed_precision",
        "place",
        "status",
        "version",
        "created_at",
        "updated_at",
        "deleted_at",
        "party_list",
        "signatory_list",
        "summary",
        "full_text",
    ),
    "parties": ("position", "country_code", "organisation", "party_key"),
    "signatories": ("position", "name", "role", "party_key"),
    "subjects": ("name",),
    "agreement_subjects": ("position",),
    "commitments": ("position", "party_key", "description", "amount", "unit", "until"),
    "sources": ("position", "outlet", "url", "published_on", "quotation"),
    "relations": ("position", "kind"),
    "notes": ("position", "body"),
    "history": (
        "version",
        "action",
        "field",
        "old_value",
        "new_value",
        "changed_at",
        "changed_by",
    ),
    "catalog_settings": ("value",),
    "saved_searches": ("name", "query", "sort", "created_at"),
    "search_names": ("term",),
}
WHERE = {
    "agreements": "id = 2",
    "subjects": "id = (SELECT subject_id FROM agreement_subjects WHERE agreement_id = 2)",
    "catalog_settings": "1",
    "saved_searches": "1",
    "search_names": "term = (SELECT min(term) FROM search_names)",
}
GARBAGE = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.sampled_from(
        [
            "2025-8-5",
            "2025-13",
            "0000",
            "9999-12-31",
            "",
            " ",
            "[",
            "{}",
            "null",
            "[1, 2]",
            '["UA", 5]',
            '"UA"',
            "[" * 5000,
            "treatise",
            "2025-02-30",
            "Ⅻ",
            "\x00",
        ]
    ),
)


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[tuple[Catalog, Catalog]]:
    """A catalogue to write garbage into (each example rolled back) and an empty one to
    check the exported files against."""
    with open_catalog(None, user="tester") as catalog, open_catalog(None) as empty:
        fill(catalog, 3)
        catalog.set_home_party("UA")
        save_search(catalog, "mine", "угода Петренко")
        yield catalog, empty


def _read_everything(catalog: Catalog, empty: Catalog) -> None:
    """Every way the program reads records; none may raise (a typed CatalogError is a
    clear answer, allowed only where noted)."""
    for trash in (False, True):
        rows = catalog.list(Filters(trash=trash))
        catalog.rows([r.id for r in rows])
    for agreement_id in (1, 2, 3):
        catalog.get(agreement_id)
        catalog.history(agreement_id)
        for version in versions(catalog, agreement_id):
            # A history that cannot be replayed is said so, in one line.
            with contextlib.suppress(CatalogError):
                version_at(catalog, agreement_id, version)
    catalog.facets(Filters())
    assert all(type(p.partner) is str for p in catalog.partnerships())
    identities(catalog)
    for axis in MatrixAxis:
        matrix_counts(catalog, axis)
    for text in ("угода", "Київ", "2024", "PL", "Petrenko", "Petrenca"):
        search(catalog, text)
    for saved in saved_searches(catalog):
        search(catalog, saved.query, order=saved.sort)
    part = gather(catalog, "UA", "PL", Scope(), _Quiet(), 0, 3)
    summarise(part, dt.date(2025, 1, 1))
    report = check_connection(catalog.conn, ":memory:")
    # A bad value is never damage of the file (the search index, which another program's
    # edit leaves behind, may need rebuilding).
    assert all(p.startswith(("search index", "rebuild")) for p in report.problems)
    out = io.StringIO()
    exported = export_json(catalog, out)
    assert exported.written + len(exported.left_out) == 3
    assert len(check_records(empty, parse(out.getvalue()))) == exported.written
    damaged = catalog.get(2).damaged + catalog.rows([2])[0].damaged
    if damaged:
        assert 2 in {r.agreement_id for r in exported.left_out} or not catalog.get(2).damaged
        assert any(str(d) in line for line in report.bad_records for d in damaged)


class _Quiet:
    def set(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(target=("agreements", "signed_on"), value="2025-8-5", as_text=False)
@example(target=("agreements", "title"), value=b"A\xffB", as_text=True)
@example(target=("history", "old_value"), value="{oops", as_text=False)
@example(target=("saved_searches", "name"), value=b"\x00\xff", as_text=False)
@example(target=("search_names", "term"), value=b"\xff", as_text=True)
@example(target=("parties", "party_key"), value=b"PL", as_text=False)
@given(
    target=st.sampled_from([(t, c) for t, columns in COLUMNS.items() for c in columns]),
    value=GARBAGE,
    as_text=st.booleans(),
)
def test_any_garbage_in_any_column_never_breaks_reading(
    fuzzed: tuple[Catalog, Catalog], target: tuple[str, str], value: object, as_text: bool
) -> None:
    catalog, empty = fuzzed
    table, column = target
    where = WHERE.get(table, "rowid = (SELECT min(rowid) FROM {t} WHERE agreement_id = 2)")
    # Bytes written as TEXT make text that is not UTF-8.
    cast = "CAST(? AS TEXT)" if as_text and isinstance(value, bytes) else "?"
    conn = catalog.conn
    conn.execute("SAVEPOINT fuzz")
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            conn.execute(
                f"UPDATE {table} SET {column} = {cast} WHERE {where.format(t=table)}", (value,)
            )
        except sqlite3.IntegrityError:
            return  # NOT NULL and UNIQUE hold even for the sqlite3 shell
        finally:
            conn.execute("PRAGMA ignore_check_constraints = OFF")
        _read_everything(catalog, empty)
    finally:
        conn.execute("ROLLBACK TO fuzz")
        conn.execute("RELEASE fuzz")
