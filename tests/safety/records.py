"""Records with a row in every child table, for the damaged-value tests."""

from __future__ import annotations

from typing import Any

from db import (
    Agreement,
    Catalog,
    Commitment,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
)


def record(n: int, **changes: Any) -> Agreement:
    """A record with a row in every child table."""
    fields: dict[str, Any] = dict(
        title=f"Угода про співпрацю {n}",
        kind=Kind.AGREEMENT,
        parties=(Party.state("UA"), Party.state("PL"), Party.org("NATO")),
        signed_on=PartialDate(2024, 1 + n % 12, 1 + n % 28),
        place="Київ",
        signatories=(Signatory("Олена Петренко", "міністр", "UA"),),
        subjects=("defence", f"topic {n}"),
        commitments=(Commitment("PL", "постачання", 0.25, "% of GDP", PartialDate(2027)),),
        summary="Сторони домовились.",
        full_text="Текст угоди.",
        sources=(Source("Укрінформ", "https://example.org/a", PartialDate(2024, 2), "цитата"),),
        notes=("нотатка",),
    )
    fields.update(changes)
    return Agreement(**fields)


def fill(catalog: Catalog, n: int = 3) -> list[Agreement]:
    """``n`` records; the second relates to the first."""
    first = catalog.add(record(1))
    added = [first, catalog.add(record(2, relations=(Relation(RelationKind.AMENDS, first.uuid),)))]
    added += [catalog.add(record(i)) for i in range(3, n + 1)]
    return added
