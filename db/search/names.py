"""People's and organisations' Latin names, as a query may spell them: the catalogue's
name vocabulary (``search_names``), kept per connection until the catalogue changes, and
the loose form that merges the letters English and the national spelling disagree on.
"""

from __future__ import annotations

import sqlite3

_names_cache: dict[int, tuple[sqlite3.Connection, tuple[int, int], dict[str, str]]] = {}
_LOOSE = (("mc", "mak"), ("kh", "h"), ("g", "h"), ("y", "i"), ("j", "i"), ("w", "v"), ("c", "k"))


def loose(name: str) -> str:
    """A Latin name with the letters English and the national spelling disagree on merged
    (Jonson/Yonson, McGuinty/Makhinti, Zelensky/Zelenskyi), doubled letters single."""
    for old, new in _LOOSE:
        name = name.replace(old, new)
    return "".join(c for n, c in enumerate(name) if n == 0 or name[n - 1] != c)


_CACHED_CONNECTIONS = 4


def name_vocabulary(conn: sqlite3.Connection) -> dict[str, str]:
    """Latin name terms (→ their loose form), reloaded only after the catalogue changed."""
    version = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    cached = _names_cache.get(id(conn))
    if cached is None or cached[0] is not conn or cached[1] != version:
        terms = {
            term: loose(term)
            for (term,) in conn.execute("SELECT term FROM search_names")
            if type(term) is str  # not a blob another program stored
        }
        cached = (conn, version, terms)
        _names_cache.pop(id(conn), None)
        _names_cache[id(conn)] = cached
        while len(_names_cache) > _CACHED_CONNECTIONS:
            del _names_cache[next(iter(_names_cache))]
    return cached[2]
