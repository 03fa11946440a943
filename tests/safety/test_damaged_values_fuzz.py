"""Any garbage in any column of a stored record: every way of reading it still works.

Hypothesis writes wrong types, bad dates, text that is not JSON or not UTF-8, NULLs, huge
numbers and blobs into one column of one record (past CHECK constraints, as the sqlite3
shell can), then lists, gets, searches, checks, exports and gathers a briefing: nothing may
raise, the check never calls the file damaged, and the exported file imports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from db import Catalog, CatalogError, Filters, open_catalog
from db.features.duplicates import identities
from db.features.interchange import export_json, import_data, parse
from db.features.matrix import MatrixAxis, matrix_counts
from db.features.versions import version_at, versions
from db.safety.check import check_connection
from db.search import search
from db.search.saved import save_search, saved_searches
from desktop.briefing.content import Scope, gather, summarise
from tests.safety.records import fill

COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements": (
        "uuid",
        "kind",
        "title",
        "signed_on",
        "signed_precision",
        "place",
        "status",
        "version",
        "created_at",
        "updated_at",
        "deleted_at",
        "party_list",
        "signatory_list",
        "summary",
        "full_text",
    ),
    "parties": ("position", "country_code", "organisation", "party_key"),
    "signatories": ("position", "name", "role", "party_key"),
    "subjects": ("name",),
    "agreement_subjects": ("position",),
    "commitments": ("position", "party_key", "description", "amount", "unit", "until"),
    "sources": ("position", "outlet", "url", "published_on", "quotation"),
    "relations": ("position", "kind"),
    "notes": ("position", "body"),
    "history": (
        "version",
        "action",
        "field",
        "old_value",
        "new_value",
        "changed_at",
        "changed_by",
    ),
    "catalog_settings": ("value",),
    "saved_searches": ("name", "query", "sort", "created_at"),
    "search_names": ("term",),
}
WHERE = {
    "agreements": "id = 2",
    "subjects": "id = (SELECT subject_id FROM agreement_subjects WHERE agreement_id = 2)",
    "catalog_settings": "1",
    "saved_searches": "1",
    "search_names": "term = (SELECT min(term) FROM search_names)",
}
GARBAGE = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.sampled_from(
        [
            "2025-8-5",
            "2025-13",
            "0000",
            "9999-12-31",
            "",
            " ",
            "[",
            "{}",
            "null",
            "[1, 2]",
            '["UA", 5]',
            '"UA"',
            "[" * 5000,
            "treatise",
            "2025-02-30",
            "Ⅻ",
            "\x00",
        ]
    ),
)


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[tuple[Catalog, Catalog]]:
    """A catalogue to write garbage into (each example rolled back) and an empty one to
    check the exported files against."""
    with open_catalog(None, user="tester") as catalog, open_catalog(None) as empty:
        fill(catalog, 3)
        catalog.set_home_party("UA")
        save_search(catalog, "mine", "угода Петренко")
        yield catalog, empty


def _read_everything(catalog: Catalog, empty: Catalog) -> None:
    """Every way the program reads records; none may raise (a typed CatalogError is a
    clear answer, allowed only where noted)."""
    for trash in (False, True):
        rows = catalog.list(Filters(trash=trash))
        catalog.rows([r.id for r in rows])
    for agreement_id in (1, 2, 3):
        catalog.get(agreement_id)
        catalog.history(agreement_id)
        for version in versions(catalog, agreement_id):
            # A history that cannot be replayed is said so, in one line.
            with contextlib.suppress(CatalogError):
                version_at(catalog, agreement_id, version)
    catalog.facets(Filters())
    assert all(type(p.partner) is str for p in catalog.partnerships())
    identities(catalog)
    for axis in MatrixAxis:
        matrix_counts(catalog, axis)
    for text in ("угода", "Київ", "2024", "PL", "Petrenko", "Petrenca"):
        search(catalog, text)
    for saved in saved_searches(catalog):
        search(catalog, saved.query, order=saved.sort)
    part = gather(catalog, "UA", "PL", Scope(), _Quiet(), 0, 3)
    summarise(part, dt.date(2025, 1, 1))
    report = check_connection(catalog.conn, ":memory:")
    # A bad value is never damage of the file (the search index, which another program's
    # edit leaves behind, may need rebuilding).
    assert all(p.startswith(("search index", "rebuild")) for p in report.problems)
    out = io.StringIO()
    exported = export_json(catalog, out)
    assert exported.written + len(exported.left_out) == 3
    empty.conn.execute("SAVEPOINT imported")  # the file imports whole; then undone
    try:
        assert import_data(empty, parse(out.getvalue())).added == exported.written
    finally:
        empty.conn.execute("ROLLBACK TO imported")
        empty.conn.execute("RELEASE imported")
    damaged = catalog.get(2).damaged + catalog.rows([2])[0].damaged
    if damaged:
        assert 2 in {r.agreement_id for r in exported.left_out} or not catalog.get(2).damaged
        assert any(str(d) in line for line in report.bad_records for d in damaged)


class _Quiet:
    def set(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(target=("agreements", "signed_on"), value="2025-8-5", as_text=False)
@example(target=("agreements", "title"), value=b"A\xffB", as_text=True)
@example(target=("history", "old_value"), value="{oops", as_text=False)
@example(target=("saved_searches", "name"), value=b"\x00\xff", as_text=False)
@example(target=("search_names", "term"), value=b"\xff", as_text=True)
@example(target=("parties", "party_key"), value=b"PL", as_text=False)
@given(
    target=st.sampled_from([(t, c) for t, columns in COLUMNS.items() for c in columns]),
    value=GARBAGE,
    as_text=st.booleans(),
)
def test_any_garbage_in_any_column_never_breaks_reading(
    fuzzed: tuple[Catalog, Catalog], target: tuple[str, str], value: object, as_text: bool
) -> None:
    catalog, empty = fuzzed
    table, column = target
    where = WHERE.get(table, "rowid = (SELECT min(rowid) FROM {t} WHERE agreement_id = 2)")
    # Bytes written as TEXT make text that is not UTF-8.
    cast = "CAST(? AS TEXT)" if as_text and isinstance(value, bytes) else "?"
    conn = catalog.conn
    conn.execute("SAVEPOINT fuzz")
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            conn.execute(
                f"UPDATE {table} SET {column} = {cast} WHERE {where.format(t=table)}", (value,)
            )
        except sqlite3.IntegrityError:
            return  # NOT NULL and UNIQUE hold even for the sqlite3 shell
        finally:
            conn.execute("PRAGMA ignore_check_constraints = OFF")
        _read_everything(catalog, empty)
    finally:
        conn.execute("ROLLBACK TO fuzz")
        conn.execute("RELEASE fuzz")
