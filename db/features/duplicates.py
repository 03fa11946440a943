"""What duplicate detection needs of every live record, in one pass over the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.store.model import Kind, PartialDate
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


def identities(catalog: Catalog) -> list[Identity]:
    """The identity of every live record (parties from the row's own ``party_list``, so
    no join is needed)."""
    sql = "SELECT id, party_list, kind, signed_on, title FROM agreements WHERE deleted_at IS NULL"
    found = []
    for agreement_id, parties, kind, signed_on, title in catalog.conn.execute(sql):
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
