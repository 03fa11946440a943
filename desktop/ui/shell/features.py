"""The feature dialogs, opened from the window's menus: article, briefing, compare, matrix,
duplicates, history, about.

The window builds one ``Features`` after its own wiring; it connects the feature actions
and keeps their handlers here, so ``mainwindow`` stays an assembler. Every write a dialog
makes becomes one step on the window's undo stack; every file dialog goes through the
window's ``Prompter`` (tests answer instead of a person).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from db import (
    Agreement,
    Catalog,
    Filters,
    MergeResult,
    RecordNotFoundError,
    restore_field,
)
from desktop.about import about_info
from desktop.compare.duplicates import DuplicatePair, find_duplicates
from desktop.compare.matrix import Matrix, MatrixAxis, build_matrix
from desktop.ingest import Accepted
from desktop.labels import field_label
from desktop.ui.about.about_dialog import AboutDialog
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.article.article_dialog import ArticleDialog
from desktop.ui.briefing.briefing_dialog import BriefingDialog
from desktop.ui.compare.compare_view import CompareView
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog
from desktop.ui.context import WindowContext
from desktop.ui.errors import error_text
from desktop.ui.ops import CatalogOp, QueryOp
from desktop.ui.records.batch_undo import AcceptArticleCommand, MergeCommand
from desktop.ui.records.history_dialog import HistoryDialog
from desktop.ui.records.undo import EditCommand
from desktop.ui.safety.tools import SafetyTools
from desktop.ui.shell.actions import Act

COMPARABLE = range(2, 5)
"""How many selected records Compare Selected accepts."""


def as_window(widget: QWidget) -> QWidget:
    """A view shown beside the main window (not inside it), gone when closed."""
    widget.setWindowFlag(Qt.WindowType.Window)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.resize(1100, 650)
    return widget


class Features(QObject):
    """Opens the feature dialogs of one window and turns their writes into undo steps."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.matrix: MatrixView | None = None
        a = ctx.actions
        a.on(Act.NEW_FROM_ARTICLE, self.new_from_article)
        a.on(Act.EXPORT_BRIEFING, self.export_briefing)
        a.on(Act.HISTORY, self.show_history)
        a.on(Act.MATRIX, self.show_matrix)
        a.on(Act.COMPARE, self.compare_selected)
        a.on(Act.DUPLICATES, self.find_duplicates)
        a.on(Act.ABOUT, self.show_about)
        ctx.selection.changed.connect(self._update_actions)
        ctx.bus.changed.connect(self._catalogue_changed)
        self.safety = SafetyTools(ctx)  # Tools › Check Catalogue, Backups…
        self._update_actions()

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    # -- the selection ----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected records, in the table's order."""
        return self.ctx.selection.ids()

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        self.ctx.actions[Act.COMPARE].setEnabled(count in COMPARABLE)
        self.ctx.actions[Act.HISTORY].setEnabled(self.ctx.selection.current() is not None)

    def briefing_partners(self) -> list[str]:
        """The partners ticked in the facets, else those of the selected records."""
        home = self.catalog.home_party
        keys = list(self.ctx.selection.filters().partners)
        if not [k for k in keys if k != home]:
            keys = [p for row in self.catalog.rows(self.selected_ids()) for p in row.parties]
        return list(dict.fromkeys(k for k in keys if k != home))

    def open_record(self, agreement_id: int) -> None:
        """Select the record in the table (or show it in the record pane if filtered out);
        a record no longer in this catalogue (another was opened since) is not found."""
        try:
            uuid = self.catalog.get(agreement_id).uuid
        except RecordNotFoundError as error:
            self.ctx.prompter.error(self.tr("Compare"), error_text(error))
            return
        self.ctx.selection.select_uuid(uuid)
        self.ctx.raise_window()

    # -- writes become undo steps -----------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.ctx.ops.show_error(self.tr("Not saved"), error)

    def _catalogue_changed(self, _changes: object = None) -> None:
        if self.matrix is not None:
            self.matrix.reload()

    def records_accepted(self, accepted: Accepted) -> None:
        count = len(accepted.added) + len(accepted.updated)
        text = self.tr("Add %n record(s) from an article", "", count)
        self.ctx.undo_stack.push(AcceptArticleCommand(text, self.ctx.ops, accepted, lambda: None))
        for first in (*accepted.added, *accepted.updated)[:1]:
            if first.id is not None:
                self.ctx.selection.select(first.id)

    def records_merged(self, result: MergeResult) -> None:
        text = self.tr("Merge “%1” into “%2”")
        text = text.replace("%1", result.removed.title).replace("%2", result.kept.title)
        self.ctx.undo_stack.push(MergeCommand(text, self.ctx.ops, result, lambda: None))
        if result.kept.id is not None:
            self.ctx.selection.select(result.kept.id)

    def restore_old_value(
        self, agreement_id: int, field: str, version: int, read: int, done: Callable[[], None]
    ) -> None:
        """Put back ``field`` as it was at ``version`` (one undoable edit, on the worker);
        ``done`` is called once it is written (not if refused: the refusal is shown)."""

        def work(catalog: Catalog, _progress: object) -> tuple[Agreement, Agreement]:
            before = catalog.get(agreement_id)
            return before, restore_field(catalog, agreement_id, field, version, read)

        def written(pair: tuple[Agreement, Agreement]) -> None:
            before, saved = pair
            if saved.version != before.version:
                label = field_label(field, self.ctx.lang)
                text = self.tr("Restore %1 of “%2”").replace("%1", label)
                text = text.replace("%2", saved.title)
                changed = self.ctx.selection.select
                self.ctx.undo_stack.push(EditCommand(text, self.ctx.ops, before, saved, changed))
            done()

        CatalogOp(self.ctx.ops, work).success(written).failure(self._failed).run()

    # -- the dialogs ------------------------------------------------------------------

    def new_from_article(self) -> ArticleDialog:
        dialog = ArticleDialog(self.catalog, self.ctx.window, self.ctx.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title, kinds = self.tr("Open article"), self.tr("Articles (*.txt *.html *.htm)")
        dialog.choose_file = lambda: str(self.ctx.prompter.open_path(title, "", kinds) or "")
        dialog.read = self.ctx.ops.reader()
        dialog.write = self.ctx.ops.writer()
        dialog.records_accepted.connect(self.records_accepted)
        dialog.open()
        return dialog

    def export_briefing(self) -> BriefingDialog:
        """The briefing builds as an operation on the window's worker."""
        dialog = BriefingDialog(self.catalog, self.ctx.window, self.ctx.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_partners(self.briefing_partners())
        dialog.ask_output = lambda: self._briefing_output(dialog)
        dialog.open()
        return dialog

    def _briefing_output(self, dialog: BriefingDialog) -> str:
        prompter = self.ctx.prompter
        if dialog.per_file.isChecked():
            chosen = prompter.folder_path(self.tr("Folder for the briefings"))
        else:
            chosen = prompter.save_path(self.tr("Save Briefing"), "briefing.pdf", "PDF (*.pdf)")
        return str(chosen or "")

    def compare_selected(self) -> CompareView | None:
        ids = self.selected_ids()
        if len(ids) not in COMPARABLE:
            self.ctx.prompter.inform(
                self.tr("Compare"), self.tr("Select two to four records in the table.")
            )
            return None
        view = CompareView([self.catalog.get(i) for i in ids], lang=self.ctx.lang)
        view.catalogue_path = self.catalog.path
        view.setParent(self.ctx.window)
        as_window(view)
        view.openRequested.connect(self.open_record)
        title = self.tr("Export comparison")
        prompter = self.ctx.prompter
        view.ask_csv_path = lambda: prompter.save_path(title, "comparison.csv", "CSV (*.csv)")
        view.ask_pdf_path = lambda: prompter.save_path(title, "comparison.pdf", "PDF (*.pdf)")
        view.show()
        return view

    def show_matrix(self) -> MatrixView:
        if self.matrix is not None:
            self.matrix.raise_()
            return self.matrix
        view = MatrixView(self._build_matrix, parent=self.ctx.window, lang=self.ctx.lang)
        view.catalogue_path = self.catalog.path
        as_window(view)
        view.filterRequested.connect(self.show_filtered)
        title = self.tr("Export matrix")
        view.ask_csv_path = lambda: self.ctx.prompter.save_path(
            title, "partnerships.csv", "CSV (*.csv)"
        )
        view.destroyed.connect(lambda _obj=None: setattr(self, "matrix", None))
        self.matrix = view
        view.reload()
        view.show()
        return view

    def _build_matrix(self, axis: MatrixAxis) -> None:
        """Build on the worker (a second or so on a large catalogue); the view gets it after."""
        if self.matrix is None:  # the view is being made: show_matrix asks once it exists
            return

        def deliver(matrix: Matrix) -> None:
            if self.matrix is not None and self.matrix.axis.currentData() == matrix.axis:
                self.matrix.show_matrix(matrix)

        QueryOp(self.ctx.ops, lambda catalog, _progress: build_matrix(catalog, axis)).success(
            deliver
        ).run()

    def show_filtered(self, filters: Filters) -> None:
        """Show exactly the records of a matrix cell: the search is cleared, the facets
        are set to the cell's filters (so the sidebar, table and status bar agree)."""
        self.ctx.selection.show_filtered(filters)
        self.ctx.raise_window()

    def find_duplicates(self) -> None:
        """Look for pairs off the GUI thread, then show them."""
        self.ctx.status(self.tr("Looking for duplicates…"))
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
            self.ctx.prompter.inform(self.tr("Find Duplicates"), self.tr("No likely duplicates."))
            return None
        found: list[DuplicatePair] = pairs
        dialog = DuplicatesDialog(self.catalog, found, self.ctx.window, self.ctx.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.records_merged)
        dialog.write = self.ctx.ops.writer()
        dialog.show_error = lambda text: self.ctx.prompter.error(self.tr("Merge"), text)
        dialog.resize(1000, 560)
        dialog.open()
        return dialog

    def show_history(self) -> HistoryDialog | None:
        agreement_id = self.ctx.selection.current()
        if agreement_id is None:
            return None
        dialog = HistoryDialog(
            self.catalog,
            agreement_id,
            lambda field, version, read, done: self.restore_old_value(
                agreement_id, field, version, read, done
            ),
            self.ctx.lang,
            self.ctx.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        dialog = AboutDialog(about_info(self.catalog), self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
