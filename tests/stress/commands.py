"""The `pactum` commands a round runs, each with the claims it makes when it exits 0.

Only real subcommands and flags (see ``desktop/commands/``): there is no `add` or `edit` on
the command line, so new records come in through `import` and edits through
`import --replace` of a file this round imported before (with a new note in each record).
Every record an import brings has a fresh UUID and a unique note, so its presence can be
checked afterwards without guessing.
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from db.safety.backup import backups_folder
from tests.stress.journal import Effect

PASSPHRASE = "stress test passphrase"


@dataclass
class Command:
    """One command line and what it claims on success."""

    name: str
    args: list[str]
    effects: list[Effect] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    replaces_file: bool = False
    output: str = ""


def record(uid: str, title: str, token: str) -> dict:
    return {
        "uuid": uid,
        "kind": "memorandum",
        "title": title,
        "parties": [{"country": "UA"}, {"country": "SE"}],
        "notes": [token],
    }


def write_import(path: Path, records: list[dict]) -> None:
    data = {"format": "pactum-catalogue", "format_version": 1, "agreements": records}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@dataclass
class Commands:
    """Chooses the next command of a round from what the round has done so far."""

    catalogue: Path
    workdir: Path
    rng: Random
    known: list[str]
    """UUIDs some operation said were saved: what `delete` and `show` pick from."""
    imported: list[list[str]] = field(default_factory=list)
    """The UUIDs of each import file, for a later `import --replace` of the same group."""
    count: int = 0

    def saved(self, uuids: Iterable[str]) -> None:
        """Note records an operation said it saved (once each: a sample never repeats one)."""
        self.known.extend(u for u in dict.fromkeys(uuids) if u not in self.known)

    def argv(self, command: Command) -> list[str]:
        prefix = [sys.executable, "-m", "desktop.cli", "--catalog", str(self.catalogue)]
        return [*prefix, *command.args]

    def next_name(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def import_new(self) -> Command:
        name = self.next_name("imp")
        uuids = [self.new_uuid() for _ in range(self.rng.randint(1, 3))]
        tokens = [f"{name}.{n}" for n in range(len(uuids))]
        path = self.workdir / f"{name}.json"
        write_import(path, [record(u, f"cli {t}", t) for u, t in zip(uuids, tokens, strict=True)])
        self.imported.append(uuids)
        return Command("import", ["import", str(path)], claims(uuids, tokens), uuids)

    def import_replace(self) -> Command:
        if not self.imported:
            return self.import_new()
        uuids = self.rng.choice(self.imported)
        name = self.next_name("rep")
        tokens = [f"{name}.{n}" for n in range(len(uuids))]
        path = self.workdir / f"{name}.json"
        write_import(path, [record(u, f"cli {t}", t) for u, t in zip(uuids, tokens, strict=True)])
        return Command(
            "import --replace", ["import", "--replace", str(path)], claims(uuids, tokens), uuids
        )

    def delete(self) -> Command:
        chosen = self.rng.sample(self.known, min(len(self.known), self.rng.randint(1, 2)))
        return Command("delete", ["delete", *chosen], [Effect("deleted", u) for u in chosen])

    def export(self) -> Command:
        suffix = ".csv" if self.rng.random() < 0.2 else ".json"
        path = self.workdir / f"{self.next_name('exp')}{suffix}"
        return Command("export", ["export", str(path)], output=str(path))

    def restore(self) -> Command:
        folder = backups_folder(self.catalogue)
        names = sorted(p.name for p in folder.glob("[!.]*")) if folder.is_dir() else []
        if names and self.rng.random() < 0.6:
            return Command(
                "backup restore", ["backup", "restore", self.rng.choice(names)], replaces_file=True
            )
        return Command("backup restore", ["backup", "restore"], replaces_file=True)

    def reader(self) -> Command:
        choice = self.rng.choice(["list", "trash", "show", "search", "backup list"])
        if choice == "show" and self.known:
            return Command("show", ["show", self.rng.choice(self.known)])
        if choice == "search":
            return Command("search", ["search", "cli"])
        if choice == "trash":
            return Command("list", ["list", "--trash", "--json"])
        if choice == "backup list":
            return Command("backup list", ["backup", "list"])
        return Command("list", ["list", "--json"])

    def choose(self) -> Command:
        makers = {
            self.import_new: 26,
            self.import_replace: 8,
            self.delete: 8,
            self.export: 10,
            self.reader: 12,
            lambda: Command("check", ["check"]): 10,
            lambda: Command("backup create", ["backup", "create"]): 8,
            self.restore: 10,
            lambda: Command("encrypt", ["encrypt"]): 5,
        }
        maker = self.rng.choices(list(makers), list(makers.values()))[0]
        return maker()


def claims(uuids: list[str], tokens: list[str]) -> list[Effect]:
    """What an import that exited 0 says: each record is there, with its note."""
    return [Effect("exists", u) for u in uuids] + [
        Effect("note", u, t) for u, t in zip(uuids, tokens, strict=True)
    ]
