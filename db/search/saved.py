"""Saved searches ("smart views"): named queries kept in the catalogue, shared by everyone
who opens it, so the window's sidebar and ``pactum search --saved`` list the same ones."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.errors import FieldProblem, ValidationError
from db.store.access import now

if TYPE_CHECKING:
    from db.store.access import Store


@dataclass(frozen=True)
class SavedSearch:
    """A named query and the order its results are shown in ("rank" or "date")."""

    id: int
    name: str
    query: str
    sort: str = "rank"
    created_at: str = ""


def saved_searches(catalog: Store) -> list[SavedSearch]:
    """Every saved search, by name; one whose name or query another program stored as
    something other than text is left out, an unknown order read as "rank"."""
    return [
        SavedSearch(
            saved_id, name, query, sort if sort in ("rank", "date") else "rank", str(created)
        )
        for saved_id, name, query, sort, created in catalog.conn.execute(
            "SELECT id, name, query, sort, created_at FROM saved_searches "
            "ORDER BY name COLLATE NOCASE"
        )
        if type(name) is str and type(query) is str
    ]


def save_search(catalog: Store, name: str, query: str, sort: str = "rank") -> SavedSearch:
    """Save (or, under an existing name, replace) a query."""
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", "saved_search_unnamed"))
    if sort not in ("rank", "date"):
        problems.append(FieldProblem("sort", "saved_search_sort"))
    if problems:
        raise ValidationError(problems)
    with catalog.writing() as conn:
        conn.execute(
            "INSERT INTO saved_searches (name, query, sort, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET query = excluded.query, sort = excluded.sort",
            (name.strip(), query, sort, now()),
        )
        return _by_name(conn, name.strip())


def delete_saved_search(catalog: Store, ref: int | str) -> bool:
    """Forget a saved search, by id or name; False when there was none."""
    with catalog.writing() as conn:
        column = "id" if isinstance(ref, int) else "name"
        return conn.execute(f"DELETE FROM saved_searches WHERE {column} = ?", (ref,)).rowcount > 0


def _by_name(conn: sqlite3.Connection, name: str) -> SavedSearch:
    row = conn.execute(
        "SELECT id, name, query, sort, created_at FROM saved_searches WHERE name = ?", (name,)
    ).fetchone()
    return SavedSearch(*row)
