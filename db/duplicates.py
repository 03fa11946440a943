"""What duplicate detection needs of every live record, in one pass over the catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from db.catalog import Catalog
from db.model import Kind, PartialDate

_SEP = "\x1f"


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
    """The identity of every live record."""
    sql = (
        f"SELECT a.id, (SELECT group_concat(party_key, '{_SEP}') FROM "
        "(SELECT party_key FROM parties WHERE agreement_id = a.id ORDER BY party_key)), "
        "a.kind, a.signed_on, a.title FROM agreements a WHERE a.deleted_at IS NULL"
    )
    return [
        Identity(
            agreement_id,
            tuple(parties.split(_SEP)) if parties else (),
            Kind(kind),
            PartialDate.parse(signed_on) if signed_on else None,
            title,
        )
        for agreement_id, parties, kind, signed_on, title in catalog.conn.execute(sql)
    ]
