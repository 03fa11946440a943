"""Search that understands Ukrainian: the index, the query language, ranked results.

Qt-free like the rest of ``db``; the window and ``pactum search`` call these functions.
Reusable text normalisation lives in :mod:`db.search.normalise` (``words``, ``lemmas``,
``forms``, ``normalise``).
"""

from db.search.countries import country_of
from db.search.engine import (
    Highlighter,
    Hit,
    SearchResult,
    highlighter,
    search,
    search_ids,
    snippets,
)
from db.search.expansion import Expanded, expansions
from db.search.index import rebuild, reindex
from db.search.normalise import lemmas, normalise
from db.search.query import Chip, Parse, Term, parse
from db.search.saved import SavedSearch, delete_saved_search, save_search, saved_searches
from db.search.snippet import Snippet

__all__ = [
    "Chip",
    "Expanded",
    "Highlighter",
    "Hit",
    "Parse",
    "SavedSearch",
    "SearchResult",
    "Snippet",
    "Term",
    "country_of",
    "delete_saved_search",
    "expansions",
    "highlighter",
    "lemmas",
    "normalise",
    "parse",
    "rebuild",
    "reindex",
    "save_search",
    "saved_searches",
    "search",
    "search_ids",
    "snippets",
]
