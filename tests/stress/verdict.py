"""Judging a round: is every write that reported success still there, and nothing half done?

A claim (an Effect of an operation that reported success) is accounted for when:

1. the final catalogue shows it; or
2. a later write could legitimately have replaced it: another `import --replace` of the same
   record (succeeded or killed, so its outcome is unknown) that ended after the claim began;
   or
3. a backup restore (succeeded or killed) that ended after the claim began kept the file it
   replaced as a copy in backups/ (a pre-restore copy, or a damaged file set aside), and that
   copy shows the claim: the restore is undoable, so nothing was lost.

Anything else is a lost write. An encrypt changes nothing a claim is about. Each import file
is all or nothing in every snapshot: the final catalogue, every backup, every JSON export.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from db.safety.backup import backups_folder
from db.safety.cipher import connect, key_for
from db.safety.opening import SQLITE_MAGIC
from tests.stress.journal import Effect, Journal, Op

Records = dict[str, tuple[bool, frozenset[str]]]
"""uuid -> (in the trash, its notes)."""


@dataclass
class Snapshot:
    """What one file holds, or why it could not be read."""

    name: str
    records: Records = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    readable: bool = True

    def shows(self, effect: Effect) -> bool:
        if effect.uuid not in self.records:
            return False
        deleted, notes = self.records[effect.uuid]
        if effect.kind == "note":
            return effect.token in notes
        if effect.kind == "deleted":
            return deleted
        return True


def read_database(path: Path, passphrase: str, *, readonly: bool) -> Snapshot:
    """Integrity check and records of a catalogue or backup (no other connection is open)."""
    shot = Snapshot(path.name)
    if not path.is_file():  # connecting would create an empty one
        return Snapshot(path.name, problems=["the file is gone"], readable=False)
    try:
        conn = connect(path, passphrase=key_for(path, passphrase), readonly=readonly)
    except Exception as error:  # any way of failing to open is a finding, never a crash
        return Snapshot(path.name, problems=[f"cannot open: {error}"], readable=False)
    with contextlib.closing(conn):
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            shot.problems = [row[0] for row in rows if row[0] != "ok"]
            notes: dict[str, set[str]] = {}
            for uid, body in conn.execute(
                "SELECT a.uuid, n.body FROM notes n JOIN agreements a ON a.id = n.agreement_id"
            ):
                notes.setdefault(uid, set()).add(body)
            for uid, deleted in conn.execute("SELECT uuid, deleted_at IS NOT NULL FROM agreements"):
                shot.records[uid] = (bool(deleted), frozenset(notes.get(uid, ())))
        except Exception as error:
            shot.problems.append(f"cannot read: {error}")
            shot.readable = False
    return shot


def read_export(path: Path) -> Snapshot:
    shot = Snapshot(path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["agreements"]:
            shot.records[item["uuid"]] = (
                item.get("deleted_at") is not None,
                frozenset(item.get("notes") or ()),
            )
    except (OSError, ValueError, KeyError, TypeError) as error:
        return Snapshot(path.name, problems=[f"export unreadable: {error}"], readable=False)
    return shot


@dataclass
class Verdict:
    """A round's findings, each tagged with its class, and what was checked."""

    findings: list[str] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)
    checked: int = 0
    lost: int = 0

    def add(self, kind: str, detail: str) -> None:
        self.classes[kind] += 1
        self.findings.append(f"{kind}: {detail}")


def took_effect(op: Op) -> bool:
    """Succeeded, or was killed so that nobody knows: either may have changed the file."""
    return op.outcome in ("ok", "killed")


def loss_class(effect_op: Op, effect: Effect, ops: list[Op]) -> str:
    """Which of the issue's classes a lost claim most likely belongs to."""
    later = [op for op in ops if op.end is not None and op.end > effect_op.start]
    if any(op.name == "encrypt" and took_effect(op) for op in later):
        return "lost across encrypt"
    if any(op.replaces_file and took_effect(op) for op in later):
        return "lost across backup restore"
    if effect_op.process.startswith("h"):
        return "lost from the long-lived holder"
    return f"lost after {effect_op.name}"


def accounted(effect: Effect, op: Op, ops: list[Op], final: Snapshot, copies: dict[str, Snapshot]):
    if final.shows(effect):
        return True
    for other in ops:
        if other is op or other.end is None or other.end <= op.start or not took_effect(other):
            continue
        if (
            effect.kind == "note"
            and other.name == "import --replace"
            and effect.uuid in other.group
        ):
            return True
        if other.replaces_file and any(copies[name].shows(effect) for name in other.appeared):
            return True
    return False


def judge(journal: Journal, catalogue: Path, passphrase: str) -> Verdict:
    verdict = Verdict()
    ops = journal.ops
    final = read_database(catalogue, passphrase, readonly=False)
    if not final.readable or final.problems:
        verdict.add("damaged catalogue", "; ".join(final.problems[:3]))
    folder = backups_folder(catalogue)
    copies = {
        p.name: read_database(p, passphrase, readonly=True)
        for p in (sorted(folder.iterdir()) if folder.is_dir() else [])
        if not p.name.startswith(".")
    }
    for name, copy in copies.items():
        if "-damaged" in name:
            verdict.add("set aside as damaged", name)
        elif copy.problems:
            verdict.add("damaged backup", f"{name}: {'; '.join(copy.problems[:2])}")
    for op in journal.succeeded():
        for effect in op.effects:
            verdict.checked += 1
            if not accounted(effect, op, ops, final, copies):
                verdict.lost += 1
                verdict.add(
                    loss_class(op, effect, ops),
                    f"op {op.id} ({op.process} {op.name}) {effect.kind} {effect.uuid} "
                    f"{effect.token}".rstrip(),
                )
    exports = {
        op.output: read_export(Path(op.output))
        for op in journal.succeeded()
        if op.output.endswith(".json")
    }
    for shot in exports.values():
        if not shot.readable:
            verdict.add("bad export", "; ".join(shot.problems))
    snapshots = [final, *copies.values(), *exports.values()]
    for op in ops:
        if not op.group:
            continue
        for shot in snapshots:
            present = sum(uid in shot.records for uid in op.group)
            if shot.readable and 0 < present < len(op.group):
                verdict.add(
                    "half-applied import",
                    f"op {op.id}: {present} of {len(op.group)} records in {shot.name}",
                )
    encrypted = [op for op in journal.succeeded() if op.name == "encrypt"]
    if encrypted and catalogue.exists():
        with catalogue.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                verdict.add("plaintext after encrypt", f"op {encrypted[0].id} reported success")
    for op in ops:
        if op.message.startswith(("traceback", "crash")):
            verdict.add("traceback", f"op {op.id} ({op.name}): {op.message}")
        if op.name == "check" and op.code == 2:
            verdict.add("check called it damaged", f"op {op.id}: {op.message}")
    return verdict
