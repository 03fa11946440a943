"""Reading and writing one agreement and its child rows.

A record spans eight tables; these functions are the only place that knows how it is
spread across them. They run inside a transaction the caller opened and never commit.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable

from db.search.index import index_record, unindex_record
from db.store import stored
from db.store.codec import encode_field, encode_gdp, encode_stages
from db.store.model import (
    CONTENT_FIELDS,
    Agreement,
    PartialDate,
)
from db.store.thesaurus import subject_key, thesaurus

_CHILD_TABLES = (
    "parties",
    "signatories",
    "agreement_subjects",
    "commitments",
    "sources",
    "relations",
    "notes",
)


def _iso(value: PartialDate | None) -> str | None:
    return value.iso() if value is not None else None


def _lists(a: Agreement) -> tuple[str, str]:
    """The denormalised party and signatory lists the agreements table keeps for listing."""
    return (
        json.dumps(a.party_keys, ensure_ascii=False),
        json.dumps([s.name for s in a.signatories], ensure_ascii=False),
    )


def _content_columns(a: Agreement) -> tuple[object, ...]:
    """The row's own content columns, kind to the translations, as both writes name them."""
    return (
        str(a.kind),
        a.title,
        _iso(a.signed_on),
        str(a.signed_on.precision) if a.signed_on else None,
        a.place,
        str(a.status),
        a.summary,
        a.full_text,
        a.title_translation,
        a.summary_translation,
    )


def insert(
    conn: sqlite3.Connection,
    a: Agreement,
    uuid_to_id: dict[str, int],
    subject_cache: dict[str, int] | None = None,
) -> int:
    """Insert ``a`` (with its store fields already set) and its children; return its id."""
    cursor = conn.execute(
        "INSERT INTO agreements (uuid, kind, title, signed_on, signed_precision, place, "
        "status, summary, full_text, title_translation, summary_translation, version, "
        "created_at, updated_at, deleted_at, party_list, signatory_list) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.uuid,
            *_content_columns(a),
            a.version,
            a.created_at,
            a.updated_at,
            a.deleted_at,
            *_lists(a),
        ),
    )
    agreement_id = cursor.lastrowid
    assert agreement_id is not None
    write_children(conn, agreement_id, a, uuid_to_id, subject_cache)
    index_record(conn, agreement_id, a)
    return agreement_id


def update_row(conn: sqlite3.Connection, agreement_id: int, a: Agreement) -> None:
    """Overwrite the scalar fields and the children of an existing record."""
    unindex_record(conn, agreement_id)
    conn.execute(
        "UPDATE agreements SET kind = ?, title = ?, signed_on = ?, signed_precision = ?, "
        "place = ?, status = ?, summary = ?, full_text = ?, title_translation = ?, "
        "summary_translation = ?, version = ?, updated_at = ?, "
        "deleted_at = ?, party_list = ?, signatory_list = ? WHERE id = ?",
        (
            *_content_columns(a),
            a.version,
            a.updated_at,
            a.deleted_at,
            *_lists(a),
            agreement_id,
        ),
    )
    same = _unchanged_children(conn, agreement_id, a)
    for table in _CHILD_TABLES:
        if table not in same:
            conn.execute(f"DELETE FROM {table} WHERE agreement_id = ?", (agreement_id,))
    targets = resolve_uuids(conn, (r.target for r in a.relations))
    write_children(conn, agreement_id, a, targets, keep=same)
    index_record(conn, agreement_id, a)


def _unchanged_children(conn: sqlite3.Connection, agreement_id: int, a: Agreement) -> set[str]:
    """The record's parties and subjects, when an edit leaves them as they are: rewriting
    them would make the summary triggers (m005) take the record out of every count and put
    it back, and recompute the partnership dates it may hold, for nothing."""
    same = set()
    parties = conn.execute(
        "SELECT position, country_code, organisation, party_key FROM parties "
        "WHERE agreement_id = ? ORDER BY position",
        (agreement_id,),
    ).fetchall()
    if parties == [(n, p.code, p.organisation, p.key) for n, p in enumerate(a.parties)]:
        same.add("parties")
    subjects = conn.execute(
        "SELECT s.name FROM agreement_subjects x JOIN subjects s ON s.id = x.subject_id "
        "WHERE x.agreement_id = ? ORDER BY x.position",
        (agreement_id,),
    ).fetchall()
    if [name for (name,) in subjects] == list(a.subjects):
        same.add("agreement_subjects")
    return same


def resolve_uuids(conn: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT uuid, id FROM agreements WHERE uuid IN ({marks})", chunk)
        )
    return found


def subject_ids(
    conn: sqlite3.Connection, names: Iterable[str], cache: dict[str, int] | None = None
) -> dict[str, int]:
    """Ids of the named subjects, creating the missing ones. A name that is any label of a
    thesaurus concept is stored as the concept's id; others (local concepts) as typed,
    matched without regard to case.

    ``cache`` (casefolded name → id) spares a bulk import one query per subject use; it is
    only valid inside the transaction that filled it.
    """
    cache = {} if cache is None else cache
    ids: dict[str, int] = {}
    for name in names:
        concept = thesaurus().canonical(name)
        folded = concept.casefold()
        if folded not in cache:
            row = conn.execute("SELECT id FROM subjects WHERE name = ?", (concept,)).fetchone()
            if row is not None:
                cache[folded] = row[0]
            else:
                # The column's NOCASE folds only ASCII: "Дрони" and "дрони" are matched
                # against the whole (small) vocabulary, casefolded in Python.
                for known_id, known in conn.execute("SELECT id, name FROM subjects"):
                    cache.setdefault(known.casefold(), known_id)
            if folded not in cache:
                cursor = conn.execute("INSERT INTO subjects (name) VALUES (?)", (concept,))
                assert cursor.lastrowid is not None
                cache[folded] = cursor.lastrowid
        ids[name] = cache[folded]
    return ids


def write_children(
    conn: sqlite3.Connection,
    agreement_id: int,
    a: Agreement,
    uuid_to_id: dict[str, int],
    subject_cache: dict[str, int] | None = None,
    keep: set[str] | None = None,
) -> None:
    """Insert the record's child rows (but those of the tables in ``keep``, left as stored)."""
    keep = keep or set()
    if "parties" not in keep:
        conn.executemany(
            "INSERT INTO parties (agreement_id, position, country_code, organisation, "
            "party_key) VALUES (?, ?, ?, ?, ?)",
            [(agreement_id, n, p.code, p.organisation, p.key) for n, p in enumerate(a.parties)],
        )
    conn.executemany(
        "INSERT INTO signatories (agreement_id, position, name, role, party_key) "
        "VALUES (?, ?, ?, ?, ?)",
        [(agreement_id, n, s.name, s.role, s.party) for n, s in enumerate(a.signatories)],
    )
    if "agreement_subjects" not in keep:
        ids = subject_ids(conn, a.subjects, subject_cache)
        conn.executemany(
            "INSERT INTO agreement_subjects (agreement_id, subject_id, position) VALUES (?, ?, ?)",
            [(agreement_id, ids[s], n) for n, s in enumerate(a.subjects)],
        )
    conn.executemany(
        "INSERT INTO commitments (agreement_id, position, party_key, description, amount, "
        "unit, until, stage, stages, gdp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                agreement_id,
                n,
                c.party,
                c.description,
                c.amount,
                c.unit,
                _iso(c.until),
                str(c.stage),
                json.dumps(encode_stages(c.stages), ensure_ascii=False),
                "" if c.gdp is None else json.dumps(encode_gdp(c.gdp), ensure_ascii=False),
            )
            for n, c in enumerate(a.commitments)
        ],
    )
    conn.executemany(
        "INSERT INTO sources (agreement_id, position, outlet, url, published_on, quotation) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (agreement_id, n, s.outlet, s.url, _iso(s.published_on), s.quotation)
            for n, s in enumerate(a.sources)
        ],
    )
    write_relations(conn, agreement_id, a, uuid_to_id)
    conn.executemany(
        "INSERT INTO notes (agreement_id, position, body) VALUES (?, ?, ?)",
        [(agreement_id, n, body) for n, body in enumerate(a.notes)],
    )


def write_relations(
    conn: sqlite3.Connection, agreement_id: int, a: Agreement, uuid_to_id: dict[str, int]
) -> None:
    conn.executemany(
        "INSERT INTO relations (agreement_id, position, kind, target_id) VALUES (?, ?, ?, ?)",
        [(agreement_id, n, str(r.kind), uuid_to_id[r.target]) for n, r in enumerate(a.relations)],
    )


def load(conn: sqlite3.Connection, agreement_id: int) -> Agreement | None:
    """The whole record, or None if no row has this id; a value another program stored
    that Pactum cannot read is named in ``damaged`` instead of raising (db.store.stored)."""
    return stored.load_many(conn, [agreement_id]).get(agreement_id)


def log(
    conn: sqlite3.Connection,
    agreement_id: int,
    version: int,
    action: str,
    by: str,
    at: str,
    field: str = "",
    old: object = None,
    new: object = None,
) -> None:
    """Append one change to the record's history (values as JSON; None stays NULL)."""
    conn.execute(
        "INSERT INTO history (agreement_id, version, action, field, old_value, new_value, "
        "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            agreement_id,
            version,
            action,
            field,
            None if old is None else json.dumps(old, ensure_ascii=False),
            None if new is None else json.dumps(new, ensure_ascii=False),
            at,
            by,
        ),
    )


def same_content(stored: Agreement, other: Agreement) -> bool:
    """True when ``other`` would save as ``stored`` reads: every content field equal, the
    subjects as the concepts they name (the vocabulary keeps one id for "UAV" and "дрони"). A field
    ``stored`` holds damaged is never the same as anything."""
    if any(d.field in CONTENT_FIELDS for d in stored.damaged):
        return False
    if [subject_key(s) for s in stored.subjects] != [subject_key(s) for s in other.subjects]:
        return False
    return all(getattr(stored, f) == getattr(other, f) for f in CONTENT_FIELDS if f != "subjects")


def save_edit(
    conn: sqlite3.Connection,
    stored: Agreement,
    edited: Agreement,
    action: str,
    by: str,
    at: str,
) -> Agreement:
    """Write ``edited`` over ``stored`` as the next version, logging each changed field.

    Returns ``stored`` itself when no field differs, so nothing is written or logged. A
    field ``stored`` holds damaged (db.store.stored) is always rewritten, and the history keeps
    the value it held, as stored.
    """
    damaged: dict[str, str] = {}
    for d in stored.damaged:
        damaged[d.field] = f"{damaged[d.field]}; {d.value}" if d.field in damaged else d.value
    changed = [
        f for f in CONTENT_FIELDS if f in damaged or getattr(stored, f) != getattr(edited, f)
    ]
    if not changed:
        return stored
    assert stored.id is not None
    saved = dataclasses.replace(
        edited,
        id=stored.id,
        uuid=stored.uuid,
        version=stored.version + 1,
        created_at=stored.created_at,
        updated_at=at,
        deleted_at=stored.deleted_at,
        damaged=tuple(d for d in stored.damaged if d.field not in CONTENT_FIELDS),
    )
    update_row(conn, stored.id, saved)
    for name in changed:
        old = damaged[name] if name in damaged else encode_field(stored, name)
        log(conn, stored.id, saved.version, action, by, at, name, old, encode_field(saved, name))
    return saved


def set_deleted(
    conn: sqlite3.Connection,
    stored: Agreement,
    deleted_at: str | None,
    action: str,
    by: str,
    at: str,
) -> Agreement:
    """Move ``stored`` into (a stamp) or out of (None) the trash as its next version.

    Only the row's trash state changes: the search index keeps trashed records.
    """
    assert stored.id is not None
    saved = dataclasses.replace(
        stored, version=stored.version + 1, updated_at=at, deleted_at=deleted_at
    )
    conn.execute(
        "UPDATE agreements SET deleted_at = ?, version = ?, updated_at = ? WHERE id = ?",
        (deleted_at, saved.version, at, stored.id),
    )
    log(conn, stored.id, saved.version, action, by, at, "deleted_at", stored.deleted_at, deleted_at)
    return saved
