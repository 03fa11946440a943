"""Copies of one catalogue for the exchange tests, and what "the same records" means."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from db import (
    Agreement,
    Catalog,
    Kind,
    PackageAppliedError,
    Party,
    clone_catalogue,
    export_changes,
    export_file,
    import_changes,
    open_catalog,
)

LOCAL_ONLY = ("version", "updated_at", "history")
"""What differs between copies by design: each copy counts its own versions and history."""


def record(title: str = "Spільне виробництво", **fields: Any) -> Agreement:
    fields.setdefault("parties", (Party.state("UA"), Party.state("LT")))
    return Agreement(title=title, kind=fields.pop("kind", Kind.AGREEMENT), **fields)


def open_copy(path: Path, user: str, passphrase: str | None = None) -> Catalog:
    return open_catalog(path, user=user, passphrase=passphrase, daily_backup=False, verify=False)


@contextmanager
def copies(
    folder: Path, names: tuple[str, ...], records: int = 2, passphrase: str | None = None
) -> Iterator[list[Catalog]]:
    """Copies of one catalogue holding ``records`` records, the first the origin, each
    opened as its own user ('a', 'b', ...)."""
    with ExitStack() as stack:
        first = folder / f"{names[0]}.pactum"
        origin = open_catalog(
            first, create=True, user=names[0], passphrase=passphrase, daily_backup=False
        )
        stack.callback(origin.close)
        for n in range(records):
            origin.add(record(f"Угода {n}", summary=f"summary {n}"))
        opened = [origin]
        for name in names[1:]:
            path = clone_catalogue(origin, folder / f"{name}.pactum")
            copy = open_copy(path, name, passphrase)
            stack.callback(copy.close)
            opened.append(copy)
        yield opened


def send(source: Catalog, target: Catalog, folder: Path, name: str = "") -> Any:
    """Export from ``source`` and import into ``target``: the import's report (None when
    the package held nothing ``target`` had not applied already)."""
    package = folder / f"{name or source.user + '-' + target.user}.pactum-changes"
    package.unlink(missing_ok=True)
    export_changes(source, package)
    try:
        return import_changes(target, package)
    except PackageAppliedError:
        return None


def records_of(catalog: Catalog, folder: Path) -> dict[str, dict[str, Any]]:
    """The catalogue's JSON export by UUID, without what is local to each copy (the trash
    state as a flag: each copy stamps its own time)."""
    path = folder / f"{catalog.user}-export.json"
    export_file(catalog, path)
    found = {}
    for item in json.loads(path.read_text(encoding="utf-8"))["agreements"]:
        for key in LOCAL_ONLY:
            item.pop(key)
        item["deleted_at"] = item["deleted_at"] is not None
        found[item["uuid"]] = item
    return found
