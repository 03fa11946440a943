"""A window-like holder: a forked child that keeps the catalogue open and writes into it.

It does what the window does to the file: opens it once (no quick check, no daily backup on
the way in, both run just after), keeps that connection for its whole life, writes edits,
and now and then opens and closes a second catalogue (as the briefing and backups dialogs
do) and runs the store's header checks. Each call is reported on a pipe, one JSON line,
only after it returned, so a line that says "ok" is a write the user was told was saved.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
import traceback
from pathlib import Path
from random import Random
from typing import Any

from db import Agreement, Catalog, CatalogError, Kind, Party, open_catalog
from db.safety.cipher import DATABASE_ERRORS
from tests.stress.journal import clock

EXPECTED_ERRORS = (CatalogError, OSError, *DATABASE_ERRORS)


def new_record(title: str, token: str) -> Agreement:
    return Agreement(
        title=title,
        kind=Kind.AGREEMENT,
        parties=(Party.state("UA"), Party.state("LT")),
        notes=(token,),
    )


def header_checks(path: Path, passphrase: str | None) -> None:
    """The store's checks that look at the file's header (whatever this version offers)."""
    from db.safety import cipher, opening

    key = cipher.key_for(path, passphrase)
    if hasattr(opening, "check_file"):
        opening.check_file(path, encrypted=key is not None)
    if hasattr(opening, "is_plain_sqlite"):
        opening.is_plain_sqlite(path)


class Holder:
    """The holder's state: its open catalogue and the records it may edit."""

    def __init__(self, path: Path, passphrase: str, name: str, editable: list[str]) -> None:
        self.path = path
        self.passphrase = passphrase
        self.name = name
        self.editable = list(editable)
        self.catalog: Catalog | None = None
        self.count = 0

    def token(self) -> str:
        self.count += 1
        return f"{self.name}-{self.count}"

    def open(self) -> list[list[str]]:
        self.catalog = open_catalog(
            self.path,
            verify=False,
            daily_backup=False,
            passphrase=self.passphrase,
            user=self.name,
        )
        self.catalog.verify()
        self.catalog.daily_backup()
        return []

    def add(self) -> list[list[str]]:
        assert self.catalog is not None
        token = self.token()
        saved = self.catalog.add(new_record(f"held {token}", token))
        self.editable.append(saved.uuid)
        return [["exists", saved.uuid, ""], ["note", saved.uuid, token]]

    def edit(self, rng: Random) -> list[list[str]]:
        assert self.catalog is not None
        uuid = rng.choice(self.editable)
        token = self.token()
        stored = self.catalog.get(uuid)
        self.catalog.update(dataclasses.replace(stored, notes=(*stored.notes, token)))
        return [["exists", uuid, ""], ["note", uuid, token]]

    def delete(self, rng: Random) -> list[list[str]]:
        assert self.catalog is not None
        uuid = rng.choice(self.editable)
        self.catalog.delete(uuid)
        return [["deleted", uuid, ""]]

    def second(self) -> list[list[str]]:
        with open_catalog(self.path, passphrase=self.passphrase, user=self.name) as other:
            other.count()
        return []

    def headers(self) -> list[list[str]]:
        header_checks(self.path, self.passphrase)
        return []


ACTIONS = ("add", "edit", "delete", "second", "headers")
WEIGHTS = (35, 40, 5, 10, 10)


def report(fd: int, name: str, start: float, **fields: Any) -> None:
    line = json.dumps({"name": name, "start": start, "end": clock(), **fields}) + "\n"
    os.write(fd, line.encode("utf-8"))


def attempt(fd: int, name: str, work) -> None:
    """Run one call; report it ok with its effects, or failed with why."""
    start = clock()
    try:
        effects = work()
    except EXPECTED_ERRORS as error:
        report(fd, name, start, ok=False, message=f"{type(error).__name__}: {error}")
    except Exception as error:  # a crash of the store is a finding, reported, not hidden
        text = traceback.format_exception_only(error)[-1].strip()
        report(fd, name, start, ok=False, message=f"crash: {text}")
    else:
        report(fd, name, start, ok=True, effects=effects)


def hold(
    path: Path, passphrase: str, name: str, editable: list[str], seed: str, until: float, fd: int
) -> None:
    """The holder's life: open, then random calls until ``until``, then close."""
    rng = Random(seed)
    holder = Holder(path, passphrase, name, editable)
    attempt(fd, "open", holder.open)
    if holder.catalog is None:
        return
    try:
        while clock() < until:
            action = rng.choices(ACTIONS, WEIGHTS)[0]
            if action in ("add", "second", "headers"):
                attempt(fd, action, getattr(holder, action))
            else:
                attempt(fd, action, lambda a=action: getattr(holder, a)(rng))
            # A person's pace, not a benchmark's: leave the CPU to the other processes.
            time.sleep(rng.uniform(0.0, 0.02))
    finally:
        holder.catalog.close()


def start_holder(
    path: Path, passphrase: str, name: str, editable: list[str], seed: str, until: float
) -> tuple[int, int]:
    """Fork a holder; returns its pid and the read end of its report pipe (non-blocking)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        code = 0
        try:
            hold(path, passphrase, name, editable, seed, until, write)
        except BaseException:
            traceback.print_exc()
            code = 70
        finally:
            os._exit(code)
    os.close(write)
    os.set_blocking(read, False)
    return pid, read
