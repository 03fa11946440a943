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
    """Who the history says made a change: a person, as the system names them — the
    account's full name where it has one (``Olena Kovalenko``), else the login name, or ""
    if there is none."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        return ""
    return _full_name(login) or login


def _full_name(login: str) -> str:
    """The first field of the account's GECOS entry, when it says more than the login."""
    try:
        import pwd  # not on Windows, where the login name is what there is
    except ImportError:
        return ""
    try:
        gecos = pwd.getpwnam(login).pw_gecos
    except KeyError:
        return ""
    name = gecos.split(",")[0].strip()
    return name if name and name.casefold() != login.casefold() else ""


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
