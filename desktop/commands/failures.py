"""What the command line says when a command fails: one line, what is wrong and what to do.

``pactum`` never shows a traceback. The store's typed errors already say what happened;
raw SQLite and file-system errors are turned into them by ``db.safety.failures.as_catalog_error``
(busy, read-only, disk full, damaged); what is left gets a plain sentence here. Text that
comes from outside (file names, arguments) is escaped so the message stays on one line.
"""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path

from db import (
    DATABASE_ERRORS,
    CatalogBusyError,
    CatalogError,
    DamagedCatalogError,
    as_catalog_error,
    shown,
)
from desktop.commands.passphrase import ENV

_HINTS: dict[type[CatalogError], str] = {
    DamagedCatalogError: "run `pactum check` to see the damage and the ways out",
    CatalogBusyError: "try again when it has finished",
}

_OS_HINTS = {
    errno.ENOENT: "check the name",
    errno.ENOTDIR: "check the name",
    errno.EISDIR: "give a file, not a folder",
    errno.ENAMETOOLONG: "use a shorter name",
    errno.ELOOP: "the symbolic links go round in a circle",
}


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped."""
    return " ".join(shown(part) for part in str(text).splitlines()) or "failed"


def error_line(error: BaseException, catalogue: Path) -> str:
    """The line (without the ``pactum:`` prefix) that says what ``error`` means."""
    where = getattr(error, "filename", None)
    typed = as_catalog_error(error, shown(where if where is not None else catalogue))
    if typed is not None:
        hint = next((h for kind, h in _HINTS.items() if isinstance(typed, kind)), None)
        return f"{typed}: {hint}" if hint else str(typed)
    if isinstance(error, OSError):
        text = error.strerror or str(error)
        hint = _OS_HINTS.get(error.errno or 0)
        named = f"{shown(where)}: {text}" if where is not None else text
        return named + (f" ({hint})" if hint else "")
    if isinstance(error, DATABASE_ERRORS):
        return (
            f"the catalogue {shown(catalogue)} could not be read as Pactum expects ({error}); "
            "it was not changed: run `pactum check`"
        )
    if isinstance(error, MemoryError):
        return "not enough memory to finish; nothing was changed"
    return (
        f"unexpected error ({type(error).__name__}: {error}); please report it "
        "(PACTUM_TRACEBACK=1 shows the details)"
    )


def not_utf8(args: argparse.Namespace, catalogue: Path) -> str | None:
    """The line refusing a command-line argument that is not UTF-8 text (bytes a terminal
    in another encoding sent, which Python keeps as lone surrogates), or None.

    File names may hold any bytes, except the catalogue's: SQLite takes UTF-8 names only.
    The passphrase in the environment is checked too (and never shown).
    """
    if not _is_utf8(os.environ.get(ENV, "")):  # never shown: it is a secret
        return f"the passphrase in {ENV} is not UTF-8 text: set it again from a UTF-8 terminal"
    values = [("--catalog", str(catalogue))]
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                values.append((name, item))
    for name, text in values:
        if not _is_utf8(text):
            try:
                raw = text.encode("utf-8", "surrogateescape")
            except UnicodeEncodeError:
                raw = text.encode("utf-8", "backslashreplace")
            return (
                f"the argument {name} ({raw!r}) is not UTF-8 text: set the terminal to "
                "UTF-8 and type it again"
            )
    return None


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
