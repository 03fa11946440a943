"""Files kept with a record (the signed PDF, a scan, the ministry's DOCX), inside the catalogue.

The catalogue stays one file: backups hold the attachments, and an encrypted catalogue
encrypts them with everything else (nothing is ever written beside it). A file's content is
stored once however many records hold it, found by its SHA-256, in rows of at most
:data:`CHUNK` bytes: attaching, reading back and exporting a 200 MB scan each hold one chunk
in memory at a time. Its text is read when it is attached (:mod:`db.features.attachment_text`)
and indexed for search (:mod:`db.search.attachments`).

Attaching checks the file before anything is written (a folder, an empty file, one over the
size limit, an encrypted or broken PDF are refused in one line) and writes it in one
transaction: a refused or failed attach leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from db.errors import (
    AttachmentExistsError,
    AttachmentNotFoundError,
    DamagedCatalogError,
    InputFileError,
)
from db.safety import open_files
from db.safety.inputs import size_text
from db.safety.outputs import ANY_NAME, COMPANIONS, check_output_path, replacing, shown
from db.search.attachments import index_attachment, unindex_attachment
from db.store.access import now
from db.store.changes import Changes
from db.store.progress import NoProgress, Progress, check

if TYPE_CHECKING:
    import sqlite3

    from db.catalog import Catalog

CHUNK = 1024 * 1024
"""Bytes per stored piece of a file, and per read of one."""
DEFAULT_LIMIT = 500 * 1024**2
"""The largest file attached unless the caller allows more (``pactum attach --limit``)."""


@dataclass(frozen=True)
class Attachment:
    """A file on a record: its name there, what it is, its size and SHA-256, who added it
    when, and whether its text could be read (``text``, ``no_text``: a scan without a text
    layer, ``not_read``: a kind Pactum does not read)."""

    agreement_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str
    text_state: str


_COLUMNS = (
    "a.agreement_id, a.name, f.media_type, f.size, f.sha256, a.added_at, a.added_by, "
    "f.text_state FROM attachments a JOIN attachment_files f ON f.id = a.file_id"
)


def _checked_source(path: Path, limit: int) -> os.stat_result:
    """The file's status, or InputFileError saying why it cannot be attached."""
    companion = next((c for c in COMPANIONS if path.name.endswith(c)), "")
    owner = path.with_name(path.name.removesuffix(companion)) if companion else path
    if open_files.is_open(owner):  # reading and closing it would drop SQLite's locks on it
        raise InputFileError(shown(path), "is a catalogue open in this program, not a file")
    try:
        found = os.stat(path)
    except OSError as error:
        raise InputFileError(shown(path), error.strerror or str(error)) from error
    if stat.S_ISDIR(found.st_mode):
        raise InputFileError(shown(path), "is a folder: attach the files in it one by one")
    if not stat.S_ISREG(found.st_mode):
        raise InputFileError(shown(path), "is not a regular file")
    if found.st_size == 0:
        raise InputFileError(shown(path), "is empty (0 bytes): nothing to attach")
    if found.st_size > limit:
        raise InputFileError(
            shown(path), f"is larger than {size_text(limit)}, the most Pactum attaches"
        )
    return found


def name_problem(name: str) -> str | None:
    """What is wrong with ``name`` as the name of a file on a record, or None. It is shown
    in lists and offered as the file name when the file is saved, so it must be one: not
    blank, no folder in it, no control characters, at most 255 bytes."""
    if not name.strip():
        return "it is blank"
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name):
        return "it contains control characters"
    if "/" in name or "\\" in name or name.strip() in (".", ".."):
        return "it names a folder, not only a file"
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:  # a file name in another encoding, kept as lone surrogates
        return "it is not UTF-8 text: rename the file"
    if size > 255:
        return "it is longer than 255 bytes"
    return None


def _pieces(stream: IO[bytes]) -> Iterator[bytes]:
    while piece := stream.read(CHUNK):
        yield piece


def _digest(source: Source) -> str:
    """The file's SHA-256, read a chunk at a time."""
    digest = hashlib.sha256()
    with source.open() as stream:
        for piece in _pieces(stream):
            digest.update(piece)
    return digest.hexdigest()


def _store_content(
    conn: sqlite3.Connection, source: Source, sha256: str, kind: str, text: tuple[str, str]
) -> int:
    """Write the file's content in chunks (reading it again, checking it is unchanged)."""
    file_id: int = conn.execute(
        "INSERT INTO attachment_files (sha256, size, media_type, text_state, text) "
        "VALUES (?, ?, ?, ?, ?)",
        (sha256, source.size, kind, *text),
    ).lastrowid  # type: ignore[assignment]
    digest = hashlib.sha256()
    written = 0
    with source.open() as stream:
        for position, piece in enumerate(_pieces(stream)):
            digest.update(piece)
            written += len(piece)
            conn.execute(
                "INSERT INTO attachment_chunks (file_id, position, data) VALUES (?, ?, ?)",
                (file_id, position, piece),
            )
    if digest.hexdigest() != sha256 or written != source.size:
        raise InputFileError(source.label, "changed while it was being attached: try again")
    return file_id


@dataclass(frozen=True)
class Source:
    """Where a file's bytes come from (a path, or an import's decoded data), its size, and
    how errors name it."""

    open: Callable[[], IO[bytes]]
    size: int
    label: str


def read_text(source: Source, name: str) -> tuple[str, tuple[str, str]]:
    """What the file is and its text (slow for a large PDF: done before a transaction)."""
    # Loaded when a file is first read (it brings in the XML and PDF readers), not by
    # every command that opens a catalogue.
    from db.features.attachment_text import extract, media_type

    with source.open() as stream:
        kind = media_type(name, stream.read(16))
        stream.seek(0)
        return kind, extract(stream, kind, source.label)


def store(
    conn: sqlite3.Connection,
    agreement_id: int,
    name: str,
    source: Source,
    added: tuple[str, str],
    sha256: str | None = None,
    read: tuple[str, tuple[str, str]] | None = None,
) -> int:
    """Store a file on a record inside the caller's transaction: its content unless the
    catalogue holds it already, its text (``read`` when already read), its search entry;
    returns the attachment's id."""
    if conn.execute(
        "SELECT 1 FROM attachments WHERE agreement_id = ? AND name = ?", (agreement_id, name)
    ).fetchone():
        raise AttachmentExistsError(agreement_id, name)
    if sha256 is None:
        sha256 = _digest(source)
    existing = conn.execute("SELECT id FROM attachment_files WHERE sha256 = ?", (sha256,))
    found = existing.fetchone()
    if found is not None:
        file_id = found[0]
    else:
        kind, text = read or read_text(source, name)
        file_id = _store_content(conn, source, sha256, kind, text)
    attachment_id: int = conn.execute(
        "INSERT INTO attachments (agreement_id, file_id, name, added_at, added_by) "
        "VALUES (?, ?, ?, ?, ?)",
        (agreement_id, file_id, name, *added),
    ).lastrowid  # type: ignore[assignment]
    index_attachment(conn, attachment_id)
    return attachment_id


def attach(
    catalog: Catalog,
    agreement_id: int,
    path: Path,
    *,
    name: str | None = None,
    limit: int = DEFAULT_LIMIT,
    progress: Progress = NoProgress(),
) -> Attachment:
    """Keep the file at ``path`` with the record, under ``name`` (its file name by default).

    The file is hashed and its text read before the write transaction, so other windows
    are not kept waiting while a large PDF is read."""
    size = _checked_source(path, limit).st_size
    shown_name = (name or path.name).strip()
    problem = name_problem(name or path.name)
    if problem is not None:
        raise InputFileError(
            shown(path), f"cannot be kept under the name {shown(shown_name[:80])}: {problem}"
        )
    source = Source(lambda: path.open("rb"), size, shown(path))
    if catalog.conn.execute(
        "SELECT 1 FROM attachments WHERE agreement_id = ? AND name = ?",
        (agreement_id, shown_name),
    ).fetchone():
        raise AttachmentExistsError(agreement_id, shown_name)
    check(progress, 0, 3, every=1)
    sha256 = _digest(source)
    check(progress, 1, 3, every=1)
    known = catalog.conn.execute("SELECT 1 FROM attachment_files WHERE sha256 = ?", (sha256,))
    read = None if known.fetchone() else read_text(source, shown_name)
    check(progress, 2, 3, every=1)
    with catalog.writing(Changes.of_record(agreement_id)) as conn:
        store(conn, agreement_id, shown_name, source, (now(), catalog.user), sha256, read)
    check(progress, 3, 3, every=1)
    return find(catalog, agreement_id, shown_name)


def listing(catalog: Catalog, agreement_id: int) -> list[Attachment]:
    """The record's attachments, by name."""
    return [
        Attachment(*row)
        for row in catalog.conn.execute(
            f"SELECT {_COLUMNS} WHERE a.agreement_id = ? ORDER BY a.name COLLATE NOCASE",
            (agreement_id,),
        )
    ]


def find(catalog: Catalog, agreement_id: int, name: str) -> Attachment:
    row = catalog.conn.execute(
        f"SELECT {_COLUMNS} WHERE a.agreement_id = ? AND a.name = ?", (agreement_id, name)
    ).fetchone()
    if row is None:
        raise AttachmentNotFoundError(agreement_id, name)
    return Attachment(*row)


def content(conn: sqlite3.Connection, agreement_id: int, name: str) -> Iterator[bytes]:
    """The attachment's bytes, chunk by chunk (call inside one read transaction)."""
    found = conn.execute(
        "SELECT file_id FROM attachments WHERE agreement_id = ? AND name = ?",
        (agreement_id, name),
    ).fetchone()
    if found is None:
        raise AttachmentNotFoundError(agreement_id, name)
    return chunks(conn, found[0])


def chunks(conn: sqlite3.Connection, file_id: int) -> Iterator[bytes]:
    """A stored file's bytes, chunk by chunk: one query per chunk, so that no more than
    one piece is ever held (a cursor over all of them may read ahead).

    The pieces are checked against the size and SHA-256 stored with the file: when another
    program removed, reordered or changed a chunk, DamagedCatalogError is raised after the
    last one, so a caller writing them out (through ``replacing``) keeps nothing wrong."""
    expected = conn.execute(
        "SELECT size, sha256 FROM attachment_files WHERE id = ?", (file_id,)
    ).fetchone()
    digest = hashlib.sha256()
    size = position = 0
    while True:
        row = conn.execute(
            "SELECT data FROM attachment_chunks WHERE file_id = ? AND position = ?",
            (file_id, position),
        ).fetchone()
        if row is None:
            break
        piece = row[0] if isinstance(row[0], bytes) else str(row[0]).encode()
        digest.update(piece)
        size += len(piece)
        yield piece
        position += 1
    if expected is None or (size, digest.hexdigest()) != tuple(expected):
        where = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
        raise DamagedCatalogError(
            shown(Path(where)),
            f"an attached file's stored bytes differ from its size and SHA-256 "
            f"(file {file_id}): nothing was written; `pactum check`, or restore a backup",
        )


def save(
    catalog: Catalog,
    agreement_id: int,
    name: str,
    out: Path,
    progress: Progress = NoProgress(),
) -> Path:
    """Write the attachment to ``out``, byte for byte (replacing it only when complete)."""
    target = check_output_path(out, catalog.path, ANY_NAME)
    attachment = find(catalog, agreement_id, name)
    total = max(1, -(-attachment.size // CHUNK))
    with catalog.reading() as conn, replacing(target) as stream:
        for n, piece in enumerate(content(conn, agreement_id, name), 1):
            stream.write(piece)
            check(progress, n, total, every=8)
    return target


def detach(catalog: Catalog, agreement_id: int, name: str) -> Changes:
    """Remove the attachment from the record; its content goes when no record holds it."""
    with catalog.writing(Changes.of_record(agreement_id)) as conn:
        found = conn.execute(
            "SELECT id, file_id FROM attachments WHERE agreement_id = ? AND name = ?",
            (agreement_id, name),
        ).fetchone()
        if found is None:
            raise AttachmentNotFoundError(agreement_id, name)
        unindex_attachment(conn, found[0])
        conn.execute("DELETE FROM attachments WHERE id = ?", (found[0],))
        if not conn.execute("SELECT 1 FROM attachments WHERE file_id = ?", (found[1],)).fetchone():
            conn.execute("DELETE FROM attachment_chunks WHERE file_id = ?", (found[1],))
            conn.execute("DELETE FROM attachment_files WHERE id = ?", (found[1],))
    return Changes.of_record(agreement_id)
