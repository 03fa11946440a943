"""Turning what SQLite or the file system raised into the store's typed errors.

"Busy", "read-only", "disk full" and "damaged" call for different answers (wait, fix the
permissions, free space, restore), so they must never be confused: a lock held by another
program is not damage, and only damage may offer restore or salvage. Every layer that
catches a raw error asks :func:`as_catalog_error` instead of reading messages itself.
"""

from __future__ import annotations

import errno
import os

from db.errors import (
    CatalogBusyError,
    CatalogError,
    DamagedCatalogError,
    DiskFullError,
    ReadOnlyCatalogError,
)
from db.safety.cipher import DATABASE_ERRORS, is_damage

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN, _PERM = 5, 6, 8, 10, 13, 14, 3

_WORDS = (
    ("database is locked", _BUSY),
    ("database table is locked", _LOCKED),
    ("readonly database", _READONLY),
    ("database or disk is full", _FULL),
    ("unable to open database", _CANTOPEN),
)


def _code(error: BaseException) -> int | None:
    code: int | None = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    text = str(error)
    return next((found for words, found in _WORDS if words in text), None)


def as_catalog_error(error: BaseException, path: str) -> CatalogError | None:
    """The typed error ``error`` stands for at ``path``, or None when it is none of these
    (a bug, or a bad query: the caller lets it propagate)."""
    if isinstance(error, CatalogError):
        return error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyCatalogError(path, error.strerror or "permission denied")
        return None
    if not isinstance(error, DATABASE_ERRORS):
        return None
    if is_damage(error):
        return DamagedCatalogError(path, str(error))
    code = _code(error)
    if code in (_BUSY, _LOCKED):
        return CatalogBusyError()
    if code in (_READONLY, _PERM):
        return ReadOnlyCatalogError(path)
    if code == _FULL:
        return DiskFullError(path)
    if code in (_CANTOPEN, _IOERR) and _no_space_beside(path):
        return DiskFullError(path)
    if code == _CANTOPEN:
        return ReadOnlyCatalogError(path, "the file or its folder cannot be opened")
    if code == _IOERR:
        return ReadOnlyCatalogError(path, f"the disk reported an error ({error})")
    return None


def _no_space_beside(path: str) -> bool:
    """True when the disk holding ``path`` has no free block left (SQLite says "disk I/O
    error" or "unable to open" when it cannot even make its -shm file there)."""
    try:
        found = os.statvfs(os.path.dirname(os.path.abspath(path)))
    except (OSError, ValueError):
        return False
    return found.f_bavail == 0 or (found.f_files > 0 and found.f_favail == 0)
