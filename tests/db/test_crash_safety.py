"""SIGKILL at random moments during import, batch edit and re-indexing: the catalogue must
pass the integrity check and hold all or nothing of the interrupted operation.

The default run makes 50 kills on a small catalogue (well under a minute). For a longer
run set PACTUM_KILLS (e.g. 500), PACTUM_KILL_IMPORT (records per imported file) and
PACTUM_KILL_WINDOW (the longest wait before a kill, in seconds).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

from db import open_catalog
from db.safety.check import check_path
from tests.db.safety_helpers import build, checkpoint, export_dict, sample

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PACTUM_KILLS", "50"))
IMPORT_SIZE = int(os.environ.get("PACTUM_KILL_IMPORT", "100"))
WINDOW = float(os.environ.get("PACTUM_KILL_WINDOW", "0.3"))
"""Longest wait (seconds) before a kill: raise it along with PACTUM_KILL_IMPORT."""
BASE = 30
RESET_EVERY = 10
FIRST = ("import", "edit", "reindex")


def _start(path: Path, import_file: Path, kill: int, first: str) -> subprocess.Popen:
    worker = [sys.executable, "-m", "tests.db.crash_worker"]
    return subprocess.Popen(
        [*worker, str(path), str(import_file), str(BASE), f"kill {kill}", first],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _write_import(folder: Path, n: int) -> Path:
    """A file of IMPORT_SIZE new records tagged with the round ``n``; their UUIDs are
    fixed, so the worker's later rounds find them present and the catalogue stays small."""
    path = folder / f"import-{n}.json"
    records = [
        dataclasses.replace(
            sample(i, f"k{n}-"), uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{n}/{i}"))
        )
        for i in range(IMPORT_SIZE)
    ]
    path.write_text(json.dumps(export_dict(records), ensure_ascii=False), encoding="utf-8")
    return path


def _verify(path: Path, kill: int) -> bool:
    """Integrity, then all-or-nothing of every import and of every batch edit so far."""
    report = check_path(path)
    assert report.ok, f"kill {kill}: {report.problems}"
    with open_catalog(path) as catalog:
        conn = catalog.conn
        imported = Counter(
            re.search(r" (k\d+)-\d+ ", title)[1]
            for (title,) in conn.execute("SELECT title FROM agreements WHERE id > ?", (BASE,))
        )
        assert set(imported.values()) <= {IMPORT_SIZE}, f"kill {kill}: {imported}"
        places = {p for (p,) in conn.execute("SELECT place FROM agreements WHERE id <= ?", (BASE,))}
        assert len(places) == 1, f"kill {kill}: a batch edit was half-saved: {places}"
        edits = Counter(
            new for (new,) in conn.execute("SELECT new_value FROM history WHERE field = 'place'")
        )
        assert all(n == BASE for n in edits.values()), f"kill {kill}: history {edits}"
        return imported.get(f"k{kill}", 0) == IMPORT_SIZE


def test_sigkill_during_long_operations_loses_nothing_and_half_saves_nothing(
    tmp_path: Path,
) -> None:
    fresh = build(tmp_path / "fresh.pactum", BASE)
    checkpoint(fresh)
    path = tmp_path / "crash.pactum"
    rng = random.Random(8)
    stages: Counter[str] = Counter()
    whole: Counter[bool] = Counter()
    for kill in range(1, KILLS + 1):
        if kill % RESET_EVERY == 1:  # start over now and then, so each check stays quick
            shutil.copyfile(fresh, path)
        import_file = _write_import(tmp_path, kill)
        first = FIRST[kill % len(FIRST)]
        child = _start(path, import_file, kill, first)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == first  # opened, at work
        time.sleep(rng.uniform(0, rng.choice((0.1, WINDOW))))
        child.send_signal(signal.SIGKILL)
        child.wait()
        stages[child.stdout.read().strip().split("\n")[-1] or first] += 1
        child.stdout.close()
        import_file.unlink()
        whole[_verify(path, kill)] += 1
    print(
        f"\n{KILLS} kills survived; working at each kill: {dict(stages)}; the import of the "
        f"killed run was whole {whole[True]} times, absent {whole[False]} times, never partial"
    )
    assert stages["import"] and stages["edit"] and stages["reindex"]
