"""Hostile interchange files: each gets a clear error and leaves the catalogue unchanged.

Wrong types, missing fields, 50 MB strings, invalid UTF-8, lone surrogates, JSON bombs,
numbers SQLite cannot hold, and (by hypothesis) any JSON value in any field.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import CatalogError, Filters, open_catalog
from db.features.interchange import import_data, import_file
from tests.db.safety_helpers import export_dict, sample, snapshot

BIG = 50 * 1024 * 1024
BASE = export_dict([sample(1, "hostile ")])
RECORD = BASE["agreements"][0]


def with_record(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["agreements"][0].update(changes)
    return data


def without(field: str) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    del data["agreements"][0][field]
    return data


def history(**entry: Any) -> dict[str, Any]:
    base = {"version": 1, "action": "created", "field": "", "changed_at": "2025-01-01"}
    return with_record(history=[{**base, **entry}])


def text(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    # wrong types
    "title is a number": (lambda: text(with_record(title=5)), "title must be text"),
    "parties is a string": (lambda: text(with_record(parties="UA,LT")), "parties: must be a list"),
    "signed_on is a list": (
        lambda: text(with_record(signed_on=[2025])),
        "signed_on must be a date",
    ),
    "version is text": (lambda: text(with_record(version="x")), "version: must be a whole number"),
    "amount is text": (
        lambda: text(
            with_record(commitments=[{"party": "UA", "description": "x", "amount": "lots"}])
        ),
        "amount must be a number",
    ),
    "notes nested": (lambda: text(with_record(notes=[[["x"]]])), "notes: must be a list of texts"),
    "uuid is a number": (lambda: text(with_record(uuid=5)), "uuid must be text"),
    "uuid is a path": (lambda: text(with_record(uuid="../../etc/passwd")), "is not a UUID"),
    "agreements is an object": (lambda: text({**BASE, "agreements": {"a": 1}}), "must be a list"),
    "record is null": (lambda: text({**BASE, "agreements": [None]}), "must be an object"),
    "history is text": (lambda: text(with_record(history="x")), "history: must be a list"),
    "history author is a list": (lambda: text(history(changed_by=[1])), "entry 1 is malformed"),
    "kind is SQL": (
        lambda: text(with_record(kind="treaty'; DROP TABLE agreements;--")),
        "is not one of",
    ),
    # missing fields
    "no title": (lambda: text(without("title")), "title"),
    "no parties": (lambda: text(without("parties")), "at least two parties"),
    "no kind": (lambda: text(without("kind")), "kind"),
    "empty record": (lambda: text({**BASE, "agreements": [{}]}), "title"),
    "no format": (lambda: text({"agreements": []}), "not a Pactum export"),
    # numbers SQLite cannot hold
    "version 10^30": (lambda: text(with_record(version=10**30)), "version: must be a whole number"),
    "history version 10^30": (lambda: text(history(version=10**30)), "entry 1 is malformed"),
    "amount 10^400": (
        lambda: text(
            with_record(commitments=[{"party": "UA", "description": "x", "amount": 10**400}])
        ),
        "amount is too large",
    ),
    # 50 MB strings
    "50 MB title": (lambda: text(with_record(title="Я" * BIG)), "longer than 10,000,000"),
    "50 MB note": (lambda: text(with_record(notes=["n" * BIG])), "longer than 10,000,000"),
    "50 MB subject": (lambda: text(with_record(subjects=["s" * BIG])), "longer than 10,000"),
    "50 MB organisation": (
        lambda: text(with_record(parties=[{"country": "UA"}, {"organisation": "o" * BIG}])),
        "longer than 10,000",
    ),
    # encodings
    "invalid UTF-8": (lambda: text(BASE).replace(b"hostile", b"host\xff\xfele"), "not UTF-8 text"),
    "UTF-16": (lambda: json.dumps(BASE).encode("utf-16"), "not UTF-8 text"),
    "lone surrogate": (
        lambda: json.dumps(with_record(title="bad \ud800 title")).encode("ascii"),
        "not valid Unicode",
    ),
    "surrogate in history": (
        lambda: json.dumps(history(changed_by="\udfff")).encode("ascii"),
        "not valid Unicode",
    ),
    # bombs and garbage
    "nested array bomb": (lambda: b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    "nested object bomb": (lambda: b'{"a":' * 200_000 + b"1" + b"}" * 200_000, "nested too deeply"),
    "bomb inside a record": (
        lambda: text(BASE).replace(
            b'"notes": [', b'"notes": [' + b"[" * 100_000 + b"]" * 100_000 + b","
        ),
        "nested too deeply",
    ),
    "30,000 empty records": (
        lambda: (
            b'{"format": "pactum-catalogue", "format_version": 1, "agreements": ['
            + b",".join([b"{}"] * 30_000)
            + b"]}"
        ),
        "(and 59990 more)",
    ),
    "truncated": (lambda: text(BASE)[:-40], "not valid JSON"),
    "binary": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not UTF-8 text"),
    "empty file": (lambda: b"", "not valid JSON"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_gets_a_clear_error_and_changes_nothing(
    name: str, demo_file: Path, tmp_path: Path
) -> None:
    make, message = HOSTILE[name]
    before = snapshot(demo_file)
    path = tmp_path / "hostile.json"
    path.write_bytes(make())
    with open_catalog(demo_file) as catalog, pytest.raises(CatalogError) as error:
        import_file(catalog, path)
    assert message in str(error.value)
    assert len(str(error.value)) < 2000  # one readable message, not a dump
    assert snapshot(demo_file) == before


def test_sql_in_text_is_stored_verbatim_not_run(demo_file: Path, tmp_path: Path) -> None:
    evil = "x'); DROP TABLE agreements; --"
    path = tmp_path / "evil.json"
    path.write_bytes(text(with_record(title=evil, notes=[evil], subjects=[evil])))
    with open_catalog(demo_file) as catalog:
        import_file(catalog, path)
        assert catalog.count() == 4
        assert any(row.title == evil for row in catalog.list())


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from([*RECORD, "history", "uuid", "version", "deleted_at"]), value=JSON)
def test_any_value_in_any_field_is_saved_or_refused_cleanly(field: str, value: Any) -> None:
    with open_catalog(None) as catalog:
        try:
            import_data(catalog, with_record(**{field: value}))
        except CatalogError:
            assert catalog.count() == 0
            assert catalog.conn.execute("SELECT count(*) FROM history").fetchone() == (0,)
        else:
            # A record with a deletion stamp is saved too: in the trash.
            assert catalog.count() + catalog.count(Filters(trash=True)) == 1


@pytest.mark.parametrize("stamp", ["", None])
def test_an_empty_deletion_stamp_imports_a_live_record(stamp: str | None) -> None:
    with open_catalog(None) as catalog:
        import_data(catalog, with_record(deleted_at=stamp))
        assert catalog.count() == 1
        assert catalog.count(Filters(trash=True)) == 0
        (row,) = catalog.list()
        assert catalog.get(row.id).deleted_at is None
