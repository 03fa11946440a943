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
import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from db.errors import SearchIndexDamagedError
from db.safety.cipher import DATABASE_ERRORS, is_damage
from db.search import attachments as attached
from db.search import expansion, ranking, snippet
from db.search.countries import countries_of_adjective, country_of, names
from db.search.index import stored_texts
from db.search.names import loose, name_vocabulary
from db.search.normalise import forms, query_forms, token, words
from db.search.query import Parse, Term, parse
from db.store import queries
from db.store.countries import is_country
from db.store.model import AgreementRow, Filters
from db.store.queries import SortKey

if TYPE_CHECKING:
    from db.store.access import Store

Order = Literal["rank", "date"]
MIN_PREFIX = 3
"""Shortest word being typed that is also matched as a prefix: shorter ones match too much."""
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
    expanded: tuple[expansion.Expanded, ...] = ()  # words naming a concept, widened to it


@dataclass(frozen=True)
class Highlighter:
    """Marks, in any text, the words a query matched (:func:`highlighter`); immutable, so
    it can be made on a worker thread and used on another."""

    wanted: frozenset[str]
    prefixes: tuple[str, ...] = ()
    phrases: tuple[snippet.Phrase, ...] = ()
    """Quoted phrases: their words are marked only where they stand together, in order."""

    def parts(self, text: str) -> tuple[tuple[str, bool], ...]:
        """``text`` as (text, matched) parts; a phrase found is one part."""
        return snippet.marked(text, self.wanted, self.prefixes, self.phrases)


def _single_word_forms(name: str) -> tuple[str, ...]:
    """Forms of a one-word country name ("Литва"); longer names are left to phrases."""
    named = words(name)
    return query_forms(named[0]) if len(named) == 1 else ()


def _quote(form: str) -> str:
    return '"' + form.replace('"', "") + '"'


@dataclass
class _Expression:
    """What one query's words expand to: the MATCH text and the forms to highlight."""

    conn: sqlite3.Connection
    wanted: set[str]
    open_term: Term | None = None
    prefixes: tuple[str, ...] = ()
    match: str = ""
    """The MATCH for wanted records and for excluded ones (also run over attachments)."""
    exclude: str = ""
    phrases: tuple[snippet.Phrase, ...] = ()

    def word(self, term: Term) -> str:
        word = term.words[0]
        alternatives = dict.fromkeys(query_forms(word))
        prefix = token(word)
        if term is self.open_term and len(prefix) >= MIN_PREFIX:
            self.prefixes += (prefix,)
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
            from rapidfuzz import fuzz, process  # on first use: a command may never need it

            for _, _, match in process.extract(
                loose(word),
                name_vocabulary(self.conn),
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
        if prefix in self.prefixes:
            parts.append(_quote(prefix) + " *")
        return "(" + " OR ".join(parts) + ")"

    def phrase(self, term: Term) -> str:
        self.phrases += (tuple(frozenset(forms(w)) for w in term.words),)
        return _quote(" ".join(token(w) for w in term.words))

    def term(self, term: Term) -> str:
        return self.phrase(term) if term.phrase else self.word(term)

    def in_column(self, column: str, text: str) -> str:
        found = [
            "(" + " OR ".join(_quote(f) for f in self._remember(query_forms(w))) + ")"
            for w in words(text)
        ]
        return f"({{{column}}} : ({' AND '.join(found)}))" if found else ""

    def _remember(self, found: tuple[str, ...]) -> tuple[str, ...]:
        self.wanted.update(found)
        return found


def _open_term(parsed: Parse) -> Term | None:
    """The word being typed: the last term, when nothing follows it in the query."""
    last = parsed.chips[-1] if parsed.chips else None
    if last is None or last.kind != "word" or last.end != len(parsed.query):
        return None
    return parsed.groups[-1][-1]


def _plan(
    conn: sqlite3.Connection, parsed: Parse, typing: bool = False, expand: bool = True
) -> tuple[str, str, _Expression]:
    """The MATCH expression for the wanted records, the one for excluded ones, and what to
    highlight; an empty expression means no text condition (``expand``: see expansion)."""
    e = _Expression(conn, set(), _open_term(parsed) if typing else None)
    clauses = ["(" + " OR ".join(e.term(t) for t in group) + ")" for group in parsed.groups]
    clauses = expansion.widen(clauses, parsed, e.wanted) if expand else clauses
    clauses += [expansion.subject_clause(s, e, expand) for s in parsed.subjects]
    clauses += [e.in_column("parties", o) for o in parsed.organisations]
    positive = " AND ".join(c for c in clauses if c)
    negative = " OR ".join(_Expression(conn, set()).term(t) for t in parsed.excluded)
    e.match, e.exclude = positive, negative
    return positive, negative, e


def _with_files(
    conn: sqlite3.Connection,
    parsed: Parse,
    filters: Filters,
    order: Order,
    typing: bool,
    rank_window: int | None,
) -> Callable[..., tuple[list[tuple[int, float]], _Expression]]:
    """The search as ``run(limit, expand=...)``: the records' own matches, then those found
    only in an attached file. One run is "literal" or "widened" as a whole, so a word found
    only in a file still counts as a literal match (and the hit names the file)."""

    def run(limit: int | None, *, expand: bool) -> tuple[list[tuple[int, float]], _Expression]:
        found, e = _matching(conn, parsed, filters, order, limit, rank_window, typing, expand)
        return attached.widen(conn, found, e, (parsed.filters, filters), order, limit), e

    return run


def _matching(
    conn: sqlite3.Connection,
    parsed: Parse,
    filters: Filters,
    order: Order,
    limit: int | None,
    rank_window: int | None = None,
    typing: bool = False,
    expand: bool = True,
) -> tuple[list[tuple[int, float]], _Expression]:
    positive, negative, expression = _plan(conn, parsed, typing, expand)
    if parsed.empty or not (positive or negative or parsed.filters != Filters()):
        return [], expression
    mine_filters = dataclasses.replace(parsed.filters, trash=filters.trash)
    by_date = queries.order_by(SortKey.SIGNED_ON, True)
    if not positive:
        where, params = _where(mine_filters, filters, negative, "a.id")
        sql = f"SELECT a.id, 0.0 FROM agreements a WHERE {where} ORDER BY {by_date}"
        return _limited(conn, sql, params, limit), expression
    # The index is read first (CROSS JOIN keeps it outermost: SQLite would otherwise look
    # each record's rowid up in it, rescoring from scratch per row), and a filter's id set
    # is tested on its rowid before the record is read.
    where, params = _where(mine_filters, filters, negative, "+search_index.rowid")
    if order == "date":
        sql = (
            f"SELECT a.id, 0.0 FROM search_index CROSS JOIN agreements a {_FACTS} "
            f"ON a.id = search_index.rowid WHERE search_index MATCH ? AND {where} "
            f"ORDER BY {by_date}"
        )
        return _limited(conn, sql, [positive, *params], limit), expression
    if rank_window is None and limit is not None:
        tiered = ranking.title_first(conn, positive, where, params, limit)
        if tiered is not None:
            return tiered, expression
    # FTS5 sorts by its configured rank itself, scoring every match; with filters, scoring
    # only the rows that pass them (bm25 as an expression) is faster, and ranks the same.
    filtered = not _unfiltered(parsed.filters) or not _unfiltered(filters)
    score = ranking.BM25 if filtered else "rank"
    sql = (
        f"SELECT a.id, -{score} AS score FROM search_index "
        f"CROSS JOIN agreements a {_FACTS} ON a.id = search_index.rowid "
        f"WHERE search_index MATCH ? AND {where} {{window}} "
        f"ORDER BY {'score DESC' if filtered else 'search_index.rank'}"
    )
    if rank_window is not None and limit is not None:
        oldest = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (positive, max(0, rank_window - 1)),
        ).fetchone()
        if oldest is not None:
            windowed = _limited(
                conn,
                sql.format(window="AND search_index.rowid >= ?"),
                [positive, *params, oldest[0]],
                limit,
            )
            if len(windowed) >= limit:
                return windowed, expression
    return _limited(conn, sql.format(window=""), [positive, *params], limit), expression


_FACTS = f"INDEXED BY {queries.RECORD_FACTS}"
"""A match's record is read from the small covering index: the filters, the live test and
the date order need nothing else of it."""


def _where(mine: Filters, theirs: Filters, negative: str, ids_of: str) -> tuple[str, list[object]]:
    """The query's own filters, the caller's, and the excluded words, as one WHERE."""
    mine_sql, mine_params = queries.where(mine, ids_of=ids_of)
    their_sql, their_params = queries.where(theirs, ids_of=ids_of)
    where = f"{mine_sql} AND {their_sql}"
    params: list[object] = [*mine_params, *their_params]
    if negative:
        where += f" AND {ids_of} NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        params.append(negative)
    return where, params


def _unfiltered(filters: Filters) -> bool:
    return dataclasses.replace(filters, trash=False) == Filters()


def _limited(
    conn: sqlite3.Connection, sql: str, params: list[object], limit: int | None
) -> list[tuple[int, float]]:
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, max(0, limit)]
    return conn.execute(sql, params).fetchall()


def _index_readable(conn: sqlite3.Connection) -> bool:
    """True when the search index answers a query (so damage lies elsewhere)."""
    try:
        conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH 'a' LIMIT 1"
        ).fetchall()
    except DATABASE_ERRORS:
        return False
    return True


def _damaged_index_named[**P, R](find: Callable[P, R]) -> Callable[P, R]:
    """Damage met while searching is blamed on the index only when the index itself fails
    (SearchIndexDamagedError: rebuild it); any other damage propagates as it was."""

    @functools.wraps(find)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return find(*args, **kwargs)
        except DATABASE_ERRORS as error:
            catalog: Store = args[0]  # type: ignore[assignment]  # each takes it first
            if is_damage(error) and not _index_readable(catalog.conn):
                where = str(catalog.path or "the catalogue")
                raise SearchIndexDamagedError(where, str(error)) from error
            raise

    return checked


@_damaged_index_named
def search_ids(
    catalog: Store,
    text: str,
    order: Order = "rank",
    filters: Filters = Filters(),
    typing: bool = False,
) -> list[int]:
    """Ids of every record the query finds, best (or newest) first, within ``filters``."""
    parsed = parse(text)
    run = _with_files(catalog.conn, parsed, filters, order, typing, None)
    found, _ = expansion.literal_first(run, parsed, None, True, order == "rank")
    return [agreement_id for agreement_id, _ in found]


@_damaged_index_named
def search(
    catalog: Store,
    text: str,
    order: Order = "rank",
    limit: int | None = 50,
    filters: Filters = Filters(),
    rank_window: int | None = None,
    typing: bool = False,
    expand: bool = True,
) -> SearchResult:
    """Find records by a query (see :mod:`db.search.query`); never raises for any text.

    ``order`` is "rank" (bm25, titles and parties weigh most) or "date" (newest first);
    ``filters`` narrow the result further, as for :meth:`Catalog.list`.

    bm25 is computed for every match, which costs most of the time of a query matching a
    large share of a big catalogue. ``rank_window=N`` trades exactness for speed there: when
    more than N records match, only the N most recently added matches are ranked (unless
    fewer than ``limit`` of them pass the filters, then all are). None ranks all.

    ``typing=True`` is for search as you type: the last word, when the text ends with it,
    also matches as a prefix (from three letters), so "Лит" already finds Литва.
    ``expand=False`` searches the words alone, not the concepts they name (``expansion``).
    """
    parsed = parse(text)
    run = _with_files(catalog.conn, parsed, filters, order, typing, rank_window)
    found, expression = expansion.literal_first(run, parsed, limit, expand, order == "rank")
    ids = [agreement_id for agreement_id, _ in found]
    rows = {row.id: row for row in queries.rows(catalog.conn, ids)}
    made = _snippets(catalog.conn, ids, expression)
    hits = [Hit(i, score, made[i], rows[i]) for i, score in found]
    return SearchResult(tuple(hits), parsed, expansion.expansions(parsed) if expand else ())


@_damaged_index_named
def snippets(
    catalog: Store, text: str, ids: list[int], typing: bool = False
) -> dict[int, snippet.Snippet]:
    """The snippets :func:`search` would give ``ids`` for the query ``text``.

    A window lists every match (:func:`search_ids`) but shows snippets only for the rows
    on screen, so it asks for them a page at a time; ids no longer stored are left out."""
    _, _, expression = _plan(catalog.conn, parse(text), typing)
    return _snippets(catalog.conn, ids, expression)


def highlighter(catalog: Store, text: str, typing: bool = False) -> Highlighter:
    """What to mark in a found record shown in full: the forms the query looked for."""
    _, _, expression = _plan(catalog.conn, parse(text), typing)
    return Highlighter(frozenset(expression.wanted), expression.prefixes, expression.phrases)


def _snippets(
    conn: sqlite3.Connection, ids: list[int], expression: _Expression
) -> dict[int, snippet.Snippet]:
    raw = stored_texts(conn, ids) if ids else {}
    made = {}
    for agreement_id in ids:
        if agreement_id not in raw:
            continue
        title, parties, people, subjects, body = raw[agreement_id][0]
        fields = [
            ("body", body),
            ("title", title),
            ("people", people),
            ("subjects", subjects),
            ("parties", parties),
        ]
        made[agreement_id] = snippet.make(
            fields, expression.wanted, expression.prefixes, expression.phrases
        )
    return attached.snippets(
        conn, ids, made, expression.wanted, expression.prefixes, expression.phrases
    )
