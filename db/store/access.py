"""What the layers under :class:`~db.catalog.Catalog` need of an open catalogue.

``db.search`` and ``db.features`` take a catalogue as their first argument but must not import
``db.catalog`` (the catalogue imports them, to offer their operations as its methods): they are
typed against :class:`Store`, which a ``Catalog`` is.
"""

from __future__ import annotations

import datetime as dt
import getpass
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from db.store.changes import EVERYTHING, Changes


def now() -> str:
    """The store's timestamp: UTC, ISO 8601, to the millisecond."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def current_user() -> str:
    """Who the history says made a change: the login name, or "" if there is none."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Store(Protocol):
    """An open catalogue, as the search and the feature queries use it."""

    path: Path | None
    user: str

    @property
    def conn(self) -> sqlite3.Connection: ...

    def writing(
        self, changes: Changes = EVERYTHING
    ) -> AbstractContextManager[sqlite3.Connection]: ...

    def reading(self) -> AbstractContextManager[sqlite3.Connection]: ...
