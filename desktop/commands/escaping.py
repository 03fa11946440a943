"""What a command prints is escaped where a terminal would obey it instead of showing it.

A title, a note or a party name may hold any character: typed, imported from a
spreadsheet or an article, or put there by whoever crafted the file. Printed raw, an
escape sequence (ESC, CSI) clears the screen, retitles the window or rewrites the line
above, and a bidirectional override makes a line read other than it is. Every command's
output passes through :class:`EscapingWriter`, which shows each such character as a
``\\uXXXX`` escape: readable, and in ``--json`` output a valid JSON escape of the very
same character, so the data survives. Tab and line breaks pass.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TextIO

_OBEYED = (
    *range(0x00, 0x20),  # C0 controls (ESC among them)
    0x7F,
    *range(0x80, 0xA0),  # C1 controls (CSI as one character among them)
    *range(0x202A, 0x202F),  # bidirectional embeddings and overrides
    *range(0x2066, 0x206A),  # bidirectional isolates
)
ESCAPES = {c: f"\\u{c:04x}" for c in _OBEYED if chr(c) not in "\t\n\r"}
"""Characters a terminal acts on → the escape printed instead."""


def escaped(text: str) -> str:
    """``text`` with every character a terminal would act on shown as an escape."""
    return text.translate(ESCAPES)


class EscapingWriter(io.TextIOBase):
    """A text stream writing through to ``inner``, escaping as :func:`escaped` does."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(escaped(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def fileno(self) -> int:
        return self.inner.fileno()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]  # the inner stream's
        return self.inner.encoding


@contextlib.contextmanager
def escaping_output() -> Iterator[None]:
    """Within, ``sys.stdout`` and ``sys.stderr`` escape what they are given."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingWriter(out), EscapingWriter(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
