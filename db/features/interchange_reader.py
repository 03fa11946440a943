"""Reading an interchange file as a stream: one record at a time, whatever its size.

An import must take a file of a million records (2 GB and more) without holding it in
memory, and must still refuse a hostile one in one clear line. ``ijson`` builds each record
from the bytes as they come; a guard sees every chunk first and refuses, before the record
builder does, what the builder would not: text that is not UTF-8, a lone surrogate escape
(the C parser would quietly read it as "?") and nesting deeper than any record has (the
builder's memory grows with the square of the depth: a small file of brackets would exhaust
it). The header (format and version) is read before the first record, or, in a file that
puts it after the records (keys sorted), found by one more pass of the C parser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import accumulate, repeat
from operator import itemgetter
from typing import IO, Any

import ijson

from db.errors import ImportFormatError
from db.store.validation import MAX_TEXT

FORMAT = "pactum-catalogue"
FORMAT_VERSION = 1
MAX_DEPTH = 64
"""Deeper than any record nests (a history value is about ten levels down)."""
CHUNK = 4 * 1024**2
"""Bytes read at a time. The C parser reads a value split between chunks again from its
start with each chunk, so large chunks keep a long text from costing its length squared."""
MAX_VALUE_BYTES = 6 * MAX_TEXT + CHUNK
"""Longer than any value the rules let through: 10,000,000 characters written as JSON
(``\\uXXXX``: six bytes a character). A longer one is refused as soon as it is seen."""

_BOM = b"\xef\xbb\xbf"
_HIGH = rb"\\u[dD][89abAB][0-9a-fA-F]{2}"
_LOW = rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}"
_LONE_SURROGATE = re.compile(
    rb"(?<!\\)" + _HIGH + rb"(?!" + _LOW + rb")|(?<!" + _HIGH + rb")(?<!\\)" + _LOW
)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
"""Any surrogate escape, paired or not: found fast, so the exact search runs only where
one is."""
_TAIL = 12
"""Bytes of the previous chunk scanned again, so an escape split between chunks is seen."""
_STEP = {"start_map": 1, "start_array": 1, "end_map": -1, "end_array": -1}


class Guard:
    """A binary file as the record builder reads it, checked chunk by chunk on the way."""

    def __init__(self, raw: IO[bytes], name: str) -> None:
        self.raw = raw
        self.name = name
        self.offset = 0
        self.depth = 0
        self._quiet = 0
        self._tail = b""
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._events = ijson.sendable_list()
        self._parser = ijson.basic_parse_coro(self._events)

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing to learn whether the file gives bytes
            return b""
        chunk = self.raw.read(size)
        if self.offset == 0 and chunk.startswith(_BOM):
            chunk = chunk[len(_BOM) :]
            self.offset = len(_BOM)
        self._check(chunk)
        self.offset += len(chunk)
        return chunk

    def _check(self, chunk: bytes) -> None:
        try:
            self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at = self.offset + error.start
            raise ImportFormatError(
                f"{self.name}: not UTF-8 text (byte {at:,} cannot be read)"
            ) from error
        scanned = self._tail + chunk
        found = _SURROGATE_ESCAPE.search(scanned) and _LONE_SURROGATE.search(scanned)
        if found:
            at = self.offset - len(self._tail) + found.start()
            raise ImportFormatError(
                f"{self.name}: holds text that is not valid Unicode (a lone surrogate escape "
                f"such as \\ud800, at byte {at:,})"
            )
        self._tail = scanned[-_TAIL:]
        try:
            if chunk:
                self._parser.send(chunk)
            else:
                self._parser.close()
        except ijson.JSONError as error:
            raise self.invalid(error, self.offset + len(chunk)) from error
        self._quiet = 0 if self._events else self._quiet + len(chunk)
        if self._quiet > MAX_VALUE_BYTES:
            raise ImportFormatError(
                f"{self.name}: holds a value longer than {MAX_TEXT:,} characters, more than "
                "any field takes"
            )
        steps = list(map(_STEP.get, map(itemgetter(0), self._events), repeat(0)))
        del self._events[:]
        if steps and max(accumulate(steps, initial=self.depth)) > MAX_DEPTH:
            raise ImportFormatError(f"{self.name}: JSON nested too deeply")
        self.depth += sum(steps)

    def invalid(self, error: Exception, end: int | None = None) -> ImportFormatError:
        """The parser's complaint in one line, with how far into the file it was found."""
        first = str(error).strip().splitlines()[0] if str(error).strip() else "incomplete"
        where = self.offset if end is None else end
        return ImportFormatError(
            f"{self.name}: not valid JSON (within its first {where:,} bytes: {first.rstrip('.')})"
        )


def plain(value: Any) -> Any:
    """``value`` with every number as ``json`` reads it: a fraction as a float, a whole
    number of any size as an int (the C parser would refuse one past 64 bits as a float,
    so it gives fractions as Decimal, converted here)."""
    kind = type(value)
    if kind is dict:
        return {key: plain(item) for key, item in value.items()}
    if kind is list:
        return [plain(item) for item in value]
    if kind is Decimal:
        return float(value)
    return value


def _top_level(guard: Guard) -> tuple[dict[str, Any], bool]:
    """The header values that come before ``"agreements"``, and whether that key was
    found (and holds a list). Leaves ``guard`` to be read again from the start."""
    found: dict[str, Any] = {}
    key = None
    events = ijson.parse(guard, buf_size=CHUNK)
    try:
        _, event, _ = next(events, ("", "end", None))
        if event != "start_map":
            raise _not_ours(guard.name)
        for prefix, event, value in events:
            if prefix == "" and event == "map_key":
                key = value
            elif prefix == "agreements" and key == "agreements":
                return found, event == "start_array"
            elif prefix == key and event in ("string", "number", "boolean", "null"):
                found[key] = plain(value)
            elif prefix == "" and event == "end_map":
                break
    except ijson.JSONError as error:
        raise guard.invalid(error) from error
    return found, False


def _not_ours(name: str) -> ImportFormatError:
    return ImportFormatError(f'{name}: not a Pactum export (no "format": "{FORMAT}")')


def check_header(header: dict[str, Any], has_list: bool, name: str) -> None:
    """Refuse a document that is no Pactum export of a version this Pactum reads."""
    if header.get("format") != FORMAT:
        raise _not_ours(name)
    version = header.get("format_version")
    if version != FORMAT_VERSION:
        raise ImportFormatError(
            f"{name}: format version {version!r} is not supported (this Pactum reads "
            f"version {FORMAT_VERSION})"
        )
    if not has_list:
        raise ImportFormatError(f'{name}: "agreements" must be a list')


def _late(raw: IO[bytes], name: str, key: str) -> Any:
    """The top-level value ``key`` of a file that writes it after the records."""
    raw.seek(0)
    try:
        return plain(next(ijson.items(Guard(raw, name), key, buf_size=CHUNK), None))
    except ijson.JSONError as error:
        raise ImportFormatError(f"{name}: not valid JSON ({error})") from error


def open_records(raw: IO[bytes], name: str) -> tuple[Guard, Iterator[Any]]:
    """Each item of the file's ``"agreements"`` list, as plain JSON values, once the header
    is known to be right (ImportFormatError for anything that is not), and the guard whose
    ``offset`` says how far the reading has come."""
    header, has_list = _top_level(Guard(raw, name))
    if has_list and "format" not in header:
        header["format"] = _late(raw, name, "format")
    if has_list and "format_version" not in header:
        header["format_version"] = _late(raw, name, "format_version")
    check_header(header, has_list, name)
    raw.seek(0)
    guard = Guard(raw, name)
    return guard, _items(guard)


def _items(guard: Guard) -> Iterator[Any]:
    try:
        for item in ijson.items(guard, "agreements.item", buf_size=CHUNK):
            yield plain(item)
    except ijson.JSONError as error:
        raise guard.invalid(error) from error
