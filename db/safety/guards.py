"""Guards against hostile input that the record rules do not see: text that is not
Unicode at all, identifiers that are not UUIDs. (Where outputs may be written is
``db.safety.outputs``.)

Each returns or raises something a person can act on, instead of letting SQLite, the
file system or the codec fail later with a message nobody can read.
"""

from __future__ import annotations

import uuid as uuidlib
from typing import Any


def is_uuid(text: str) -> bool:
    """True for a UUID in any of its usual spellings; ids end up in names and addresses."""
    try:
        uuidlib.UUID(text)
    except ValueError:
        return False
    return True


def canonical_uuid(text: str) -> str:
    """The spelling the store keeps (lower case with hyphens), so that a UUID another tool
    wrote in capitals or braces still names the same record; other text is returned as is."""
    try:
        return str(uuidlib.UUID(text))
    except ValueError:
        return text


def first_non_unicode(data: Any) -> str | None:
    """The text before the first string that cannot be stored (lone surrogates, which a
    JSON ``\\uD800`` escape can produce though no UTF-8 file can hold one), or None."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError as error:
                    return item[max(0, error.start - 20) : error.start]
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
