"""What a round did: every operation, when it ran, how it ended and what it claims.

The verdict judges a round only from these claims, so they are kept as plain data that is
written, as it is, into the failure file a lost write leaves behind.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Outcome = Literal["ok", "failed", "killed", "running"]


def clock() -> float:
    """Seconds on the system-wide monotonic clock: the same in the driver and its children,
    so the order of one process's reply and another's start can be compared."""
    return time.monotonic()


@dataclass(frozen=True)
class Effect:
    """One thing an operation that reported success says is now in the catalogue.

    ``exists``: the record ``uuid`` is there (live or in the trash); ``note``: the record
    carries the note ``token``; ``deleted``: the record is in the trash.
    """

    kind: Literal["exists", "note", "deleted"]
    uuid: str
    token: str = ""


@dataclass
class Op:
    """One operation of one process: a `pactum` command or a call made by a holder."""

    id: int
    process: str
    name: str
    argv: list[str]
    start: float
    end: float | None = None
    outcome: Outcome = "running"
    code: int | None = None
    message: str = ""
    effects: list[Effect] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    """The UUIDs of an import file: in any snapshot, all of them or none (any outcome)."""
    replaces_file: bool = False
    """A backup restore: may legitimately take away what was written before it."""
    appeared: list[str] = field(default_factory=list)
    """Files that appeared in backups/ while it ran (the copies a restore keeps)."""
    output: str = ""
    """A file the operation wrote (an export), checked as a snapshot."""

    def as_dict(self, origin: float) -> dict[str, Any]:
        """The op for a failure file, times in seconds since the round began."""
        data = asdict(self)
        data["start"] = round(self.start - origin, 4)
        data["end"] = None if self.end is None else round(self.end - origin, 4)
        data["effects"] = [
            ":".join(x for x in (e.kind, e.uuid, e.token) if x) for e in self.effects
        ]
        return data


@dataclass
class Journal:
    """Every op of a round, in the order they started."""

    origin: float = field(default_factory=clock)
    ops: list[Op] = field(default_factory=list)

    def begin(self, process: str, name: str, argv: list[str], start: float | None = None) -> Op:
        op = Op(len(self.ops) + 1, process, name, argv, clock() if start is None else start)
        self.ops.append(op)
        return op

    def succeeded(self) -> list[Op]:
        return [op for op in self.ops if op.outcome == "ok"]

    def as_list(self) -> list[dict[str, Any]]:
        return [op.as_dict(self.origin) for op in self.ops]
