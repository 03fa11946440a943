"""The exchange's promise, as a property: two copies edited at random, exchanged both ways
with their conflicts resolved the same way, hold the same records field for field.

Few examples by default, so the suite stays fast; set PACTUM_EXCHANGE_EXAMPLES (say 300)
for a thorough run.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import (
    Catalog,
    CatalogError,
    Commitment,
    Filters,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    Status,
    open_conflicts,
    resolve_conflict,
)
from tests.db.exchange_helpers import copies, record, records_of, send

EXAMPLES = int(os.environ.get("PACTUM_EXCHANGE_EXAMPLES", "12"))

words = st.sampled_from(["Київ", "Vilnius", "дрони", "joint", "угода", "Ґ", "’", "x"])
text = st.lists(words, min_size=1, max_size=3).map(" ".join)
dates = st.builds(PartialDate, st.integers(1991, 2024), st.none() | st.integers(1, 12))
codes = st.lists(
    st.sampled_from(["UA", "LT", "PL", "CA", "SE"]), min_size=2, max_size=3, unique=True
)

FIELD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": text,
    "kind": st.sampled_from(list(Kind)),
    "status": st.sampled_from(list(Status)),
    "signed_on": st.none() | dates,
    "place": text,
    "summary": text,
    "full_text": text,
    "parties": codes.map(lambda cs: tuple(Party.state(c) for c in cs)),
    "signatories": st.lists(st.builds(Signatory, text, text), max_size=2).map(tuple),
    "subjects": st.lists(
        st.sampled_from(["дрони", "joint production", "finance"]), unique=True
    ).map(tuple),
    "commitments": st.lists(
        st.builds(Commitment, st.just(""), text, st.none() | st.floats(0, 100), text),
        max_size=2,
    ).map(tuple),
    "sources": st.lists(st.builds(Source, text), max_size=2).map(tuple),
    "notes": st.lists(text, max_size=2).map(tuple),
    "relations": st.just("relations"),  # pointed at another record when applied
}

ops = st.one_of(
    st.tuples(st.just("add"), text),
    st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(sorted(FIELD_VALUES))).flatmap(
        lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.just(t[2]), FIELD_VALUES[t[2]])
    ),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("restore"), st.integers(0, 20)),
    st.tuples(st.just("merge"), st.integers(0, 20), st.integers(0, 20)),
)
scripts = st.lists(ops, max_size=6)


def _run(catalog: Catalog, script: list[tuple[Any, ...]]) -> None:
    """Apply the edit script; an edit the store refuses (say, a relation to itself) is
    simply not made, as a person would see it refused."""
    for op in script:
        ids = sorted(catalog.ids() + catalog.ids(Filters(trash=True)))
        try:
            if op[0] == "add":
                catalog.add(record(op[1]))
                continue
            if not ids:
                continue

            def pick(n: int, ids: list[int] = ids) -> int:
                return ids[n % len(ids)]

            if op[0] == "edit":
                current = catalog.get(pick(op[1]))
                value = op[3]
                if op[2] == "relations":
                    target = catalog.get(pick(op[1] + 1))
                    value = (Relation(RelationKind.AMENDS, target.uuid),)
                catalog.update(dataclasses.replace(current, **{op[2]: value}))
            elif op[0] == "delete":
                catalog.delete(pick(op[1]))
            elif op[0] == "restore":
                catalog.restore(pick(op[1]))
            else:
                catalog.merge(catalog.get(pick(op[1])), catalog.get(pick(op[2])))
        except (CatalogError, ValueError):
            pass


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(script_a=scripts, script_b=scripts)
def test_two_copies_converge_after_exchanging_both_ways(
    script_a: list[tuple[Any, ...]], script_b: list[tuple[Any, ...]]
) -> None:
    with tempfile.TemporaryDirectory() as folder, copies(Path(folder), ("a", "b"), 3) as (a, b):
        _run(a, script_a)
        _run(b, script_b)
        send(a, b, Path(folder), "ab")
        send(b, a, Path(folder), "ba")
        for conflict in open_conflicts(a):  # resolved the same way: A's value wins
            resolve_conflict(a, conflict.uuid, conflict.field, "mine")
        for conflict in open_conflicts(b):
            resolve_conflict(b, conflict.uuid, conflict.field, "theirs")
        assert records_of(a, Path(folder)) == records_of(b, Path(folder))
        send(a, b, Path(folder), "ab2")
        send(b, a, Path(folder), "ba2")
        assert open_conflicts(a) == open_conflicts(b) == []
        assert records_of(a, Path(folder)) == records_of(b, Path(folder))
