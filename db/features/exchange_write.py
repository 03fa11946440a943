"""Writing an applied changeset back into the catalogue, through the store's own writes.

New records are inserted (relations after all of them exist, since they may point at each
other), changed ones saved as their next version, trash moves made as moves: each logged
in the history as ``imported`` by the person who made the change and the copy it came
from. Conflicts are kept; a field both sides now agree on closes its conflict; the base
moves on for every field agreed with the sender.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from db.features import exchange_travel as travel
from db.features.exchange_apply import Clash, Outcome
from db.store import records
from db.store.access import now
from db.store.model import CONTENT_FIELDS, Agreement
from db.store.progress import Progress, check

if TYPE_CHECKING:
    from db.catalog import Catalog


def stored_value(field: str, value: Any) -> str | None:
    """A travel value as ``exchange_conflicts`` keeps it: canonical JSON (the trash state
    as true or false)."""
    if value is None:
        return None
    return travel.canonical(value == 1) if field == travel.DELETED else str(value)


def _known_relations(conn: Any, a: Agreement) -> tuple[Agreement, dict[str, int]]:
    known = records.resolve_uuids(conn, (r.target for r in a.relations))
    kept = tuple(r for r in a.relations if r.target in known and r.target != a.uuid)
    return dataclasses.replace(a, relations=kept), known


def write_back(
    catalog: Catalog,
    facts: dict[str, Any],
    here: tuple[dict[str, travel.Row], dict[str, Agreement]],
    base: dict[str, travel.Row],
    outcome: Outcome,
    progress: Progress,
) -> tuple[int, int, int]:
    """Write ``outcome`` into the catalogue (``here``: this copy's travel rows of the
    touched records, and the records as read); returns (added, changed, conflicts)."""
    conn = catalog.conn
    mine, stored = here
    stamp = now()
    site = str(facts["site_id"])
    who: dict[str, dict[str, str]] = facts.get("changes", {})

    def by(uuid: str) -> str:
        name = who.get(uuid, {}).get("by") or facts.get("made_by", "")
        return f"{name} (copy {site[:8]})"

    added: list[tuple[int, Agreement]] = []
    for uuid in sorted(outcome.inserted - set(mine)):
        row = outcome.rows[uuid]
        a = dataclasses.replace(
            travel.agreement_of(row),
            version=1,
            updated_at=stamp,
            deleted_at=stamp if row[travel.DELETED] else None,
        )
        agreement_id = records.insert(conn, dataclasses.replace(a, relations=()), {})
        records.log(
            conn, agreement_id, 1, "imported", by(uuid), stamp, "", None,
            {"from_copy": site, "package": facts["package_id"]},
        )  # fmt: skip
        added.append((agreement_id, a))
    for agreement_id, a in added:
        with_known, known = _known_relations(conn, a)
        records.write_relations(conn, agreement_id, with_known, known)
    changed = 0
    for n, (uuid, before) in enumerate(mine.items(), 1):
        check(progress, n, len(mine))
        after = outcome.rows[uuid]
        if after != before:
            _save(catalog, stored[uuid], before, after, by(uuid), stamp)
            changed += 1
    _keep_clashes(catalog, facts, outcome.clashes, stamp)
    _agree(catalog, mine, base, outcome)
    return len(added), changed, len(outcome.clashes)


def _save(
    catalog: Catalog, stored: Agreement, before: travel.Row, row: travel.Row, by: str, stamp: str
) -> None:
    """Save the record as ``row`` says (``before``: as it was read, ``stored``)."""
    conn = catalog.conn
    saved = stored
    changed = [f for f in CONTENT_FIELDS if row[f] != before[f]]
    if changed:
        values = travel.fields_of(row, changed)
        if "relations" in changed:
            known = records.resolve_uuids(conn, (r.target for r in values["relations"]))
            values["relations"] = tuple(
                r for r in values["relations"] if r.target in known and r.target != stored.uuid
            )
        edited = dataclasses.replace(stored, **values)
        saved = records.save_edit(conn, stored, edited, "imported", by, stamp)
    if (saved.deleted_at is not None) != bool(row[travel.DELETED]):
        records.set_deleted(
            conn, saved, stamp if row[travel.DELETED] else None, "imported", by, stamp
        )


def mirror_conflicts(catalog: Catalog, facts: dict[str, Any]) -> int:
    """Open here the conflicts the sender still has open where this copy's value differs
    from the sender's: a conflict found on one side only (the sender saw this copy's
    change after making its own) is shown on both. Returns how many were opened."""
    listed = [c for c in facts.get("conflicts", []) if isinstance(c, list) and len(c) == 4]
    ids = travel.ids_of(catalog.conn, {c[0] for c in listed})
    rows, _ = travel.current_rows(catalog.conn, list(ids.values()))
    clashes = []
    for uuid, field, base, theirs in listed:
        if uuid in rows and field in travel.FIELDS:
            mine = stored_value(field, rows[uuid][field])
            if mine != theirs:
                clashes.append(Clash(uuid, field, base, mine, theirs))
    _keep_clashes(catalog, facts, clashes, now(), stored=True)
    return len(clashes)


def _keep_clashes(
    catalog: Catalog,
    facts: dict[str, Any],
    clashes: list[Clash],
    stamp: str,
    stored: bool = False,
) -> None:
    """Keep ``clashes`` as open conflicts (their values already as stored, or travel
    values to convert)."""
    kept = stored_value if not stored else (lambda _field, value: value)
    catalog.conn.executemany(
        "INSERT INTO exchange_conflicts (uuid, field, base, mine, theirs, from_site, "
        "from_user, package_id, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid, field) DO UPDATE SET theirs = excluded.theirs, "
        "mine = excluded.mine, from_site = excluded.from_site, "
        "from_user = excluded.from_user, package_id = excluded.package_id, "
        "found_at = excluded.found_at",
        [
            (
                c.uuid,
                c.field,
                kept(c.field, c.base),
                kept(c.field, c.mine),
                kept(c.field, c.theirs),
                facts["site_id"],
                facts.get("changes", {}).get(c.uuid, {}).get("by") or facts.get("made_by", ""),
                facts["package_id"],
                stamp,
            )
            for c in clashes
        ],
    )


def _agree(
    catalog: Catalog, mine: dict[str, travel.Row], base: dict[str, travel.Row], outcome: Outcome
) -> None:
    """Move the base on for every field now agreed with the sender, and close the
    conflicts on those fields (the other side settled on this copy's value)."""
    rows = []
    for uuid, taken in outcome.taken.items():
        start = base.get(uuid) or mine.get(uuid) or outcome.rows[uuid]
        rows.append({**start, **{k: v for k, v in taken.items() if k != "uuid"}})
        catalog.conn.executemany(
            "DELETE FROM exchange_conflicts WHERE uuid = ? AND field = ?",
            [(uuid, name) for name in taken if name in travel.FIELDS],
        )
    travel.save_base(catalog.conn, rows, {})
