"""The stress harness itself: its verdict finds what it must, and a short run completes.

The verdict is tested on real files built on purpose (a claim that is missing, a claim a
restore kept in its pre-restore copy, half an import); the run is two short rounds in a
subprocess (the harness forks, and a test process may already hold Qt's threads). Whether
today's store loses writes is `make stress`'s question, not this module's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from random import Random

from db import open_catalog
from db.features.interchange import import_data
from db.safety.backup import Kind, restore_backup
from tests.stress.commands import PASSPHRASE, record
from tests.stress.journal import Effect, Journal
from tests.stress.round import ROOT, make_catalogue
from tests.stress.verdict import judge

ABSENT = "00000000-0000-4000-8000-000000000001"


def journal_with_setup(base: list[str]) -> Journal:
    journal = Journal()
    setup = journal.begin("setup", "setup", [], 0.0)
    setup.end, setup.outcome = 0.0, "ok"
    setup.effects = [Effect("exists", u) for u in base]
    return journal


def claim(journal: Journal, name: str, start: float, end: float, effects: list[Effect]):
    op = journal.begin("c1", name, [], start)
    op.end, op.outcome, op.effects = end, "ok", effects
    return op


def test_a_reported_write_missing_from_the_catalogue_is_a_lost_write(tmp_path: Path) -> None:
    path = tmp_path / "c.pactum"
    journal = journal_with_setup(make_catalogue(path, Random(1)))
    claim(journal, "import", 1.0, 2.0, [Effect("exists", ABSENT)])
    verdict = judge(journal, path, PASSPHRASE)
    assert (verdict.checked, verdict.lost) == (4, 1)
    assert verdict.classes == {"lost after import": 1}


def test_a_write_undone_by_a_restore_is_found_in_its_pre_restore_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.pactum"
    journal = journal_with_setup(make_catalogue(path, Random(2)))
    with open_catalog(path) as catalog:
        older = catalog.backup(Kind.MANUAL)
        import_data(
            catalog,
            {
                "format": "pactum-catalogue",
                "format_version": 1,
                "agreements": [record(ABSENT, "later", "t1")],
            },
        )
    claim(journal, "import", 1.0, 2.0, [Effect("exists", ABSENT), Effect("note", ABSENT, "t1")])
    kept = restore_backup(path, older.path)
    restore = claim(journal, "backup restore", 3.0, 4.0, [])
    restore.replaces_file = True

    assert judge(journal, path, PASSPHRASE).classes == {"lost across backup restore": 2}
    restore.appeared = [kept.path.name]
    verdict = judge(journal, path, PASSPHRASE)
    assert (verdict.checked, verdict.lost, verdict.findings) == (5, 0, [])


def test_an_import_found_in_part_is_half_applied(tmp_path: Path) -> None:
    path = tmp_path / "c.pactum"
    base = make_catalogue(path, Random(3))
    journal = journal_with_setup(base)
    op = journal.begin("c1", "import", [], 1.0)
    op.end, op.outcome, op.group = 2.0, "killed", [base[0], ABSENT]
    assert judge(journal, path, PASSPHRASE).classes == {"half-applied import": 1}


def test_two_short_rounds_run_and_print_what_they_checked(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.stress.run",
            "--rounds",
            "2",
            "--seed",
            "smoke",
            "--seconds",
            "0.3",
            "--no-kills",
            "--quiet",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    summary = dict(
        line.strip().rsplit(None, 1)
        for line in run.stdout.splitlines()
        if line.startswith("  ")
        if "finding" not in line
    )
    assert summary["rounds"] == "2"
    assert int(summary["operations"].replace(",", "")) > 2
    assert int(summary["writes checked"].replace(",", "")) >= 6  # the setup's records at least
    assert summary["kills"] == "0"
    assert not sorted(tmp_path.glob("round-*.json")), run.stdout
