"""Running a parsed query: FTS5 expression, filters, ranking, snippets.

Raw user text never reaches ``MATCH``: the expression is built here from normalised
forms, each quoted, so no input can make FTS5 raise a syntax error. Each query word is
widened to every form the index could hold for it (lemmas, stem, transliteration), to the
country it names (Lithuania ↔ Литва ↔ LT), to the country an adjective is made from
("литовська" → the party LT) and to names spelled closely in Latin (rapidfuzz), so one
word finds every way a record may put it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process

from db import queries
from db.countries import is_country
from db.model import AgreementRow, Filters
from db.queries import SortKey
from db.search import snippet
from db.search.countries import countries_of_adjective, country_of, names
from db.search.index import _chunk_texts
from db.search.normalise import forms, token, words
from db.search.query import Parse, Term, parse

if TYPE_CHECKING:
    from db.catalog import Catalog

Order = Literal["rank", "date"]
FUZZY_CUTOFF = 84
"""rapidfuzz ratio (of :func:`loose` forms) from which a Latin name in the catalogue
counts as a spelling of the query word ("McGuinty" → "makhinti" scores 93)."""


@dataclass(frozen=True)
class Hit:
    """One found record: higher ``score`` is more relevant (0 when ordered by date only)."""

    id: int
    score: float
    snippet: snippet.Snippet
    row: AgreementRow


@dataclass(frozen=True)
class SearchResult:
    """The hits (best or newest first) and how the query was read (for its chips)."""

    hits: tuple[Hit, ...]
    parse: Parse


_names_cache: dict[int, tuple[sqlite3.Connection, tuple[int, int], dict[str, str]]] = {}
_LOOSE = (("mc", "mak"), ("kh", "h"), ("g", "h"), ("y", "i"), ("j", "i"), ("w", "v"), ("c", "k"))


def loose(name: str) -> str:
    """A Latin name with the letters English and the national spelling disagree on merged
    (Jonson/Yonson, McGuinty/Makhinti, Zelensky/Zelenskyi), doubled letters single."""
    for old, new in _LOOSE:
        name = name.replace(old, new)
    return "".join(c for n, c in enumerate(name) if n == 0 or name[n - 1] != c)


_CACHED_CONNECTIONS = 4


def _name_vocabulary(conn: sqlite3.Connection) -> dict[str, str]:
    """Latin name terms (→ their loose form), reloaded only after the catalogue changed."""
    version = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    cached = _names_cache.get(id(conn))
    if cached is None or cached[0] is not conn or cached[1] != version:
        terms = {r[0]: loose(r[0]) for r in conn.execute("SELECT term FROM search_names")}
        cached = (conn, version, terms)
        _names_cache.pop(id(conn), None)
        _names_cache[id(conn)] = cached
        while len(_names_cache) > _CACHED_CONNECTIONS:
            del _names_cache[next(iter(_names_cache))]
    return cached[2]


def _single_word_forms(name: str) -> tuple[str, ...]:
    """Forms of a one-word country name ("Литва"); longer names are left to phrases."""
    named = words(name)
    return forms(named[0]) if len(named) == 1 else ()


def _quote(form: str) -> str:
    return '"' + form.replace('"', "") + '"'


@dataclass
class _Expression:
    """What one query's words expand to: the MATCH text and the forms to highlight."""

    conn: sqlite3.Connection
    wanted: set[str]

    def word(self, term: Term) -> str:
        word = term.words[0]
        alternatives = dict.fromkeys(forms(word))
        party_codes: list[str] = []
        code = None
        if len(term.original) == 2 and term.original.isupper() and is_country(term.original):
            code = term.original
        elif len(word) > 2:
            code = country_of(word)
        if code:
            party_codes.append(code)
            for name in names(code):
                alternatives.update(dict.fromkeys(_single_word_forms(name)))
        for adjective_of in countries_of_adjective(word):
            party_codes.append(adjective_of)
            self.wanted.update(f for name in names(adjective_of) for f in _single_word_forms(name))
        if word.isascii() and word.isalpha() and len(word) >= 4:
            for _, _, match in process.extract(
                loose(word),
                _name_vocabulary(self.conn),
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_CUTOFF,
                limit=5,
            ):
                alternatives[match] = None
        self.wanted.update(alternatives)
        parts = [_quote(f) for f in alternatives]
        if party_codes:
            codes = " OR ".join(_quote(token(c.lower())) for c in dict.fromkeys(party_codes))
            parts.append(f"({{parties}} : ({codes}))")
        return "(" + " OR ".join(parts) + ")"

    def phrase(self, term: Term) -> str:
        for w in term.words:
            self.wanted.update(forms(w))
        return _quote(" ".join(token(w) for w in term.words))

    def term(self, term: Term) -> str:
        return self.phrase(term) if term.phrase else self.word(term)

    def in_column(self, column: str, text: str) -> str:
        found = [
            "(" + " OR ".join(_quote(f) for f in self._remember(forms(w))) + ")"
            for w in words(text)
        ]
        return f"({{{column}}} : ({' AND '.join(found)}))" if found else ""

    def _remember(self, found: tuple[str, ...]) -> tuple[str, ...]:
        self.wanted.update(found)
        return found


def _plan(conn: sqlite3.Connection, parsed: Parse) -> tuple[str, str, set[str]]:
    """The MATCH expression for the wanted records, the one for excluded ones, and the
    forms to highlight; an empty expression means no text condition."""
    e = _Expression(conn, set())
    clauses = ["(" + " OR ".join(e.term(t) for t in group) + ")" for group in parsed.groups]
    clauses += [e.in_column("subjects", s) for s in parsed.subjects]
    clauses += [e.in_column("parties", o) for o in parsed.organisations]
    positive = " AND ".join(c for c in clauses if c)
    negative = " OR ".join(_Expression(conn, set()).term(t) for t in parsed.excluded)
    return positive, negative, e.wanted


def _matching(
    conn: sqlite3.Connection, parsed: Parse, filters: Filters, order: Order, limit: int | None
) -> tuple[list[tuple[int, float]], set[str]]:
    positive, negative, wanted = _plan(conn, parsed)
    if parsed.empty or not (positive or negative or parsed.filters != Filters()):
        return [], wanted
    mine, mine_params = queries.where(dataclasses.replace(parsed.filters, trash=filters.trash))
    theirs, their_params = queries.where(filters)
    where = f"{mine} AND {theirs}"
    params: list[object] = [*mine_params, *their_params]
    if negative:
        where += " AND a.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        params.append(negative)
    by_date = queries.order_by(SortKey.SIGNED_ON, True)
    if positive:
        sql = (
            "SELECT a.id, -search_index.rank FROM search_index "
            "JOIN agreements a ON a.id = search_index.rowid "
            f"WHERE search_index MATCH ? AND {where} "
            f"ORDER BY {'search_index.rank' if order == 'rank' else by_date}"
        )
        params.insert(0, positive)
    else:
        sql = f"SELECT a.id, 0.0 FROM agreements a WHERE {where} ORDER BY {by_date}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    return conn.execute(sql, params).fetchall(), wanted


def search_ids(
    catalog: Catalog, text: str, order: Order = "rank", filters: Filters = Filters()
) -> list[int]:
    """Ids of every record the query finds, best (or newest) first, within ``filters``."""
    found, _ = _matching(catalog.conn, parse(text), filters, order, None)
    return [agreement_id for agreement_id, _ in found]


def search(
    catalog: Catalog,
    text: str,
    order: Order = "rank",
    limit: int | None = 50,
    filters: Filters = Filters(),
) -> SearchResult:
    """Find records by a query (see :mod:`db.search.query`); never raises for any text.

    ``order`` is "rank" (bm25, titles and parties weigh most) or "date" (newest first);
    ``filters`` narrow the result further, as for :meth:`Catalog.list`.
    """
    parsed = parse(text)
    found, wanted = _matching(catalog.conn, parsed, filters, order, limit)
    ids = [agreement_id for agreement_id, _ in found]
    rows = {row.id: row for row in queries.rows(catalog.conn, ids)}
    raw = _chunk_texts(catalog.conn, ids) if ids else {}
    hits = []
    for agreement_id, score in found:
        title, parties, people, subjects, body = raw[agreement_id][0]
        fields = [
            ("body", body),
            ("title", title),
            ("people", people),
            ("subjects", subjects),
            ("parties", parties),
        ]
        hits.append(Hit(agreement_id, score, snippet.make(fields, wanted), rows[agreement_id]))
    return SearchResult(tuple(hits), parsed)
