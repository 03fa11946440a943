"""Reading a file a person named, without hanging or running out of memory.

A name typed or chosen may lead to something that is not a file at all: a named pipe
(reading it waits for a writer forever), a device such as ``/dev/zero`` (it never ends and
reports no size), a socket or a folder. And a real file may be far larger than anything
Pactum can hold in memory at once. :func:`open_regular` refuses all of these with a reason
a person can act on; :func:`read_bounded` also never reads more than the limit it is given
(an import has none: it streams, see ``db.features.interchange_reader``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from db.errors import InputFileError
from db.safety import open_files
from db.safety.outputs import shown

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


def open_regular(path: Path) -> BinaryIO:
    """The regular file ``path``, open for reading (InputFileError if it is anything else).

    Never blocks on a pipe: it is refused before it is opened, and opened without waiting
    in case it was swapped in meanwhile (then refused as it is found).
    """
    if open_files.is_open(path):  # reading it here would drop the connection's locks
        raise InputFileError(shown(path), "is a catalogue open in this window, not a file to read")
    try:
        _check_kind(path, os.stat(path).st_mode)
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputFileError(shown(path), error.strerror or str(error)) from error
    file = os.fdopen(handle, "rb")
    try:
        _check_kind(path, os.fstat(file.fileno()).st_mode)
    except InputFileError:
        file.close()
        raise
    return file


def read_bounded(path: Path, limit: int, reader: str = "Pactum") -> bytes:
    """The bytes of the regular file ``path``, which must be at most ``limit`` bytes
    (``reader`` names who refuses a larger one, e.g. "an extract"); InputFileError
    otherwise. Never reads more than ``limit`` + 1 bytes."""
    too_large = InputFileError(
        shown(path), f"is larger than {size_text(limit)}, the most {reader} reads at once"
    )
    with open_regular(path) as file:
        if os.fstat(file.fileno()).st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        total = 0
        while chunk := file.read(min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while it was read
                raise too_large
    return b"".join(chunks)
