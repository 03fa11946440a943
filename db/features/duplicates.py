"""What duplicate detection needs of every live record, in one pass over the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from db.store.model import Kind, PartialDate
from db.store.queries import _date, _texts
from db.store.stored import Values

if TYPE_CHECKING:
    from db.catalog import Catalog


@dataclass(frozen=True)
class Identity:
    """The fields that tell two records apart as documents: parties (sorted), kind, date,
    title. Cheap enough to hold for 100,000 records."""

    id: int
    parties: tuple[str, ...]
    kind: Kind
    signed_on: PartialDate | None
    title: str


@lru_cache(maxsize=65536)
def _sorted_keys(text: str) -> tuple[str, ...]:
    # Party lists repeat (UA–PL, UA–LT...): each distinct one decoded and sorted once.
    return tuple(sorted(_texts(text)))


_KINDS = {str(k): k for k in Kind}


def identities(catalog: Catalog) -> list[Identity]:
    """The identity of every live record (parties from the row's own ``party_list``, so
    no join is needed): values Pactum wrote the fast way, a million in seconds; any other
    value by value (db.store.stored), which leaves a damaged record out."""
    # One pass over the table in its own order: through an index of live records SQLite
    # would fetch every row by its id, half again slower.
    sql = (
        "SELECT id, party_list, kind, signed_on, title FROM agreements NOT INDEXED "
        "WHERE deleted_at IS NULL"
    )
    found = []
    for agreement_id, parties, kind, signed_on, title in catalog.conn.execute(sql):
        try:
            if type(title) is str and (signed_on is None or type(signed_on) is str):
                found.append(
                    Identity(
                        agreement_id,
                        _sorted_keys(parties),
                        _KINDS[kind],
                        _date(signed_on),
                        title,
                    )
                )
                continue
        except (KeyError, ValueError, TypeError, RecursionError):
            pass
        v = Values()
        identity = Identity(
            agreement_id,
            tuple(sorted(v.texts("parties", parties))),
            v.choice("kind", kind, Kind, Kind.OTHER),
            v.date("signed_on", signed_on),
            v.text("title", title),
        )
        if not v.damaged:  # a damaged record is no evidence of a duplicate
            found.append(identity)
    return found
