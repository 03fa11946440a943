"""What the layers under :class:`~db.catalog.Catalog` need of an open catalogue.

``db.search`` and ``db.features`` take a catalogue as their first argument but must not import
``db.catalog`` (the catalogue imports them, to offer their operations as its methods): they are
typed against :class:`Store`, which a ``Catalog`` is.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from db.store.changes import EVERYTHING, Changes


def now() -> str:
    """The store's timestamp: UTC, ISO 8601, to the millisecond."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


USER_VARIABLE = "PACTUM_USER"
"""The environment variable naming who makes changes (the window sets it from the name the
user gave, so every connection of the process writes the same name)."""


def name_the_user(name: str) -> str:
    """Name the person whose changes this process writes from now on, in every catalogue it
    opens (``""``: as the system names them); the name now in use. A catalogue already
    open keeps its ``user`` until it is given this one."""
    if name.strip():
        os.environ[USER_VARIABLE] = name.strip()
    else:
        os.environ.pop(USER_VARIABLE, None)
    return current_user()


def current_user() -> str:
    """Who the history says made a change: a person — ``$PACTUM_USER`` when set, else the
    account's full name where the system has one (``Olena Kovalenko``), else the login
    name, or "" if there is none."""
    named = os.environ.get(USER_VARIABLE, "").strip()
    if named:
        return named
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
