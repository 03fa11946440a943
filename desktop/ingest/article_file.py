"""Reading an article file: only a regular file, only so much of it, UTF-8 or CP1251.

``pactum extract`` and the window's article dialog both read through here, so a named pipe
(which would block until something writes), a device such as ``/dev/zero`` (endless), a
folder or a file too large to be an article is refused with one sentence before anything
is read. Ukrainian Windows tools still save text in CP1251, so a file that is not UTF-8 is
read as CP1251 when it decodes to plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from db import ImportFormatError, read_bounded

#: The largest article file read, in bytes. A news item is a few KB and a long report a few
#: hundred; a saved web page with its scripts and styles reaches a few MB. Reading is linear
#: (at most about 2 s of CPU per MB of text), so even the largest file is read in seconds,
#: not minutes.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

#: Bytes that no text file holds, in UTF-8 or CP1251: control characters other than tab,
#: line and page breaks.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file, is too large to be an article,
    or is the catalogue this process has open (see ``db.safety.inputs.read_bounded``)."""
    return read_bounded(path, MAX_ARTICLE_BYTES, "an article reading")


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
