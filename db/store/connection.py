"""One connection to a catalogue, set up as every part of the store expects it.

Foreign keys on; the file's own SQL (triggers, views, defaults) barred from functions
with side effects; text that is not UTF-8 read as bytes rather than failing a whole
query (db.store.stored); a Unicode ``casefold`` for subjects. A file whose schema cannot even
be read is refused here, the connection closed, as damaged.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from db.errors import DamagedCatalogError
from db.safety.cipher import DATABASE_ERRORS, connect
from db.safety.failures import as_catalog_error
from db.safety.opening import open_failure
from db.store import stored


def connect_catalog(path: Path | None, passphrase: str | None, timeout: float) -> Database:
    """Open ``path`` (``None``: in memory) as a catalogue connection."""
    conn = connect(path, passphrase=passphrase, timeout=timeout)
    db = Database(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        # Defence in depth behind db.store.known_schema: SQL in the file's schema may not call
        # functions with side effects or other programs' virtual tables.
        db.execute("PRAGMA trusted_schema = OFF")
        # 64 MB of page cache: a 100,000-record catalogue's hot indexes stay in memory.
        # (The first statement that reads the schema: a malformed one fails here.)
        db.execute("PRAGMA cache_size = -65536")
    except DATABASE_ERRORS as error:
        conn.close()
        if path is not None:  # in use (replaced meanwhile), busy, read-only, or damaged
            raise open_failure(error, conn, path) from error
        raise as_catalog_error(error, ":memory:") or DamagedCatalogError(
            ":memory:", str(error)
        ) from error
    stored.read_leniently(conn)
    # NOCASE folds ASCII only; subjects match without regard to case in any script.
    conn.create_function("casefold", 1, str.casefold, deterministic=True)
    return db
