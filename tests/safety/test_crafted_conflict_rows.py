"""Conflict rows another program wrote (values that are no JSON, a blob, a record that is
gone): ``changes conflicts`` still lists the others, and resolving one either works or is
refused in one line naming what is wrong — never "unexpected error"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.safety.one_line import assert_one_line
from tests.safety.records import fill

CRAFTED = {
    "theirs_not_json": ("'\"a\"'", "'\"b\"'", "'[[['"),
    "blobs": ("x'ff'", "x'00'", "x'ff'"),
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
    return path


def conflict(path: Path, uuid: str, values: tuple[str, str, str]) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO exchange_conflicts (uuid, field, base, mine, theirs, from_site, "
        f"package_id, found_at) VALUES (?, 'title', {', '.join(values)}, 's', 'p', '2026-01-01')",
        (uuid,),
    )
    conn.commit()
    conn.close()


def uuid_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT uuid FROM agreements WHERE id = 1").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("values", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_conflict_row_is_listed_and_resolved_or_refused_in_one_line(
    work: Path, capsys: pytest.CaptureFixture[str], values: tuple[str, str, str]
) -> None:
    conflict(work, uuid_of(work), values)
    assert main(["--catalog", str(work), "changes", "conflicts"]) == 0
    assert "title" in capsys.readouterr().out
    code = main(["--catalog", str(work), "changes", "resolve", "1", "title", "--take", "theirs"])
    err = capsys.readouterr().err
    if code:
        assert_one_line(code, err)
        assert "unexpected" not in err
    assert main(["--catalog", str(work), "changes", "resolve", "1", "title", "--take", "mine"]) in (
        0,
        1,
    )
    assert "unexpected" not in capsys.readouterr().err


def test_a_conflict_on_a_record_that_is_gone_does_not_stop_the_listing(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conflict(work, "00000000-0000-0000-0000-000000000000", ("'1'", "'2'", "'3'"))
    conflict(work, uuid_of(work), ("'\"a\"'", "'\"b\"'", "'\"c\"'"))
    assert main(["--catalog", str(work), "changes", "conflicts"]) == 0, capsys.readouterr().err
    assert "title" in capsys.readouterr().out
