"""Tools › Compare Selected and Find Duplicates…: the compare view beside the window, the
duplicates looked for on the worker, a merge (on the worker) as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from db import Catalog, MergeResult, RecordNotFoundError
from desktop.compare.duplicates import DuplicatePair, find_duplicates
from desktop.ui.compare.compare_view import CompareView
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog
from desktop.ui.context import WindowContext
from desktop.ui.errors import error_text
from desktop.ui.ops import QueryOp
from desktop.ui.records.batch_undo import MergeCommand
from desktop.ui.shell.actions import Act

COMPARABLE = range(2, 5)
"""How many selected records Compare Selected accepts."""


def as_window(widget: QWidget) -> QWidget:
    """A view shown beside the main window (not inside it), gone when closed."""
    widget.setWindowFlag(Qt.WindowType.Window)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.resize(1100, 650)
    return widget


class CompareFeature(QObject):
    """Comparing records side by side and merging duplicates."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.COMPARE, self.compare_selected)
        ctx.actions.on(Act.DUPLICATES, self.find_duplicates)
        ctx.selection.changed.connect(self._update_actions)
        self._update_actions()

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def _update_actions(self) -> None:
        self.ctx.actions[Act.COMPARE].setEnabled(len(self.ctx.selection.ids()) in COMPARABLE)

    def _failed(self, error: BaseException) -> None:
        self.ctx.ops.show_error(QCoreApplication.translate("Features", "Not saved"), error)

    def open_record(self, agreement_id: int) -> None:
        """Select the record in the table (or show it in the record pane if filtered out);
        a record no longer in this catalogue (another was opened since) is not found."""
        try:
            uuid = self.catalog.get(agreement_id).uuid
        except RecordNotFoundError as error:
            self.ctx.prompter.error(
                QCoreApplication.translate("Features", "Compare"), error_text(error)
            )
            return
        self.ctx.selection.select_uuid(uuid)
        self.ctx.raise_window()

    def records_merged(self, result: MergeResult) -> None:
        text = QCoreApplication.translate("Features", "Merge “%1” into “%2”")
        text = text.replace("%1", result.removed.title).replace("%2", result.kept.title)
        self.ctx.undo_stack.push(MergeCommand(text, self.ctx.ops, result, lambda: None))
        if result.kept.id is not None:
            self.ctx.selection.select(result.kept.id)

    def compare_selected(self) -> CompareView | None:
        ids = self.ctx.selection.ids()
        if len(ids) not in COMPARABLE:
            self.ctx.prompter.inform(
                QCoreApplication.translate("Features", "Compare"),
                QCoreApplication.translate("Features", "Select two to four records in the table."),
            )
            return None
        view = CompareView([self.catalog.get(i) for i in ids], lang=self.ctx.lang)
        view.catalogue_path = self.catalog.path
        view.setParent(self.ctx.window)
        as_window(view)
        view.openRequested.connect(self.open_record)
        title = QCoreApplication.translate("Features", "Export comparison")
        prompter = self.ctx.prompter
        view.ask_csv_path = lambda: prompter.save_path(title, view.file_name("csv"), "CSV (*.csv)")
        view.ask_pdf_path = lambda: prompter.save_path(title, view.file_name("pdf"), "PDF (*.pdf)")
        view.show()
        return view

    def find_duplicates(self) -> None:
        """Look for pairs off the GUI thread, then show them."""
        self.ctx.status(QCoreApplication.translate("Features", "Looking for duplicates…"))
        QueryOp(
            self.ctx.ops, lambda catalog, progress: find_duplicates(catalog, progress=progress)
        ).success(self._show_duplicates).failure(self._not_found).run()

    def _not_found(self, error: Exception) -> None:
        self.ctx.status("")
        self._failed(error)

    def _show_duplicates(self, pairs: object) -> DuplicatesDialog | None:
        self.ctx.status("")
        assert isinstance(pairs, list)
        if not pairs:
            self.ctx.prompter.inform(
                QCoreApplication.translate("Features", "Find Duplicates"),
                QCoreApplication.translate("Features", "No likely duplicates."),
            )
            return None
        found: list[DuplicatePair] = pairs
        dialog = DuplicatesDialog(self.catalog, found, self.ctx.window, self.ctx.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.records_merged)
        dialog.write = self.ctx.ops.writer()
        dialog.show_error = lambda text: self.ctx.prompter.error(
            QCoreApplication.translate("Features", "Merge"), text
        )
        dialog.resize(1000, 560)
        dialog.open()
        return dialog
