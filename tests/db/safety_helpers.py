"""Shared by the safety tests: sample records, catalogues on disk, and ways to damage them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from db import Agreement, Kind, PartialDate, Party, open_catalog
from db.features.interchange import FORMAT, FORMAT_VERSION
from db.store.codec import encode
from db.store.model import CONTENT_FIELDS

PARTNERS = ("LT", "PL", "CA", "SE", "DE", "FR", "GB", "US", "NO", "FI")


def sample(n: int, tag: str = "") -> Agreement:
    """A plausible record, distinct per ``n``; ``tag`` marks a batch in its title."""
    partner = PARTNERS[n % len(PARTNERS)]
    return Agreement(
        title=f"Угода про співпрацю {tag}{n} — Україна та {partner}",
        kind=Kind.AGREEMENT if n % 2 else Kind.LETTER_OF_INTENT,
        parties=(Party.state("UA"), Party.state(partner)),
        signed_on=PartialDate(2020 + n % 6, 1 + n % 12, 1 + n % 28),
        subjects=("defence", f"topic {n % 7}"),
        summary=f"Сторони домовились про спільне виробництво №{n}. " * 4,
        full_text=f"Текст угоди {n}. " * 30,
        notes=(f"note {n}",),
    )


def build(path: Path, n: int, passphrase: str | None = None) -> Path:
    """A catalogue file holding ``n`` sample records."""
    with (
        open_catalog(path, create=True, user="tester", passphrase=passphrase) as catalog,
        catalog.writing(),
    ):
        for i in range(n):
            catalog.add(sample(i))
    return path


def export_dict(agreements: list[Agreement]) -> dict[str, Any]:
    """An interchange document (as parsed JSON) holding ``agreements``."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "agreements": [
            {**({"uuid": a.uuid} if a.uuid else {}), **encode(a, CONTENT_FIELDS)}
            for a in agreements
        ],
    }


def snapshot(path: Path, passphrase: str | None = None) -> list[tuple]:
    """Everything a catalogue holds that a user could lose, for before/after comparisons."""
    with open_catalog(path, passphrase=passphrase) as catalog:
        conn = catalog.conn
        return [
            *conn.execute("SELECT uuid, title, version, deleted_at FROM agreements ORDER BY uuid"),
            *conn.execute("SELECT agreement_id, version, action, field FROM history ORDER BY id"),
        ]


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()[0]
    finally:
        conn.close()


def leaf_of(path: Path, table: str) -> tuple[int, int]:
    """A leaf page of ``table``'s b-tree (the right-most child of its root) and its cell count."""
    size = _page_size(path)
    data = path.read_bytes()
    root = root_page(path, table)
    page = data[(root - 1) * size : root * size]
    assert page[0] == 0x05, "the table must span more than one page"
    leaf = int.from_bytes(page[8:12], "big")
    leaf_page = data[(leaf - 1) * size : leaf * size]
    assert leaf_page[0] == 0x0D
    return leaf, int.from_bytes(leaf_page[3:5], "big")


def flip_page(path: Path, page: int, size: int | None = None) -> None:
    """Invert every byte of one page, as a failing disk sector would garble it (give the
    page ``size`` of an encrypted file, whose header cannot be read)."""
    size = size or _page_size(path)
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    data[start : start + size] = bytes(b ^ 0xFF for b in data[start : start + size])
    path.write_bytes(bytes(data))


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so the file alone holds every page."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
