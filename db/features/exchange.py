"""Working as a team offline: copies of one catalogue exchange their changes on a stick.

``clone`` makes a copy for another workstation (same catalogue id, its own site id).
``export_changes`` writes a package of what this copy changed since it last exchanged,
diffed by SQLite's session extension against the base snapshot (``exchange_travel``), with
every package this copy made or applied before (so changes reach copies it never met, and
each applies once). ``import_changes`` applies another copy's package in one transaction
(``exchange_apply``): different fields merge, a field changed on both sides is kept as a
conflict for a person to resolve (``exchange_conflicts``). Records are written back
through the store's own writes, so history, search index and listings stay right.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import apsw

from db.errors import (
    OutputPathError,
    PackageAppliedError,
    PackageDamagedError,
    PackageForeignError,
    PackageSchemaError,
)
from db.features import exchange_travel as travel
from db.features.exchange_apply import apply_changeset, changed_fields, hold_disputed, touched
from db.features.exchange_package import (
    FORMAT,
    FORMAT_VERSION,
    Package,
    genuine,
    read_package,
    sign,
    write_package,
)
from db.features.exchange_write import mirror_conflicts, write_back
from db.safety.cipher import connect
from db.safety.outputs import ANY_NAME, check_output_path, claim, shown
from db.store.access import now
from db.store.progress import NoProgress, Progress, check
from db.store.schema import applied_migrations

if TYPE_CHECKING:
    from db.catalog import Catalog


@dataclass(frozen=True)
class ExchangeReport:
    """What an export or import did: records added and changed, conflicts found, and
    how many packages were written or applied."""

    added: int = 0
    changed: int = 0
    conflicts: int = 0
    packages: int = 0


def identity(catalog: Catalog) -> dict[str, str]:
    """This copy's catalogue id, site id and signing key."""
    return dict(catalog.conn.execute("SELECT key, value FROM exchange_identity").fetchall())


def _all_rows(catalog: Catalog) -> tuple[dict[str, travel.Row], dict[str, int]]:
    ids = [row[0] for row in catalog.conn.execute("SELECT id FROM agreements ORDER BY id")]
    rows, found = travel.current_rows(catalog.conn, ids)
    return rows, travel.versions(found)


def clone_catalogue(catalog: Catalog, path: str | Path) -> Path:
    """Copy the catalogue to ``path`` for another workstation: the same catalogue id, a
    new site id; the common starting point is recorded on both sides (a catalogue that
    never exchanged takes its present state as the base)."""
    target = check_output_path(Path(path), catalog.path, ANY_NAME)
    if target.exists():
        raise OutputPathError(shown(path), "exists already: give a new file name")
    partial = target.with_name(f".{target.name}.clone")
    claim(partial, Path(path))  # before the base is saved: a refused clone changes nothing
    partial.unlink()
    with catalog.writing():
        if catalog.conn.execute("SELECT count(*) FROM exchange_base").fetchone()[0] == 0:
            rows, versions = _all_rows(catalog)
            travel.save_base(catalog.conn, rows.values(), versions)
    # The copy takes its own site id before it gets its name: a copy that shared its
    # origin's would take the origin's packages for its own.
    try:
        catalog.save_copy(partial)
        with contextlib.closing(connect(partial, passphrase=catalog.passphrase)) as copy:
            copy.execute(
                "UPDATE exchange_identity SET value = lower(hex(randomblob(16))) "
                "WHERE key = 'site_id'"
            )
            copy.execute("DELETE FROM exchange_conflicts")
            copy.commit()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _manifest(catalog: Catalog, ident: dict[str, str], changeset: bytes) -> str:
    uuids = touched(changeset)
    ids = travel.ids_of(catalog.conn, uuids)
    who: dict[str, dict[str, str]] = {}
    for uuid, agreement_id in ids.items():
        last = catalog.conn.execute(
            "SELECT changed_by, changed_at FROM history WHERE agreement_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (agreement_id,),
        ).fetchone()
        if last is not None:
            who[uuid] = {"by": last[0], "at": last[1]}
    counts = {"added": 0, "changed": 0}
    for change in apsw.Changeset.iter(changeset):
        counts["added" if change.op == "INSERT" else "changed"] += 1
    facts = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": str(uuidlib.uuid4()),
        "catalogue_id": ident["catalogue_id"],
        "site_id": ident["site_id"],
        "schema": applied_migrations(catalog.conn),
        "made_by": catalog.user,
        "made_at": now(),
        "counts": counts,
        "changes": who,
        "conflicts": catalog.conn.execute(
            "SELECT uuid, field, base, mine FROM exchange_conflicts ORDER BY id"
        ).fetchall(),
        # The state this package is diffed from: after this copy's previous package (None:
        # its clone), with every package in "seen" applied.
        "base": catalog.conn.execute(
            "SELECT max(package_id) FILTER (WHERE seq = (SELECT max(seq) FROM "
            "exchange_packages WHERE site_id = ?)) FROM exchange_packages",
            (ident["site_id"],),
        ).fetchone()[0],
        "seen": [
            row[0] for row in catalog.conn.execute("SELECT package_id FROM exchange_packages")
        ],
    }
    return json.dumps(facts, ensure_ascii=False, sort_keys=True)


def _changes_since_base(catalog: Catalog) -> tuple[bytes, dict[str, travel.Row], dict[str, int]]:
    """The changeset from the base snapshot to now, and the rows it was made from."""
    conn = catalog.conn
    known = dict(conn.execute("SELECT uuid, local_version FROM exchange_base").fetchall())
    ids = [
        agreement_id
        for uuid, agreement_id, version in conn.execute(
            "SELECT uuid, id, version FROM agreements ORDER BY id"
        )
        if known.get(uuid) != version
    ]
    rows, found = travel.current_rows(conn, ids)
    versions = travel.versions(found)
    base = travel.base_rows(conn, rows)
    db = travel.memory_db("base")
    travel.fill(db, "main", rows.values())
    travel.fill(db, "base", base.values())
    session = apsw.Session(db, "main")
    session.attach("travel")
    session.diff("base", "travel")
    return session.changeset(), rows, versions


def export_changes(
    catalog: Catalog, path: str | Path, progress: Progress = NoProgress()
) -> ExchangeReport:
    """Write the package of this copy's changes (and every package it knows) to
    ``path``; the base moves on only when the file is complete (one transaction, which a
    cancel through ``progress`` rolls back)."""
    target = check_output_path(Path(path), catalog.path, ANY_NAME)
    partial = target.with_name(f".{target.name}.partial")
    with catalog.writing() as conn:
        check(progress, 0, 3, every=1)
        ident = identity(catalog)
        changeset, rows, versions = _changes_since_base(catalog)
        check(progress, 1, 3, every=1)
        report = ExchangeReport()
        if changeset:
            manifest = _manifest(catalog, ident, changeset)
            facts = json.loads(manifest)
            _remember(catalog, Package(facts["package_id"], manifest, changeset, ""), ident)
            report = ExchangeReport(facts["counts"]["added"], facts["counts"]["changed"], 0, 0)
        travel.save_base(conn, rows.values(), versions)
        packages = [
            Package(*row)
            for row in conn.execute(
                "SELECT package_id, manifest, changeset, mac FROM exchange_packages ORDER BY seq"
            )
        ]
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "catalogue_id": ident["catalogue_id"],
            "site_id": ident["site_id"],
            "made_at": now(),
            "made_by": catalog.user,
        }
        partial.unlink(missing_ok=True)
        try:
            write_package(partial, header, packages, catalog.passphrase)
            check(progress, 2, 3, every=1)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    return dataclasses.replace(report, packages=len(packages))


def _remember(catalog: Catalog, package: Package, ident: dict[str, str]) -> None:
    facts = package.facts
    mac = package.mac or sign(ident["mac_key"], package.manifest, package.changeset)
    catalog.conn.execute(
        "INSERT INTO exchange_packages (package_id, site_id, made_by, made_at, taken_at, "
        "manifest, changeset, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            package.package_id,
            facts["site_id"],
            facts.get("made_by", ""),
            facts["made_at"],
            now(),
            package.manifest,
            package.changeset,
            mac,
        ),
    )


def _check(
    catalog: Catalog, path: Path, header: dict[str, object], packages: list[Package]
) -> None:
    """Refuse a package from another catalogue, another schema, altered, or known."""
    where = shown(path)
    ident = identity(catalog)
    if header.get("catalogue_id") != ident["catalogue_id"]:
        raise PackageForeignError(where)
    schema = applied_migrations(catalog.conn)
    for package in packages:
        try:
            facts = package.facts
        except ValueError as error:
            raise PackageDamagedError(where, "a manifest is not JSON") from error
        if not genuine(ident["mac_key"], package) or not isinstance(facts, dict):
            raise PackageDamagedError(where, "its content does not match its signature")
        if facts.get("package_id") != package.package_id:
            raise PackageDamagedError(where, "its content does not match its signature")
        if not _well_formed(facts, package.changeset):
            raise PackageDamagedError(where, "a manifest or changeset is not one Pactum writes")
        if facts.get("catalogue_id") != ident["catalogue_id"]:
            raise PackageForeignError(where)
        theirs = facts.get("schema")
        if theirs != schema:
            older = isinstance(theirs, list) and theirs == schema[: len(theirs)]
            raise PackageSchemaError(where, "older" if older else "newer")
    known = {row[0] for row in catalog.conn.execute("SELECT package_id FROM exchange_packages")}
    if header.get("site_id") == ident["site_id"] or (
        packages and all(p.package_id in known for p in packages)
    ):
        raise PackageAppliedError(where)


def _well_formed(facts: dict[str, Any], changeset: bytes) -> bool:
    """Whether a signed package holds what Pactum writes: a copy holding the key can sign
    anything, and what its manifest and changeset say is read without further checks."""
    seen, conflicts, changes = (
        facts.get(k, d) for k, d in (("seen", []), ("conflicts", []), ("changes", {}))
    )
    try:
        touched(changeset)
    except (apsw.Error, ValueError, TypeError):
        return False
    return (
        all(isinstance(facts.get(k), str) for k in ("site_id", "made_at", "package_id"))
        and isinstance(facts.get("made_by", ""), str)
        and isinstance(seen, list)
        and all(isinstance(s, str) for s in seen)
        and isinstance(conflicts, list)
        and all(isinstance(c, list) and all(isinstance(x, str) for x in c[:2]) for c in conflicts)
        and isinstance(changes, dict)
        and all(isinstance(v, dict) and isinstance(v.get("by", ""), str) for v in changes.values())
    )


def import_changes(
    catalog: Catalog, path: str | Path, progress: Progress = NoProgress()
) -> ExchangeReport:
    """Apply another copy's package in one transaction (see the module's docstring); a
    cancel through ``progress`` rolls all of it back."""
    path = Path(path)
    header, packages = read_package(path, catalog.passphrase)
    _check(catalog, path, header, packages)
    total = ExchangeReport()
    with catalog.writing() as conn:
        known = {row[0] for row in conn.execute("SELECT package_id FROM exchange_packages")}
        ident = identity(catalog)
        for package in packages:
            if package.package_id in known or package.facts["site_id"] == ident["site_id"]:
                continue
            try:
                report = _apply(catalog, package, progress)
            except (ValueError, TypeError, KeyError) as error:  # rolls the whole import back
                raise PackageDamagedError(
                    shown(path), f"a record in it is not one Pactum writes ({str(error)[:200]})"
                ) from error
            _remember(catalog, package, ident)
            total = ExchangeReport(
                total.added + report.added,
                total.changed + report.changed,
                total.conflicts + report.conflicts,
                total.packages + 1,
            )
    return total


def _ours(
    catalog: Catalog, package: Package, mine: dict[str, travel.Row], base: dict[str, travel.Row]
) -> dict[str, set[str]]:
    """Per record, the fields this copy changed that the package's maker had not seen:
    those not exported yet, and those in this copy's packages it had not applied."""
    seen = set(package.facts.get("seen", []))
    site = identity(catalog)["site_id"]
    ours: dict[str, set[str]] = {}
    for package_id, changeset in catalog.conn.execute(
        "SELECT package_id, changeset FROM exchange_packages WHERE site_id = ? ORDER BY seq",
        (site,),
    ):
        if package_id not in seen:
            for uuid, fields in changed_fields(changeset).items():
                if uuid in mine:
                    ours.setdefault(uuid, set()).update(fields)
    for uuid, row in mine.items():
        start = base.get(uuid)
        if start is not None:
            ours.setdefault(uuid, set()).update(f for f in travel.FIELDS if row[f] != start[f])
    return ours


def _apply(catalog: Catalog, package: Package, progress: Progress) -> ExchangeReport:
    conn = catalog.conn
    uuids = touched(package.changeset)
    ids = travel.ids_of(conn, uuids)
    mine, records = travel.current_rows(conn, list(ids.values()))
    base = travel.base_rows(conn, uuids)
    outcome = apply_changeset(package.changeset, mine, _ours(catalog, package, mine, base))
    disputed = {(c[0], c[1]) for c in package.facts.get("conflicts", []) if len(c) == 4}
    hold_disputed(outcome, mine, disputed)
    added, changed, found = write_back(
        catalog, package.facts, (mine, records), base, outcome, progress
    )
    found += mirror_conflicts(catalog, package.facts)
    return ExchangeReport(added, changed, found)
