"""Opening a catalogue: from a path to a :class:`~db.catalog.Catalog`, through every check.

A file is checked (header, SQLite's quick_check, application id, not from a newer Pactum,
no foreign schema) before anything is written to it, backed up before a migration and once
a day, and brought up to date; anything that is not a Pactum catalogue is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from db.catalog import Catalog
from db.safety.backup import Kind, create_backup, daily_backup_problem
from db.safety.cipher import key_for, require_application_id
from db.safety.opening import check_file, migration_due, open_failure, quick_check, refuse_newer
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
    verify: bool = True,
    passphrase: str | None = None,
    daily_backup: bool = True,
) -> Catalog:
    """Open (and bring up to date) the catalogue at ``path``; ``None`` opens one in memory.

    A missing file is created only with ``create=True`` (encrypted when a ``passphrase`` is
    given). Anything that is not a Pactum catalogue raises NotACatalogError or
    DamagedCatalogError and is not modified. An existing file is copied into ``backups/``
    before any migration and, unless ``daily_backup=False`` (the caller then runs
    :meth:`Catalog.daily_backup` in the background: seconds on a large file), on the first
    open of each day. ``verify=False`` skips SQLite's whole-file quick_check (seconds on a
    large file) when no migration is due, for a caller that runs :meth:`Catalog.verify`
    itself straight after — the window does, in the background; the header checks still
    refuse other files. A file not yet in WAL mode is checked all the same: switching it
    to WAL rewrites its header, and a damaged file must be refused before any write.
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
            wal = db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            if verify or not wal or migration_due(db):
                quick_check(db.conn, str(path))
            if passphrase is not None:
                require_application_id(db.conn, str(path), APPLICATION_ID)
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
