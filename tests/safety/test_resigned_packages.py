"""Packages of changes crafted by someone holding a copy (so able to sign them): each is
refused whole with a typed error saying the package is damaged, and the importing copy is
unchanged. The signature proves who made a package, not that its maker's program was ours.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import apsw
import pytest

from db import CatalogError, export_changes, import_changes, open_conflicts
from db.features.exchange import identity
from db.features.exchange_package import sign
from tests.db.exchange_helpers import copies, records_of

MANIFESTS = {
    "a_list": "facts = [facts]",
    "no_site": "del facts['site_id']",
    "no_made_at": "del facts['made_at']",
    "seen_a_number": "facts['seen'] = 5",
    "conflicts_numbers": "facts['conflicts'] = [5, None]",
}


def repack(path: Path, key: str, manifest: str | None = None, changeset: bytes | None = None):
    """Rewrite the package's last manifest (``manifest``: code editing ``facts``) or
    changeset, and sign it again with the catalogue's own key."""
    with apsw.Connection(str(path)) as db:
        seq, text, data = db.execute(
            "SELECT seq, manifest, changeset FROM packages ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if manifest is not None:
            scope = {"facts": json.loads(text)}
            exec(manifest, scope)
            text = json.dumps(scope["facts"])
        data = data if changeset is None else changeset
        db.execute(
            "UPDATE packages SET manifest = ?, changeset = ?, mac = ? WHERE seq = ?",
            (text, data, sign(key, text, data), seq),
        )


def refused_whole(tmp_path: Path, manifest: str | None = None, changeset: bytes | None = None):
    with copies(tmp_path, ("a", "b")) as (a, b):
        a.update(dataclasses.replace(a.get(1), title="Змінено в A"))
        export_changes(a, tmp_path / "a.pkg")
        repack(tmp_path / "a.pkg", identity(a)["mac_key"], manifest, changeset)
        before = records_of(b, tmp_path), open_conflicts(b)
        with pytest.raises(CatalogError) as refused:
            import_changes(b, tmp_path / "a.pkg")
        assert (records_of(b, tmp_path), open_conflicts(b)) == before
        return refused.value


@pytest.mark.parametrize("change", MANIFESTS.values(), ids=MANIFESTS.keys())
def test_a_resigned_package_with_a_crafted_manifest_is_refused_whole(
    tmp_path: Path, change: str
) -> None:
    assert refused_whole(tmp_path, manifest=change).code == "package_damaged"


@pytest.mark.parametrize("data", [b"garbage", b"T\x03\x01"], ids=["text", "cut"])
def test_a_resigned_package_with_a_crafted_changeset_is_refused_whole(
    tmp_path: Path, data: bytes
) -> None:
    assert refused_whole(tmp_path, changeset=data).code == "package_damaged"


CRAFTED_VALUES = {
    "unknown_kind": {"kind": '"treaty-of-doom"'},
    "not_json": {"parties": "[[["},
    "parties_a_number": {"parties": "5"},
}


def crafted_insert(catalog, **values: str) -> bytes:
    """A changeset adding a new record whose travel columns are ``values`` (JSON text)."""
    import uuid

    from db.features import exchange_travel as travel

    row = travel.travel_row(catalog.get(1))
    row.update(uuid=str(uuid.uuid4()), **values)
    db = travel.memory_db("base")
    travel.fill(db, "main", [row])
    session = apsw.Session(db, "main")
    session.attach("travel")
    session.diff("base", "travel")
    return session.changeset()


@pytest.mark.parametrize("values", CRAFTED_VALUES.values(), ids=CRAFTED_VALUES.keys())
def test_a_resigned_package_adding_a_record_with_crafted_values_is_refused_whole(
    tmp_path: Path, values: dict[str, str]
) -> None:
    with copies(tmp_path, ("a", "b")) as (a, b):
        a.update(dataclasses.replace(a.get(1), title="Змінено в A"))
        export_changes(a, tmp_path / "a.pkg")
        repack(tmp_path / "a.pkg", identity(a)["mac_key"], changeset=crafted_insert(a, **values))
        before = records_of(b, tmp_path), open_conflicts(b)
        with pytest.raises(CatalogError) as refused:
            import_changes(b, tmp_path / "a.pkg")
        assert (records_of(b, tmp_path), open_conflicts(b)) == before
        assert refused.value.code in ("package_damaged", "invalid")
