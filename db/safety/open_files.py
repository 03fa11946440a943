"""Which catalogue files this process has open, and with which SQLite library.

SQLite guards a file with POSIX advisory locks, and POSIX drops *every* lock a process
holds on a file as soon as the process closes *any* descriptor of that file. So while a
connection is open here, reading the file's header with plain Python I/O (and closing
it), or opening it with the other SQLite library (``sqlite3`` and ``sqlcipher3`` each
carry their own SQLite, which does not know the other's descriptors), silently unlocks
the open connection: another process then checkpoints and deletes the write-ahead log it
still writes into, and committed work is lost (SQLite's "How To Corrupt", section 2.2).

Every file connection made by :func:`db.safety.cipher.connect` is recorded here, keyed by the
file's device and inode (so a symlink, ``..`` or a second name of the same file count as
that file), until it is closed or garbage-collected. Plain reads go through
:func:`read_head`, which refuses while the file is open; one lock makes the check and
the read atomic with respect to connections being opened on other threads.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import Counter
from pathlib import Path
from typing import Any

FileKey = tuple[int, int]

HELD = "held"
"""The pseudo-library of a file held by :mod:`db.safety.exclusive` with a lock of its own."""

_lock = threading.RLock()
_open: dict[FileKey, Counter[str]] = {}


def key_of(path: Path) -> FileKey | None:
    """The (device, inode) of the file ``path`` names (through symlinks), None if absent."""
    try:
        found = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (found.st_dev, found.st_ino)


def libraries(path: Path) -> set[str]:
    """The libraries that have the file at ``path`` open in this process (empty: none)."""
    key = key_of(path)
    with _lock:
        return set(_open.get(key, ())) if key is not None else set()


def is_open(path: Path) -> bool:
    """True while any connection (or exclusive hold) of this process has the file open."""
    return bool(libraries(path))


def _release(key: FileKey, library: str) -> None:
    with _lock:
        counts = _open.get(key)
        if counts is None:
            return
        counts[library] -= 1
        if counts[library] <= 0:
            del counts[library]
        if not counts:
            del _open[key]


def replaced(conn: Any, path: Path) -> bool:
    """True when ``path`` no longer names the file ``conn`` opened (a whole-file
    operation renamed another file over it while ``conn`` waited for the lock)."""
    opened = getattr(conn, "file_key", None)
    return opened is not None and opened != key_of(path)


def record(key: FileKey, library: str, owner: Any) -> weakref.finalize[[FileKey, str], None]:
    """Count ``owner`` (a connection) as having the file open with ``library`` until the
    returned finalizer is called — by close(), or by the collector if nobody closes it."""
    with _lock:
        _open.setdefault(key, Counter())[library] += 1
    return weakref.finalize(owner, _release, key, library)


def guard() -> threading.RLock:
    """The registry's lock: hold it to open a file so no plain read runs meanwhile."""
    return _lock


def read_head(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of ``path``, or None when the file is open in this process
    (the caller then takes the facts from the open connection, which checked them)."""
    with _lock:
        if is_open(path):
            return None
        with path.open("rb") as f:
            return f.read(size)
