"""Ranking a broad query without scoring every match: the records matching in their title
first, scored exactly.

FTS5 scores a match with bm25 at about a microsecond a row (it reads the row's column
sizes), so a word in half of a million-record catalogue costs half a second to rank
although only the best 20 are shown. Those best ones match in the title: bm25 weighs a
title hit ten times a hit in the text. So when a query matches many records and far fewer
match in the title, only the title matches are ranked, each with its exact bm25 over the
whole query, and the rest are ranked only when the title matches cannot fill the page.

The exact score of a title match comes from FTS5 itself, in two passes over the title
matches only: bm25 of ``T AND E`` (T being E with a ``{title}`` column filter) is the sum
of each phrase's own term, so it is E's exact score plus T's, and T's is bm25 of ``T``
alone. That the best records match in the title is what makes this tier worth reading
first, not what keeps it exact within the tier; the scale benchmark prints how many of the
top 20 the exact ranking over every match shares (it has been 100% on its 50 queries).
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from typing import Any

from db.search.index import WEIGHTS
from db.store.queries import RECORD_FACTS

BM25 = f"bm25(search_index, {', '.join(map(str, WEIGHTS))})"
"""bm25 with the index's column weights, as an expression (FTS5's ``rank`` is the same)."""

TIER_FROM = 5_000
"""Matches from which ranking every one costs more (tens of ms) than reading the title
matches first; below it every match is ranked as before."""

TIER_SHARE = 0.3
"""The title matches must be at most this share of all matches to be worth a tier of
their own: a phrase every title holds ("лист про наміри") is ranked whole."""


def title_first(
    conn: sqlite3.Connection, match: str, where: str, params: list[object], limit: int
) -> list[tuple[int, float]] | None:
    """The best ``limit`` (id, score) of the records matching ``match`` that pass ``where``
    (over ``a`` and ``search_index``), ranked among the title matches, best first; None
    when the query should be ranked whole (few matches, or too many in titles, or fewer
    than ``limit`` title matches pass the filters)."""
    tier = f"{{title}} : ({match})"
    in_tier = _count(conn, tier)
    if in_tier < limit:
        return None
    total = _count(conn, match)
    if total < TIER_FROM or in_tier > TIER_SHARE * total:
        return None
    joint = conn.execute(
        f"SELECT search_index.rowid, {BM25} FROM search_index CROSS JOIN agreements a "
        f"INDEXED BY {RECORD_FACTS} ON a.id = search_index.rowid "
        f"WHERE search_index MATCH ? AND {where}",
        [f"({tier}) AND ({match})", *params],
    ).fetchall()
    if len(joint) < limit:
        return None
    own = dict(_scores(conn, tier, [i for i, _ in joint] if len(joint) < in_tier // 2 else None))
    # bm25 is negative in FTS5 (lower is better); a score here is higher-is-better.
    return heapq.nlargest(limit, ((i, own[i] - s) for i, s in joint), key=_best)


def _best(hit: tuple[int, float]) -> tuple[float, int]:
    """Higher score first; among equal scores the lower id, as the whole ranking does."""
    return hit[1], -hit[0]


def _scores(conn: sqlite3.Connection, match: str, ids: list[int] | None) -> list[Any]:
    """(rowid, bm25) of the matches of ``match``, of only ``ids`` when given (bm25 is
    computed only for the rows that pass the WHERE)."""
    if ids is None:
        sql, params = f"SELECT rowid, {BM25} FROM search_index WHERE search_index MATCH ?", [match]
    else:
        sql = (
            f"SELECT rowid, {BM25} FROM search_index WHERE search_index MATCH ? "
            "AND +rowid IN (SELECT value FROM json_each(?))"
        )
        params = [match, json.dumps(ids)]
    return conn.execute(sql, params).fetchall()


def _count(conn: sqlite3.Connection, match: str) -> int:
    """How many records a MATCH finds (FTS5 counts without reading a row)."""
    row = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (match,)
    ).fetchone()
    return int(row[0])
