"""Reading an article file: only a regular file, only so much of it, UTF-8 or CP1251.

``pactum extract`` and the window's article dialog both read through here, so a named pipe
(which would block until something writes), a device such as ``/dev/zero`` (endless), a
folder or a file too large to be an article is refused with one sentence before anything
is read. Ukrainian Windows tools still save text in CP1251, so a file that is not UTF-8 is
read as CP1251 when it decodes to plain text.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from db import ImportFormatError

#: The largest article file read, in bytes. A news item is a few KB and a long report a few
#: hundred; a saved web page with its scripts and styles reaches a few MB. Reading is linear
#: (at most about 2 s of CPU per MB of text), so even the largest file is read in seconds,
#: not minutes.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

#: Bytes that no text file holds, in UTF-8 or CP1251: control characters other than tab,
#: line and page breaks.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


#: What a path may lead to instead of a file, as the refusal names it.
_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(path: Path, mode: int) -> ImportFormatError | None:
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _NOT_FILES if test(mode)), "not a regular file")
    return ImportFormatError(f"{path.name}: is {what}, not a file: give a .txt or .html file")


def _too_large(path: Path) -> ImportFormatError:
    return ImportFormatError(
        f"{path.name}: is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB, the most an "
        "article file may hold: save the part that reports the signing as a text file"
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file or is too large to be an article.

    What the path leads to (through symlinks) is refused before it is opened, a socket
    included, which cannot be opened at all. The file is then opened without blocking, in
    case a FIFO (which waits for a writer forever) was put in its place, and checked again
    through the open descriptor. At most one byte more than the limit is read, whatever the
    file's size claims to be.
    """
    if (refused := _not_a_file(path, os.stat(path).st_mode)) is not None:
        raise refused
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if (refused := _not_a_file(path, status.st_mode)) is not None:
            raise refused
        if status.st_size > MAX_ARTICLE_BYTES:
            raise _too_large(path)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_ARTICLE_BYTES:
            chunk = os.read(fd, MAX_ARTICLE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_ARTICLE_BYTES:
        raise _too_large(path)
    return b"".join(chunks)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without a byte order mark), else CP1251, if either gives plain text.

    CP1251 maps almost every byte to a character and UTF-8 accepts control characters, so a
    binary file would "decode" too: bytes that no text holds (NUL in UTF-16 or in a PDF, for
    instance) refuse the file instead.
    """
    control = _CONTROL_BYTES.search(raw)
    if control is None:
        for encoding in ("utf-8-sig", "cp1251"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    try:
        raw.decode("utf-8-sig")
        bad = len(raw)
    except UnicodeDecodeError as error:
        bad = error.start
    if control is not None:
        bad = min(bad, control.start())
    raise ImportFormatError(f"{name}: not a UTF-8 or CP1251 text file (byte {bad} is not text)")


def read_text(path: str | Path) -> str:
    """The text of an article file: bounded, regular files only, UTF-8 or CP1251."""
    path = Path(path)
    return decode(read_bytes(path), path.name)
