"""Reading a file a person named, without hanging or running out of memory.

A name typed or chosen may lead to something that is not a file at all: a named pipe
(reading it waits for a writer forever), a device such as ``/dev/zero`` (it never ends and
reports no size), a socket or a folder. And a real file may be far larger than anything
Pactum can hold in memory at once. :func:`read_bounded` refuses all of these with a reason a
person can act on, and never reads more than the limit it is given.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from db.errors import InputFileError
from db.safety import open_files
from db.safety.outputs import shown

MAX_IMPORT_BYTES = 2 * 1024**3
"""The largest interchange file an import reads: it is parsed whole, in memory."""

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1024 * 1024


def size_text(count: int) -> str:
    """A limit as people say it: 2 GB, 512 MB, 64 KB (or 1,000 bytes when not round)."""
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= size and count % size == 0:
            return f"{count // size} {unit}"
    return f"{count:,} bytes"


def _check_kind(path: Path, mode: int) -> None:
    for test, what in _KINDS:
        if test(mode):
            raise InputFileError(shown(path), f"is {what}, not a file: give a regular file")
    if not stat.S_ISREG(mode):
        raise InputFileError(shown(path), "is not a regular file")


def read_bounded(path: Path, limit: int, reader: str = "Pactum") -> bytes:
    """The bytes of the regular file ``path``, which must be at most ``limit`` bytes
    (``reader`` names who refuses a larger one, e.g. "an import"); InputFileError otherwise.

    Never blocks on a pipe (it is refused before it is read, and opened without waiting in
    case it was swapped in meanwhile) and never reads more than ``limit`` + 1 bytes.
    """
    if open_files.is_open(path):  # reading it here would drop the connection's locks
        raise InputFileError(shown(path), "is a catalogue open in this window, not a file to read")
    try:
        _check_kind(path, os.stat(path).st_mode)
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputFileError(shown(path), error.strerror or str(error)) from error
    too_large = InputFileError(
        shown(path), f"is larger than {size_text(limit)}, the most {reader} reads at once"
    )
    with os.fdopen(handle, "rb") as file:
        found = os.fstat(file.fileno())
        _check_kind(path, found.st_mode)
        if found.st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        total = 0
        while chunk := file.read(min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while it was read
                raise too_large
    return b"".join(chunks)
