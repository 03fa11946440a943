"""Tools › Exchange…: the dialog, its exports and imports on the worker, each choice in
the conflict review an undo step, and the table's marks on records with open conflicts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt

from db import (
    Catalog,
    Conflict,
    ExchangeReport,
    conflicted_ids,
    export_changes,
    import_changes,
    open_conflicts,
)
from desktop.ui.context import WindowContext
from desktop.ui.exchange.dialog import ExchangeDialog
from desktop.ui.exchange.undo import ResolveCommand
from desktop.ui.ops import CatalogOp, QueryOp
from desktop.ui.shell.actions import Act

PACKAGES = "Pactum changes (*.pactum-changes);;All files (*)"


def _filled(text: str, *facts: object) -> str:
    for n, fact in enumerate(facts, 1):
        text = text.replace(f"%{n}", str(fact))
    return text


class ExchangeFeature(QObject):
    """Exchanging changes with copies of the catalogue on other workstations."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.dialog: ExchangeDialog | None = None
        self.show_marks: Callable[[set[int]], None] = lambda _ids: None
        """Mark these records in the table (the shell connects it to the table's model)."""
        ctx.actions.on(Act.EXCHANGE, self.show_exchange)
        ctx.ops.bus.changed.connect(lambda _changes: self.refresh())
        ctx.catalogue_opened.connect(lambda _catalog: self.refresh())

    def refresh(self) -> None:
        """Read the open conflicts again (on the worker): the marks, and the dialog's list."""

        def read(catalog: Catalog, _progress: object) -> tuple[set[int], list[Conflict]]:
            marked = conflicted_ids(catalog)
            return marked, open_conflicts(catalog) if self.dialog is not None else []

        QueryOp(self.ctx.ops, read).success(self._refreshed).run()

    def _refreshed(self, found: tuple[set[int], list[Conflict]]) -> None:
        marked, conflicts = found
        self.show_marks(marked)
        if self.dialog is not None:
            self.dialog.set_conflicts(conflicts)

    def show_exchange(self) -> ExchangeDialog:
        if self.dialog is None:
            dialog = ExchangeDialog(self.ctx.window, self.ctx.lang)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.resize(1100, 600)
            dialog.connect_files(self.export_changes, self.import_changes)
            dialog.chosen.connect(self.settle)
            dialog.destroyed.connect(self._closed)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.refresh()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None

    def _ask(self, save: bool) -> Path | None:
        if save:
            title = QCoreApplication.translate("Exchange", "Export changes")
            return self.ctx.prompter.save_path(title, "changes.pactum-changes", PACKAGES)
        title = QCoreApplication.translate("Exchange", "Import changes")
        return self.ctx.prompter.open_path(title, "", PACKAGES)

    def export_changes(self) -> None:
        path = self._ask(save=True)
        if path is None:
            return

        def said(report: ExchangeReport) -> None:
            text = QCoreApplication.translate(
                "Exchange", "%1 added and %2 changed records written to “%3”."
            )
            self._said(title, _filled(text, report.added, report.changed, path.name))

        title = QCoreApplication.translate("Exchange", "Export changes")
        label = QCoreApplication.translate("Exchange", "Writing the package of changes…")
        CatalogOp(
            self.ctx.ops, lambda catalog, progress: export_changes(catalog, path, progress)
        ).with_progress(label, dialog=True).titled(title).success(said).run()

    def import_changes(self) -> None:
        path = self._ask(save=False)
        if path is None:
            return

        def said(report: ExchangeReport) -> None:
            text = QCoreApplication.translate(
                "Exchange", "%1 added, %2 changed, %3 conflicts to review."
            )
            self._said(title, _filled(text, report.added, report.changed, report.conflicts))

        title = QCoreApplication.translate("Exchange", "Import changes")
        label = QCoreApplication.translate("Exchange", "Applying the package of changes…")
        CatalogOp(
            self.ctx.ops, lambda catalog, progress: import_changes(catalog, path, progress)
        ).with_progress(label, dialog=True).titled(title).success(said).run()

    def _said(self, title: str, text: str) -> None:
        if self.dialog is not None:
            self.dialog.summary.setText(text)
        else:
            self.ctx.prompter.inform(title, text)
        self.refresh()

    def settle(self, conflicts: Sequence[Conflict], take: str) -> None:
        """Settle ``conflicts`` taking ``take``, as one undo step."""
        text = (
            QCoreApplication.translate("Exchange", "Keep mine: %1")
            if take == "mine"
            else QCoreApplication.translate("Exchange", "Take theirs: %1")
        ).replace("%1", conflicts[0].title)
        command = ResolveCommand(text, self.ctx.ops, conflicts, take, self.refresh)

        def work(catalog: Catalog, _progress: object) -> None:
            command.do(catalog)

        CatalogOp(self.ctx.ops, work).titled(
            QCoreApplication.translate("Exchange", "Resolve")
        ).success(lambda _none: self.ctx.undo_stack.push(command)).run()
