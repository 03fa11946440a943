"""One round: a small catalogue, two to four processes at once on it, random SIGKILLs.

Each lane runs one process at a time until the round's time is up: a holder lane keeps a
window-like holder alive (a new one if it was killed), a command lane runs one `pactum`
command after another. Kills are planned up front (when, which lane) from the round's seed;
what a process happens to be doing at that moment is up to the scheduler, which is the point.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from db import open_catalog
from db.features.interchange import import_data
from db.safety.backup import backups_folder
from tests.stress.commands import PASSPHRASE, Commands, record
from tests.stress.holder import start_holder
from tests.stress.journal import Effect, Journal, Op, clock
from tests.stress.verdict import Verdict, judge

ROOT = Path(__file__).resolve().parents[2]
BASE_RECORDS = 3
POLL_S = 0.005


@dataclass
class Lane:
    """One of the round's concurrent processes, and whichever op it is running."""

    name: str
    holder: bool
    started: int = 0
    op: Op | None = None
    process: subprocess.Popen | None = None
    pid: int | None = None
    pipe: int | None = None
    buffer: bytes = b""
    killed: bool = False
    backups_before: set[str] = field(default_factory=set)


@dataclass
class RoundResult:
    seed: str
    journal: Journal
    verdict: Verdict
    kills: int


def make_catalogue(path: Path, rng: Random) -> list[str]:
    """The round's starting catalogue, closed again before any child starts."""
    uuids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(BASE_RECORDS)]
    data = {
        "format": "pactum-catalogue",
        "format_version": 1,
        "agreements": [record(u, f"base {n}", f"base.{n}") for n, u in enumerate(uuids)],
    }
    with open_catalog(path, create=True, user="stress") as catalog:
        import_data(catalog, data)
    return uuids


def child_env() -> dict[str, str]:
    """The commands run this checkout's code and find the passphrase as a script would."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["PACTUM_PASSPHRASE"] = PASSPHRASE
    return env


def backup_names(catalogue: Path) -> set[str]:
    folder = backups_folder(catalogue)
    return set(os.listdir(folder)) if folder.is_dir() else set()


class Round:
    """The scheduler of one round."""

    def __init__(self, seed: str, workdir: Path, seconds: float, kills: bool) -> None:
        self.seed = seed
        self.rng = Random(seed)
        self.workdir = workdir
        self.catalogue = workdir / "catalogue.pactum"
        self.seconds = seconds
        self.journal = Journal()
        self.env = child_env()
        base = make_catalogue(self.catalogue, self.rng)
        setup = self.journal.begin("setup", "setup", [], self.journal.origin)
        setup.end, setup.outcome = self.journal.origin, "ok"
        setup.effects = [Effect("exists", u) for u in base]
        self.base = base
        self.commands = Commands(self.catalogue, workdir, self.rng, list(base))
        count = self.rng.randint(2, 4)
        holders = 1 if self.rng.random() < 0.85 else 0
        holders += self.rng.random() < 0.25
        self.lanes = [Lane(f"h{n}" if n < holders else f"c{n}", n < holders) for n in range(count)]
        planned = self.rng.choices([0, 1, 2], [35, 45, 20])[0] if kills else 0
        self.kills = sorted(
            (self.rng.uniform(0.02, seconds), self.rng.randrange(count)) for _ in range(planned)
        )
        self.killed = 0

    # -- starting and finishing ops -----------------------------------------------------

    def start(self, lane: Lane, until: float) -> None:
        lane.started += 1
        lane.killed = False
        if lane.holder:
            name = f"{lane.name}.{lane.started}"
            lane.op = self.journal.begin(name, "holder", [])
            lane.pid, lane.pipe = start_holder(
                self.catalogue, PASSPHRASE, name, self.base, f"{self.seed}/{name}", until
            )
            return
        command = self.commands.choose()
        lane.op = op = self.journal.begin(lane.name, command.name, command.args)
        op.effects, op.group = command.effects, command.group
        op.replaces_file, op.output = command.replaces_file, command.output
        lane.backups_before = backup_names(self.catalogue) if op.replaces_file else set()
        logs = self.workdir / f"op{op.id}"
        with open(f"{logs}.out", "wb") as out, open(f"{logs}.err", "wb") as err:
            lane.process = subprocess.Popen(
                self.commands.argv(command),
                cwd=self.workdir,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        lane.pid = lane.process.pid

    def finished(self, lane: Lane) -> int | None:
        """The exit code once the lane's process has ended (reaped here), else None."""
        if lane.process is not None:
            return lane.process.poll()
        assert lane.pid is not None
        pid, status = os.waitpid(lane.pid, os.WNOHANG)
        return None if pid == 0 else os.waitstatus_to_exitcode(status)

    def finish(self, lane: Lane, code: int) -> None:
        op = lane.op
        assert op is not None
        op.end, op.code = clock(), code
        op.outcome = "ok" if code == 0 else "killed" if code == -signal.SIGKILL else "failed"
        if lane.holder:
            self.drain(lane, final=True)
            if op.outcome != "ok":  # a holder that died is not claiming anything itself
                op.message = op.message or f"exit {code}"
        else:
            err = Path(f"{self.workdir / f'op{op.id}'}.err").read_text("utf-8", "replace")
            lines = [line for line in err.splitlines() if line.strip()]
            if "Traceback (most recent call last)" in err:
                op.message = f"traceback: {lines[-1] if lines else ''}"
            elif lines:
                op.message = lines[0] if code else lines[-1]
            if op.replaces_file:
                op.appeared = sorted(
                    n
                    for n in backup_names(self.catalogue) - lane.backups_before
                    if "-pre-restore" in n or "-damaged" in n
                )
            if op.outcome == "ok" and op.name == "import":
                self.commands.saved(op.group)
        lane.op, lane.process, lane.pid = None, None, None

    def drain(self, lane: Lane, final: bool = False) -> None:
        """Read the holder's report lines; each becomes an op of its own."""
        if lane.pipe is None:
            return
        while True:
            try:
                chunk = os.read(lane.pipe, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            lane.buffer += chunk
        *lines, lane.buffer = lane.buffer.split(b"\n")
        for line in lines:
            self.reported(lane, json.loads(line))
        if final:
            os.close(lane.pipe)
            lane.pipe, lane.buffer = None, b""

    def reported(self, lane: Lane, line: dict) -> None:
        assert lane.op is not None
        op = self.journal.begin(lane.op.process, f"holder {line['name']}", [], line["start"])
        op.end, op.outcome = line["end"], "ok" if line["ok"] else "failed"
        op.message = line.get("message", "")
        op.effects = [Effect(kind, uid, token) for kind, uid, token in line.get("effects", [])]
        if op.outcome == "ok":
            self.commands.saved(e.uuid for e in op.effects if e.kind == "exists")

    # -- the round ----------------------------------------------------------------------

    def run(self) -> RoundResult:
        origin = clock()
        until = origin + self.seconds
        kills = list(self.kills)
        while True:
            now = clock()
            for lane in self.lanes:
                if lane.op is not None:
                    self.drain(lane)
                    code = self.finished(lane)
                    if code is not None:
                        self.finish(lane, code)
                if lane.op is None and now < until:
                    self.start(lane, until)
            while kills and now - origin >= kills[0][0]:
                _, target = kills.pop(0)
                lane = self.lanes[target]
                if lane.pid is not None and not lane.killed:
                    os.kill(lane.pid, signal.SIGKILL)
                    lane.killed = True
                    self.killed += 1
            if now >= until and all(lane.op is None for lane in self.lanes):
                break
            time.sleep(POLL_S)
        verdict = judge(self.journal, self.catalogue, PASSPHRASE)
        return RoundResult(self.seed, self.journal, verdict, self.killed)
