"""A value written by another program: the record is shown damaged, never a crash.

The README invites the sqlite3 shell; SQLite's column types do not stop it writing a date
as ``2025-8-5``, a blob into a title or a history entry that is not JSON. Reading such a
record must never fail: listing and showing name the damaged field and its value, ``check``
lists the record, export writes every other record (a file import accepts) and names it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import open_catalog
from db.features.interchange import import_data, parse
from db.safety.salvage import salvage
from desktop.cli import main
from desktop.ui.browse.table_model import DAMAGED_ROLE, CatalogueModel
from desktop.ui.records.record_view import RecordView
from tests.db.safety_helpers import checkpoint
from tests.safety.records import fill

SHELL = shutil.which("sqlite3")


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
        assert import_data(empty, parse(target.read_text("utf-8"))).added == 2


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
