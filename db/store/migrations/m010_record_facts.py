"""Migration m010_record_facts: a covering index of what filters and facets read of a record.

A search or a facet count reads, for each of up to hundreds of thousands of records, only
whether it is live and its kind, status and date. Read from the table, each such record
costs a lookup in a B-tree whose rows hold the whole text of the agreement (about 1.3 µs
at a million records); from this index, whose entries are a few dozen bytes, about a
quarter of that (a broad search's filter, 171,000 matches: 223 to 50 ms). The statements
that read it name it (``INDEXED BY``, :data:`db.store.queries.RECORD_FACTS`), as SQLite
would otherwise prefer the table's own rowid.

Imported by ``db.store.schema`` at its end (see ``db.store.migrations``) and registered in
``db.store.migration_registry``; its SQL is frozen here like every shipped migration's.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration


@migration("m010_record_facts")
def m010_record_facts(db: Database) -> None:
    db.execute(
        "CREATE INDEX agreements_facts ON agreements (id, deleted_at, kind, status, signed_on)"
    )
