"""The catalogue: one SQLite file and the only door into it.

Every write is one ``BEGIN IMMEDIATE`` transaction, so a second window or process waits
for the lock (briefly) instead of failing half-way, and a record is saved whole or not at
all. Updates quote the version they read; a stale one is refused, never merged silently.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from db.errors import (
    CatalogBusyError,
    FieldProblem,
    RecordNotFoundError,
    StaleRecordError,
    ValidationError,
)
from db.features.attachment_methods import AttachmentMethods
from db.features.feature_methods import FeatureMethods
from db.safety.backup import Backup, BackupError, Kind, create_backup, daily_backup_problem
from db.safety.cipher import OPERATIONAL_ERRORS, connect
from db.safety.opening import quick_check
from db.safety.outputs import ANY_NAME, check_output_path, claim
from db.search import engine, index
from db.store import facet_counts, queries, records, stored
from db.store.access import current_user, now
from db.store.changes import EVERYTHING, NOTHING, Changes
from db.store.model import (
    Agreement,
    AgreementRow,
    Change,
    FacetCount,
    Filters,
    Partnership,
)
from db.store.progress import NoProgress, Progress
from db.store.queries import SortKey
from db.store.schema import applied_migrations
from db.store.validation import problems

if TYPE_CHECKING:  # imported where used: a command loads only the features it runs
    pass

DEFAULT_HOME_PARTY = "UA"


class Catalog(AttachmentMethods, FeatureMethods):
    """An open catalogue. Use :func:`open_catalog` to get one; close it when done."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        user: str | None = None,
        passphrase: str | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.user = current_user() if user is None else user
        self.passphrase = passphrase
        """Kept in memory only, so backups of an encrypted catalogue are encrypted too."""
        self._changes = NOTHING
        self.backup_problem: str | None = None
        """Why today's automatic backup could not be made (the catalogue opened anyway)."""

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def interrupt(self) -> None:
        """Stop the statement running on this connection now (from any thread): a check
        of the whole file that nobody waits for any more fails with an interruption."""
        self.conn.interrupt()

    def verify(self) -> None:
        """Run SQLite's quick_check over the whole file; DamagedCatalogError on a finding."""
        quick_check(self.conn, str(self.path or ":memory:"))

    def save_copy(self, path: str | Path) -> None:
        """Write a consistent copy of the whole catalogue to ``path`` (SQLite's backup API).

        Safe while others read or write: one snapshot, made page by page into a new file
        (encrypted like the catalogue); a failure leaves no half-written copy behind, and
        no copy replaces the catalogue, its companions or its backups (``db.safety.outputs``).
        """
        target = check_output_path(Path(path), self.path, ANY_NAME)
        partial = target.with_name(f".{target.name}.partial")
        partial.unlink(missing_ok=True)
        claim(partial, Path(path))
        try:
            with contextlib.closing(connect(partial, passphrase=self.passphrase)) as copy:
                self.conn.backup(copy)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------

    def take_changes(self) -> Changes:
        """What the writes since the last call changed (see ``db.store.changes``), once."""
        taken, self._changes = self._changes, NOTHING
        return taken

    @contextlib.contextmanager
    def writing(self, changes: Changes = EVERYTHING) -> Iterator[sqlite3.Connection]:
        """One write transaction; waits up to the connection's busy timeout
        (db.opener.BUSY_TIMEOUT_S) for another writer. Once its
        block ends without an error, ``changes`` are noted (a caller that knows exactly
        what it touched passes NOTHING and notes that itself)."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.conn
            self._changes |= changes
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except OPERATIONAL_ERRORS as error:
            if "locked" in str(error) or "busy" in str(error):
                raise CatalogBusyError() from error
            raise
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except OPERATIONAL_ERRORS as error:
            self.conn.rollback()
            if "locked" in str(error) or "busy" in str(error):
                raise CatalogBusyError() from error
            raise
        self._changes |= changes

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: everything read inside sees the catalogue as it was at
        the first read, whatever other windows or processes commit meanwhile."""
        with stored.one_snapshot(self.conn) as conn:
            yield conn

    # -- backups --------------------------------------------------------------------

    def backup(self, kind: Kind = Kind.MANUAL) -> Backup:
        """A verified copy of the catalogue in ``backups/`` beside it, made now."""
        if self.path is None:
            raise BackupError("a catalogue in memory has no file to back up")
        return create_backup(self.conn, self.path, kind, passphrase=self.passphrase)

    def daily_backup(self, starting: Callable[[], object] = lambda: None) -> str | None:
        """Today's backup if none was made yet, ``starting`` called first (the window runs
        this on its worker, the command line after a command's first write of the day);
        returns why it failed, if so. The copy is verified: the whole file is checked."""
        if self.path is not None:
            self.backup_problem = daily_backup_problem(
                self.conn, self.path, self.passphrase, starting
            )
        return self.backup_problem

    # -- settings -------------------------------------------------------------------

    @property
    def home_party(self) -> str:
        """The party partnerships are counted from (default UA)."""
        row = self.conn.execute(
            "SELECT value FROM catalog_settings WHERE key = 'home_party'"
        ).fetchone()
        # A value another program stored that is no party key counts as no setting.
        return row[0] if row and type(row[0]) is str and row[0] else DEFAULT_HOME_PARTY

    def set_home_party(self, key: str) -> None:
        """Make ``key`` the party whose partnerships this catalogue describes."""
        with self.writing() as conn:
            conn.execute(
                "INSERT INTO catalog_settings (key, value) VALUES ('home_party', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key,),
            )

    # -- reading --------------------------------------------------------------------

    def _id_of(self, ref: int | str) -> int:
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isascii() and ref.isdigit()):
            if not 0 < int(ref) < 2**63:  # SQLite cannot even be asked about such an id
                raise RecordNotFoundError(ref)
            row = self.conn.execute("SELECT id FROM agreements WHERE id = ?", (int(ref),))
        else:
            row = self.conn.execute("SELECT id FROM agreements WHERE uuid = ?", (ref,))
        found = row.fetchone()
        if found is None:
            raise RecordNotFoundError(ref)
        agreement_id: int = found[0]
        return agreement_id

    def get(self, ref: int | str) -> Agreement:
        """The whole record by row id or UUID (trashed records included)."""
        agreement = records.load(self.conn, self._id_of(ref))
        assert agreement is not None
        return agreement

    def ids(
        self,
        filters: Filters = Filters(),
        sort: SortKey = SortKey.SIGNED_ON,
        descending: bool = True,
    ) -> list[int]:
        """Ids of the matching records, sorted: what a lazily filled table holds."""
        return queries.ids(self.conn, filters, sort, descending)

    def ids_in_chunks(
        self,
        filters: Filters = Filters(),
        sort: SortKey = SortKey.SIGNED_ON,
        descending: bool = True,
        first: int = 500,
        chunk: int = 50_000,
    ) -> Iterator[builtins.list[int]]:
        """The same ids as :meth:`ids`, the first ``first`` at once, then ``chunk`` at a time
        (a table of a million rows, filled while the window stays responsive)."""
        return queries.ids_in_chunks(self.conn, filters, sort, descending, first, chunk)

    def rows(self, agreement_ids: list[int]) -> list[AgreementRow]:
        """Table rows for ``agreement_ids``, in that order (one page of a lazy table)."""
        return queries.rows(self.conn, agreement_ids)

    # ``list`` below names this method inside the class body: later annotations say
    # ``builtins.list``.
    def list(
        self,
        filters: Filters = Filters(),
        sort: SortKey = SortKey.SIGNED_ON,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[AgreementRow]:
        """Matching records as table rows, newest first by default."""
        return queries.listing(self.conn, filters, sort, descending, limit)

    def count(self, filters: Filters = Filters()) -> int:
        """How many records match ``filters``."""
        return queries.count(self.conn, filters)

    def facets(self, filters: Filters = Filters()) -> dict[str, builtins.list[FacetCount]]:
        """Per facet (partner, kind, status, year, subject), the values among the matching
        records and how many have each."""
        return facet_counts.facets(self.conn, filters)

    def partnerships(self, home: str | None = None) -> builtins.list[Partnership]:
        """The home party's counterparts with their shared agreement counts."""
        return queries.partnerships(self.conn, home or self.home_party)

    def subjects(self) -> builtins.list[str]:
        """The shared subject vocabulary, alphabetically (for completion)."""
        return queries.subjects(self.conn)

    def subjects_of(self, ids: builtins.list[int]) -> dict[int, tuple[str, ...]]:
        """Each record's subjects (concept ids), for listings that show them."""
        return queries.subjects_of(self.conn, ids)

    def history(self, ref: int | str) -> builtins.list[Change]:
        """Every change to the record, oldest first."""
        agreement_id = self._id_of(ref)
        return [
            stored.change(agreement_id, row)
            for row in self.conn.execute(
                f"SELECT {stored.HISTORY_COLUMNS} FROM history WHERE agreement_id = ? ORDER BY id",
                (agreement_id,),
            )
        ]

    # -- writing --------------------------------------------------------------------

    def _validate(self, agreement: Agreement) -> None:
        found = problems(agreement)
        targets = [r.target for r in agreement.relations]
        if targets:
            known = records.resolve_uuids(self.conn, targets)
            found += [
                FieldProblem("relations", "relation_unknown_target", {"n": n})
                for n, relation in enumerate(agreement.relations, 1)
                if relation.target not in known
            ]
        if found:
            raise ValidationError(found)

    def add(self, agreement: Agreement) -> Agreement:
        """Save a new record; returns it with its id, UUID, version and timestamps."""
        stamp = now()
        new = dataclasses.replace(
            agreement,
            uuid=agreement.uuid or str(uuidlib.uuid4()),
            version=1,
            created_at=stamp,
            updated_at=stamp,
            deleted_at=None,
        )
        self._validate(new)
        with self.writing(NOTHING) as conn:
            targets = records.resolve_uuids(conn, (r.target for r in new.relations))
            agreement_id = records.insert(conn, new, targets)
            records.log(conn, agreement_id, 1, "created", self.user, stamp)
        self._changes |= Changes.of_record(agreement_id, vocabulary=True)
        # Read back: subjects take the vocabulary's spelling ("Drones" → "drones").
        return self.get(agreement_id)

    def _current(self, agreement: Agreement) -> Agreement:
        if agreement.id is None:
            return self.get(agreement.uuid)
        return self.get(agreement.id)

    def update(self, agreement: Agreement) -> Agreement:
        """Save an edited record read at ``agreement.version``; refuse if it moved on since."""
        self._validate(agreement)
        with self.writing(NOTHING):
            stored = self._current(agreement)
            if stored.version != agreement.version:
                raise StaleRecordError(stored.uuid, agreement.version, stored.version)
            saved = records.save_edit(self.conn, stored, agreement, "updated", self.user, now())
        self._changes |= Changes.of_record(saved.id or 0, vocabulary=True)
        return saved

    def _set_deleted(self, ref: int | str, version: int | None, deleted: bool) -> Agreement:
        with self.writing(NOTHING):
            stored = self.get(ref)
            if version is not None and stored.version != version:
                raise StaleRecordError(stored.uuid, version, stored.version)
            if (stored.deleted_at is not None) == deleted:
                return stored
            stamp = now()
            moved = records.set_deleted(
                self.conn,
                stored,
                stamp if deleted else None,
                "deleted" if deleted else "restored",
                self.user,
                stamp,
            )
        self._changes |= Changes.of_record(moved.id or 0)
        return moved

    def delete(self, ref: int | str, version: int | None = None) -> Agreement:
        """Move a record to the trash (``version``, when given, must still be current)."""
        return self._set_deleted(ref, version, True)

    def restore(self, ref: int | str, version: int | None = None) -> Agreement:
        """Bring a record back from the trash."""
        return self._set_deleted(ref, version, False)

    # -- the features, for callers outside db (thin facades over db.features, db.search) --

    def search(self, text: str, limit: int | None = 50) -> engine.SearchResult:
        """Ranked records matching a query in Pactum's search language (``db.search``)."""
        return engine.search(self, text, limit=limit)

    def reindex(self, progress: Progress = NoProgress()) -> int:
        """Rebuild the search index in one write transaction; how many records it holds."""
        return index.rebuild(self, progress)

    def schema_version(self) -> builtins.list[str]:
        """The migrations applied to this catalogue, oldest first (Help › About)."""
        return applied_migrations(self.conn)
