"""The register of the catalogue's numbered migrations, apart from the migrations
themselves: ``db.store.schema`` holds m001-m004 and imports the later ones' modules, and
every one of them registers here, so no migration module imports ``schema``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

MIGRATION_SET = "pactum"

migrations = Migrations(MIGRATION_SET)
MIGRATION_NAMES: list[str] = []
"""Every migration this version knows, in order: a catalogue with others is from a newer one."""
MIGRATION_FUNCTIONS: dict[str, Callable[[Database], None]] = {}
"""Each migration by name: what db.store.known_schema applies to learn what a file should hold."""


type Migration = Callable[[Database], None]


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register the next numbered migration; its function carries the same name."""

    def register(fn: Migration) -> Migration:
        assert fn.__name__ == name, f"migration {name} is defined as {fn.__name__}"
        MIGRATION_NAMES.append(name)
        MIGRATION_FUNCTIONS[name] = fn
        return migrations(name=name)(fn)

    return register
