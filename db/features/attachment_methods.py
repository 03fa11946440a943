"""The Catalog's attachment methods (``pactum attach``, the window's Attachments panel).

A mixin of :class:`db.catalog.Catalog`, kept here so the facade stays a short table of
contents; each method resolves the record reference and calls :mod:`db.features.attachments`.
"""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from db.features import attachments as attaching
from db.store.changes import Changes

if TYPE_CHECKING:
    from db.catalog import Catalog


def _at(owner: AttachmentMethods, ref: int | str) -> tuple[Catalog, int]:
    catalog = cast("Catalog", owner)  # the mixin is only ever part of a Catalog
    return catalog, catalog._id_of(ref)


class AttachmentMethods:
    """Attach, list, save and detach a record's files."""

    def attach(self, ref: int | str, path: str | Path, **how: Any) -> attaching.Attachment:
        """Keep the file at ``path`` with the record, in one transaction (``name``,
        ``limit``, ``progress``: see :func:`db.features.attachments.attach`)."""
        return attaching.attach(*_at(self, ref), Path(path), **how)

    def attachments(self, ref: int | str) -> builtins.list[attaching.Attachment]:
        """The files the record holds, by name."""
        return attaching.listing(*_at(self, ref))

    def save_attachment(self, ref: int | str, name: str, out: str | Path, **how: Any) -> Path:
        """Write the record's file ``name`` to ``out`` byte for byte (``progress``)."""
        return attaching.save(*_at(self, ref), name, Path(out), **how)

    def detach(self, ref: int | str, name: str) -> Changes:
        """Remove the file ``name`` from the record (its content when no record holds it)."""
        return attaching.detach(*_at(self, ref), name)
