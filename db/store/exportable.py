"""Which records can be written out whole, and why the others cannot.

An export promises a file that imports back as it is. A record holding a value Pactum
cannot read (db.store.stored), or breaking a rule import applies (db.store.validation: a date in the
future, a party that is no country; a UUID that is not one), would make import refuse the
whole file. So export leaves such records out and names them, and so does a record whose
relation points at one left out (it would point nowhere in the file); ``pactum check``
lists the same records for the same reasons, before anyone exports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from db.safety.cipher import Connection
from db.safety.guards import is_uuid
from db.store import queries, stored
from db.store.model import Agreement, Change, Filters
from db.store.progress import NoProgress, Progress, check
from db.store.validation import problems

CHUNK = 200
"""Records read at a time (eight queries per chunk rather than per record)."""


@dataclass(frozen=True)
class Unexportable:
    """A record export leaves out, with every reason."""

    agreement_id: int
    uuid: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"agreement {self.agreement_id}: {'; '.join(self.reasons)}"


@dataclass(frozen=True)
class ExportReport:
    """How many records an export wrote, and those it left out."""

    written: int
    left_out: tuple[Unexportable, ...] = ()


def history_item(c: Change) -> dict[str, Any]:
    """One history entry as the interchange format writes it."""
    return {
        "version": c.version,
        "action": c.action,
        "field": c.field,
        "old": c.old,
        "new": c.new,
        "changed_at": c.changed_at,
        "changed_by": c.changed_by,
    }


def record_problems(agreement: Agreement, history: Iterable[Change]) -> list[str]:
    """Why ``agreement`` (with its ``history``) cannot be written whole; empty if it can."""
    found = [str(d) for d in agreement.damaged]
    found += [str(d) for change in history for d in change.damaged]
    if found:  # the rules are about values that could be read
        return found
    found = [str(p) for p in problems(agreement)]
    if not is_uuid(agreement.uuid):
        found.append(f"uuid: {stored.shown(agreement.uuid)} is not a UUID")
    return found


def history_many(conn: Connection, ids: Sequence[int]) -> dict[int, list[Change]]:
    """The history of each of ``ids``, oldest first, read leniently."""
    found: dict[int, list[Change]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for agreement_id, *row in conn.execute(
            f"SELECT agreement_id, {stored.HISTORY_COLUMNS} FROM history "
            f"WHERE agreement_id IN ({marks}) ORDER BY agreement_id, id",
            chunk,
        ):
            found[agreement_id].append(stored.change(agreement_id, row))
    return found


def records(
    conn: Connection, ids: Sequence[int], progress: Progress = NoProgress()
) -> Iterator[tuple[Agreement, list[Change]]]:
    """Each record of ``ids`` with its history, in that order, a chunk read at a time;
    ``progress`` hears of each chunk before the next is read."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        loaded = stored.load_many(conn, chunk)
        histories = history_many(conn, chunk)
        for agreement_id in chunk:
            if agreement_id in loaded:
                yield loaded[agreement_id], histories.get(agreement_id, [])
        check(progress, min(start + CHUNK, len(ids)), len(ids), every=1)


def _scan(conn: Connection, ids: Sequence[int]) -> dict[int, Unexportable]:
    return {
        a.id: Unexportable(a.id, a.uuid, tuple(reasons))
        for a, history in records(conn, ids)
        if a.id is not None and (reasons := record_problems(a, history))
    }


def unexportable(conn: Connection, ids: Sequence[int]) -> dict[int, Unexportable]:
    """Among ``ids``, every record export would leave out (reads them all)."""
    return with_relating(conn, _scan(conn, ids), set(ids))


def left_out_targets(conn: Connection, ids: Sequence[int]) -> dict[int, Unexportable]:
    """What an export of ``ids`` must know before writing the first record: which
    targets of their relations it will leave out, and which records relate to those."""
    wanted = set(ids)
    targets: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        targets.update(
            row[0]
            for row in conn.execute(
                f"SELECT DISTINCT target_id FROM relations WHERE agreement_id IN ({marks})",
                chunk,
            )
        )
    return with_relating(conn, _scan(conn, sorted(targets & wanted)), wanted)


def with_relating(
    conn: Connection, left_out: dict[int, Unexportable], within: set[int]
) -> dict[int, Unexportable]:
    """``left_out`` and, repeatedly, the records of ``within`` whose relations point at
    one of them."""
    found = dict(left_out)
    pending = list(found)
    while pending:
        marks = ",".join("?" * len(pending[:500]))
        rows = conn.execute(
            f"SELECT DISTINCT x.agreement_id, x.target_id, a.uuid FROM relations x "
            f"JOIN agreements a ON a.id = x.agreement_id WHERE x.target_id IN ({marks})",
            pending[:500],
        ).fetchall()
        pending = pending[500:]
        for agreement_id, target_id, uuid in rows:
            if agreement_id in within and agreement_id not in found:
                reason = f"relations: points at agreement {target_id}, which is left out"
                shown = uuid if type(uuid) is str else stored.shown(uuid)
                found[agreement_id] = Unexportable(agreement_id, shown, (reason,))
                pending.append(agreement_id)
    return found


def writable(
    conn: Connection,
    filters: Filters | None,
    progress: Progress,
    left_out: list[Unexportable],
) -> Iterator[tuple[Agreement, list[Change]]]:
    """Every record that can be written whole, with its history, oldest id first (live
    and trashed unless ``filters`` say otherwise); the others are added to ``left_out``.
    Run it inside one read transaction to write one state of the catalogue."""
    if filters is None:
        wanted = sorted(queries.ids(conn, Filters()) + queries.ids(conn, Filters(trash=True)))
    else:
        wanted = sorted(queries.ids(conn, filters))
    known = left_out_targets(conn, wanted)
    for agreement, history in records(conn, wanted, progress):
        assert agreement.id is not None
        reasons = record_problems(agreement, history)
        if agreement.id in known:
            left_out.append(known[agreement.id])
        elif reasons:
            left_out.append(Unexportable(agreement.id, agreement.uuid, tuple(reasons)))
        else:
            yield agreement, history
