"""Opening a catalogue: from a path to a :class:`~db.catalog.Catalog`, through every check.

A file is checked before anything is written to it, by checks whose cost does not grow
with the file: its header (magic, application id, size against its page count), SQLite's
own view of the application id, no migration from a newer Pactum, no foreign schema. It is
backed up (and so checked whole) before a migration, and brought up to date; anything that
is not a Pactum catalogue is refused untouched. A damaged page is SQLite's to find when it
is read (SQLITE_CORRUPT, raised as DamagedCatalogError); the whole file is checked when
asked (``pactum check``, :meth:`Catalog.verify`) and by every backup, which verifies its
copy (issue 14: opening a million records takes milliseconds, not minutes).
"""

from __future__ import annotations

from pathlib import Path

from db.catalog import Catalog
from db.safety.backup import Kind, create_backup, daily_backup_problem
from db.safety.cipher import key_for, require_application_id
from db.safety.opening import (
    check_application_id,
    check_file,
    migration_due,
    open_failure,
    quick_check,
    refuse_newer,
)
from db.search.index import ensure_current
from db.store.concepts import map_subjects
from db.store.connection import connect_catalog
from db.store.known_schema import refuse_foreign_schema
from db.store.schema import APPLICATION_ID, migrations

BUSY_TIMEOUT_S = 5.0


def open_catalog(
    path: str | Path | None,
    *,
    create: bool = False,
    user: str | None = None,
    verify: bool = False,
    passphrase: str | None = None,
    daily_backup: bool = False,
) -> Catalog:
    """Open (and bring up to date) the catalogue at ``path``; ``None`` opens one in memory.

    A missing file is created only with ``create=True`` (encrypted when a ``passphrase`` is
    given). Anything that is not a Pactum catalogue raises NotACatalogError or
    DamagedCatalogError and is not modified. An existing file is copied into ``backups/``
    before any migration. With ``daily_backup`` the day's first open also makes the day's
    backup (minutes on a million records: the window and the command line make it
    themselves, after a write, see :meth:`Catalog.daily_backup`). With ``verify`` (or when
    a migration is due) SQLite's whole-file quick_check runs first. A file not yet in WAL
    mode is checked all the same: switching it to WAL rewrites its header, and a damaged
    file must be refused before any write.
    """
    if path is None:
        db = connect_catalog(None, passphrase, BUSY_TIMEOUT_S)
        migrations.apply(db)
        map_subjects(db.conn)
        ensure_current(db.conn)
        return Catalog(db, None, user, passphrase)
    path = Path(path)
    existed = path.exists()
    passphrase = key_for(path, passphrase)
    if existed:
        check_file(path, encrypted=passphrase is not None)
    elif not create:
        raise FileNotFoundError(f"no catalogue at {path}")
    db = connect_catalog(path, passphrase, BUSY_TIMEOUT_S)
    backup_problem = None
    try:
        if existed:
            if passphrase is None:
                check_application_id(db.conn, str(path))
            else:
                require_application_id(db.conn, str(path), APPLICATION_ID)
            wal = db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            if verify or not wal or migration_due(db):
                quick_check(db.conn, str(path))
            refuse_newer(db, str(path))
            refuse_foreign_schema(db.conn, str(path))
        db.execute("PRAGMA journal_mode = WAL")
        if existed and migrations.pending(db):
            create_backup(db.conn, path, Kind.PRE_MIGRATION, passphrase=passphrase)
        migrations.apply(db)
        map_subjects(db.conn)
        ensure_current(db.conn)
        if existed and daily_backup:
            backup_problem = daily_backup_problem(db.conn, path, passphrase)
    except BaseException as error:
        db.close()
        failure = open_failure(error, db.conn, path)
        if failure is error:
            raise
        raise failure from error
    catalog = Catalog(db, path, user, passphrase)
    catalog.backup_problem = backup_problem
    return catalog
