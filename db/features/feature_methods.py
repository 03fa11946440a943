"""The Catalog's feature methods: briefings remembered, deadlines, merge, versions, the
matrix, the whole-catalogue check, export and import.

A mixin of :class:`db.catalog.Catalog`, kept here so the facade stays a short table of
contents; each method is a thin call into ``db.features`` (most imported where used, so a
command loads only the features it runs).
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

from db.features import briefings, deadlines
from db.safety.check import CheckReport, check_connection
from db.store.changes import NOTHING

if TYPE_CHECKING:
    from db.catalog import Catalog
    from db.features import interchange, matrix
    from db.features import merge as merging
    from db.features.briefings import BriefingMade
    from db.features.deadlines import Deadline
    from db.store.exportable import ExportReport
    from db.store.model import Agreement, Filters


def _catalog(owner: FeatureMethods) -> Catalog:
    return cast("Catalog", owner)  # the mixin is only ever part of a Catalog


class FeatureMethods:
    """Follow-up briefings, deadlines and the features' facades."""

    def remember_briefing(
        self,
        partners: builtins.list[str],
        options: Mapping[str, object],
        digest: Mapping[str, int],
    ) -> BriefingMade:
        """Keep a briefing just made (its partners, options and each record's version), so
        the next one of the same partners can say what changed since."""
        with _catalog(self).writing(NOTHING) as conn:
            return briefings.remember(conn, partners, options, digest, _catalog(self).user or "")

    def last_briefing(self, partners: builtins.list[str]) -> BriefingMade | None:
        """The newest briefing made of exactly these partners, if any."""
        return briefings.last(_catalog(self).conn, partners)

    def deadlines(
        self,
        *,
        today: dt.date | None = None,
        within: int | None = None,
        overdue: bool = False,
        partner: str | None = None,
    ) -> builtins.list[Deadline]:
        """Open commitments falling due from ``today`` to ``within`` days ahead (every one
        ahead when None; with those already overdue when ``overdue``), nearest first; a
        partial "until" falls due on its latest possible day."""
        return deadlines.deadlines(
            _catalog(self).conn,
            today=today or dt.date.today(),
            within=within,
            overdue=overdue,
            partner=partner,
        )

    def merge(
        self,
        keep: Agreement,
        other: Agreement,
        choices: Mapping[str, merging.Side | str] | None = None,
    ) -> merging.MergeResult:
        """Merge ``other`` into ``keep`` (see :func:`db.features.merge.merge`)."""
        from db.features import merge as merging

        return merging.merge(_catalog(self), keep, other, choices)

    def undo_merge(self, result: merging.MergeResult) -> tuple[Agreement, Agreement]:
        """Take a merge back exactly (see :func:`db.features.merge.undo_merge`)."""
        from db.features import merge as merging

        return merging.undo_merge(_catalog(self), result)

    def versions(self, ref: int | str) -> builtins.list[int]:
        """The record's versions that can be shown, oldest first."""
        from db.features.versions import versions

        return versions(_catalog(self), ref)

    def matrix(self, axis: matrix.MatrixAxis) -> builtins.list[matrix.MatrixCount]:
        """Partner × kind (or subject) counts from the home party's point of view."""
        from db.features.matrix import matrix_counts

        return matrix_counts(_catalog(self), axis)

    def check(self) -> CheckReport:
        """Check the open catalogue on this connection, changing nothing (a file is better
        checked by ``check_path``, on its own connection; one in memory exists only here)."""
        return check_connection(_catalog(self).conn, str(_catalog(self).path or "(in memory)"))

    def export_file(self, path: str | Path, filters: Filters | None = None) -> ExportReport:
        """Export to ``path`` by its suffix (.json or .csv), all or nothing."""
        from db.features.interchange import export_file

        return export_file(_catalog(self), Path(path), filters)

    def import_file(self, path: str | Path, *, replace: bool = False) -> interchange.ImportReport:
        """Import the interchange file at ``path`` as one transaction."""
        from db.features.interchange import import_file

        return import_file(_catalog(self), Path(path), replace=replace)
