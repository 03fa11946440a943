"""Two processes writing one catalogue: nothing lost, nothing overwritten silently, and a
writer kept waiting too long is told "the catalogue is busy"."""

from __future__ import annotations

import dataclasses
import multiprocessing
from pathlib import Path

import pytest

import db.opener
from db import CatalogBusyError, StaleRecordError, open_catalog
from tests.db.safety_helpers import build

SPAWN = multiprocessing.get_context("spawn")
TIMEOUT = 60


def _edit_range(path: str, first: int, last: int, tag: str, start) -> None:
    start.wait(TIMEOUT)
    with open_catalog(path, user=tag) as catalog:
        for agreement_id in range(first, last + 1):
            stored = catalog.get(agreement_id)
            catalog.update(dataclasses.replace(stored, place=f"{tag} {agreement_id}"))


def _edit_same(path: str, tag: str, read, results) -> None:
    with open_catalog(path, user=tag) as catalog:
        stored = catalog.get(1)
        read.wait(TIMEOUT)  # both have read version 1 before either writes
        try:
            catalog.update(dataclasses.replace(stored, title=f"edited by {tag}"))
            results.put((tag, "saved"))
        except StaleRecordError as error:
            results.put((tag, f"stale {error.expected}->{error.actual}"))


def _increment(path: str, times: int, start) -> None:
    """Add 1 to a counter in record 1's place, ``times`` times, re-reading when refused."""
    start.wait(TIMEOUT)
    with open_catalog(path) as catalog:
        done = 0
        while done < times:
            stored = catalog.get(1)
            try:
                catalog.update(dataclasses.replace(stored, place=str(int(stored.place or 0) + 1)))
                done += 1
            except (StaleRecordError, CatalogBusyError):
                continue


def _hold_lock(path: str, holding, release) -> None:
    with open_catalog(path) as catalog, catalog.writing():
        catalog.delete(2)
        holding.set()
        release.wait(TIMEOUT)


def _run(*processes) -> None:
    for p in processes:
        p.start()
    for p in processes:
        p.join(TIMEOUT)
        assert p.exitcode == 0


@pytest.fixture
def path(tmp_path: Path) -> str:
    return str(build(tmp_path / "shared.pactum", 20))


def test_different_records_edited_at_once_are_all_saved(path: str) -> None:
    start = SPAWN.Event()
    writers = [
        SPAWN.Process(target=_edit_range, args=(path, 1, 10, "anna", start)),
        SPAWN.Process(target=_edit_range, args=(path, 11, 20, "bohdan", start)),
    ]
    for w in writers:
        w.start()
    start.set()
    for w in writers:
        w.join(TIMEOUT)
        assert w.exitcode == 0
    with open_catalog(path) as catalog:
        for agreement_id in range(1, 21):
            saved = catalog.get(agreement_id)
            tag = "anna" if agreement_id <= 10 else "bohdan"
            assert saved.place == f"{tag} {agreement_id}" and saved.version == 2
            assert [c.changed_by for c in catalog.history(agreement_id)][-1] == tag


def test_same_record_second_writer_is_refused_not_overwriting(path: str) -> None:
    read, results = SPAWN.Barrier(2), SPAWN.Queue()
    _run(
        SPAWN.Process(target=_edit_same, args=(path, "anna", read, results)),
        SPAWN.Process(target=_edit_same, args=(path, "bohdan", read, results)),
    )
    outcome = dict(results.get(timeout=TIMEOUT) for _ in range(2))
    assert sorted(outcome.values()) == ["saved", "stale 1->2"]
    winner = next(tag for tag, what in outcome.items() if what == "saved")
    with open_catalog(path) as catalog:
        assert catalog.get(1).title == f"edited by {winner}"
        assert [c.action for c in catalog.history(1)] == ["created", "updated"]


def test_concurrent_increments_lose_nothing(path: str) -> None:
    start = SPAWN.Event()
    writers = [SPAWN.Process(target=_increment, args=(path, 25, start)) for _ in range(2)]
    for w in writers:
        w.start()
    start.set()
    for w in writers:
        w.join(TIMEOUT)
        assert w.exitcode == 0
    with open_catalog(path) as catalog:
        saved = catalog.get(1)
        assert saved.place == "50" and saved.version == 51
        assert len(catalog.history(1)) == 51


def test_writer_blocked_beyond_the_timeout_is_told_the_catalogue_is_busy(
    path: str, monkeypatch
) -> None:
    holding, release = SPAWN.Event(), SPAWN.Event()
    holder = SPAWN.Process(target=_hold_lock, args=(path, holding, release))
    holder.start()
    try:
        assert holding.wait(TIMEOUT)
        monkeypatch.setattr(db.opener, "BUSY_TIMEOUT_S", 0.2)
        with open_catalog(path) as catalog:
            stored = catalog.get(1)
            with pytest.raises(CatalogBusyError, match="the catalogue is busy"):
                catalog.update(dataclasses.replace(stored, title="waiting"))
            assert catalog.get(1).version == 1
            release.set()
            holder.join(TIMEOUT)
            assert holder.exitcode == 0
            catalog.update(dataclasses.replace(stored, title="after the wait"))
            assert catalog.get(2).deleted_at is not None  # the holder's change is kept
            assert catalog.get(1).title == "after the wait"
    finally:
        release.set()
        holder.join(TIMEOUT)
