"""The main window: facets | catalogue table | record, with menus, toolbar and status bar.

It only assembles and wires: it builds the ``WindowContext`` (``context``) and the
operations layer (``ops``: every catalogue job on the one worker, the change bus), hands
the context to each feature (``records``, ``files``, ``search``, ``shell.features``), and
refreshes the browse panes (``browse``) from the bus: a record's row and the facets, or
everything. It is the only module that knows ``MainWindow``. Everything it needs is passed
in, so tests build it on a catalogue file with a dict for settings, a synchronous runner
and a prompter that answers at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from db import Catalog, Changes, Filters
from desktop.ui.browse.current_record import CurrentRecord
from desktop.ui.browse.empty_hint import EmptyHint
from desktop.ui.browse.facets import FacetSidebar
from desktop.ui.browse.table_model import CatalogueModel
from desktop.ui.browse.table_view import catalogue_table
from desktop.ui.browse.trash import TrashDialog
from desktop.ui.context import WindowContext
from desktop.ui.files.operations import FileOperations
from desktop.ui.ops import Operations, QueryOp
from desktop.ui.ops.runner import Runner
from desktop.ui.records.operations import RecordOperations
from desktop.ui.records.record_view import RecordView
from desktop.ui.safety.background_check import BackgroundCheck
from desktop.ui.search.controller import SearchController
from desktop.ui.search.saved_searches import SavedSearchList
from desktop.ui.search.search_box import SearchBox
from desktop.ui.search.search_chips import SearchBar
from desktop.ui.shell.actions import Act, ActionRegistry, Menu
from desktop.ui.shell.dialogs import short_title
from desktop.ui.shell.features import Features
from desktop.ui.shell.layout import restore_layout, save_layout
from desktop.ui.shell.prompts import Prompter
from desktop.ui.shell.settings import Settings


class MainWindow(QMainWindow):
    """One catalogue, browsed and edited."""

    language_requested = Signal(str)
    """The user chose another interface language (``en`` or ``uk``)."""

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        runner: Runner,
        prompter: Prompter | None = None,
        lang: str = "en",
        background: Runner | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """``background``: a second worker for the whole-file check and the day's backup,
        so they never hold up the user's work (the window's own worker when not given);
        ``undo_stack``: the history of the window this one replaces (another language)."""
        super().__init__()
        self.catalog = catalog
        self.settings = settings
        self.runner = runner
        # First: features ask the worker for things as they are built (the deadlines
        # notice), and the launcher's worker has no file yet.
        runner.set_path(catalog.path, catalog.passphrase)
        self.prompter = prompter or Prompter(self)
        self.prompter.parent = self
        self.lang = lang
        self.retired = False
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.actions_ = ActionRegistry(self)
        self.ops = Operations(runner, self.prompter, self._status, self)
        self.ops.on_damage = self._damaged
        self.checking = BackgroundCheck(
            background or runner,
            background is None,
            self.prompter,
            self._status,
            self._damaged,
            self,
        )
        self.ctx = WindowContext(
            self, catalog, self.ops, self.actions_, self.undo_stack, settings, lang
        )
        self.records = RecordOperations(self.ctx)
        self.files = FileOperations(self.ops, self.prompter, settings, self)
        self.model = CatalogueModel(catalog, lang, load=False)
        self._build_panes()
        self._build_menus_and_toolbar()
        self.searching = SearchController(
            self.ctx,
            self.model,
            self.table,
            self.view,
            self.search_box,
            self.search_bar,
            self.saved_searches,
        )
        self._connect()
        self.set_catalog(catalog)
        self.restore_layout()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # not the facet tree

    # -- building ---------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.facets = FacetSidebar(self.lang, self)
        self.saved_searches = SavedSearchList(self)
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.sidebar.addWidget(self.saved_searches)
        self.sidebar.addWidget(self.facets)
        self.sidebar.setStretchFactor(1, 1)
        self.sidebar.setSizes([110, 690])
        self.table = catalogue_table(self.model, self, self.lang)
        self.view = RecordView(self.lang, self)
        self.current = CurrentRecord(self.ops, self.model, self.table, self.view)
        self.empty_hint = EmptyHint(self.table, self.model, self.actions_)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (self.sidebar, self.table, self.view):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 760, 420])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts)
        self.resize(1400, 820)

    def _build_menus_and_toolbar(self) -> None:
        for menu in Menu:
            bar_menu = self.menuBar().addMenu(self.tr_menu(menu))
            for action, spec in self.actions_.in_menu(menu):
                if spec.separator_before:
                    bar_menu.addSeparator()
                bar_menu.addAction(action)
                if action is self.actions_[Act.OPEN_CATALOGUE]:
                    self.recent_menu = bar_menu.addMenu(self.tr("Open &recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action, spec in self.actions_.in_toolbar():
            if spec.separator_before:
                self.toolbar.addSeparator()
            self.toolbar.addAction(action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_box = SearchBox(self.toolbar)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)
        self.search_bar = SearchBar(self.lang, self)
        self.addToolBarBreak()
        self.addToolBar(self.search_bar)
        self.actions_[Act.ENGLISH if self.lang == "en" else Act.UKRAINIAN].setChecked(True)

    def tr_menu(self, menu: Menu) -> str:
        return QCoreApplication.translate("Menus", menu.value)

    def _connect(self) -> None:
        a = self.actions_
        self.files.install(a)
        self.records.install(self.table)
        a.on(Act.QUIT, self.close)
        a.on(Act.UNDO, self.undo_stack.undo)
        a.on(Act.REDO, self.undo_stack.redo)
        a.on(Act.FIND, self.focus_search)
        a.on(Act.CLEAR_FILTERS, self.facets.clear_filters)
        a.on(Act.TRASH, self.show_trash)
        a.on(Act.ENGLISH, lambda: self._choose_language("en"))
        a.on(Act.UKRAINIAN, lambda: self._choose_language("uk"))
        self.undo_stack.canUndoChanged.connect(a[Act.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(a[Act.REDO].setEnabled)
        a[Act.UNDO].setEnabled(self.undo_stack.canUndo())
        a[Act.REDO].setEnabled(self.undo_stack.canRedo())
        self.table.activated.connect(lambda index: self.records.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.reloaded.connect(self._after_reload)
        self.facets.filters_changed.connect(self.apply_filters)
        self.search_box.search_changed.connect(self.search)
        self.searching.results_shown.connect(lambda _found: self.request_facets(searched=True))
        self.view.link_opened.connect(self.prompter.open_url)
        self.view.record_requested.connect(self.current.select_uuid)
        self.records.record_changed.connect(self.current.select_id)
        self.ops.bus.changed.connect(self._on_changes)
        self.files.catalogue_opened.connect(self.set_catalog)
        self.files.catalogue_opened.connect(self.ctx.catalogue_opened)
        self.files.records_imported.connect(self.records.imported)
        selection = self.ctx.selection
        selection.ids = self.current.selected_ids
        selection.current = self.current.selected_id
        selection.select = self.current.select_id
        selection.select_uuid = self.current.select_uuid
        selection.filters = lambda: self.model.filters
        selection.show_filtered = self.show_filtered
        self.table.selectionModel().selectionChanged.connect(selection.changed)
        self.model.reloaded.connect(selection.changed)
        self.ctx.open_catalogue = self.files.open_catalogue
        self.ctx.stop_reading = lambda: self.model.set_ids_source(lambda *_ignored: [])
        self.features = Features(self.ctx)  # article, briefing, compare, matrix, history, about
        self.features.exchange.show_marks = self.model.set_marks
        self.files.on_damaged = self.features.safety.damaged_file

    # -- catalogue and filters --------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        """Show ``catalog`` (the previous one, if different, is closed)."""
        if catalog is not self.catalog:
            self.catalog.close()
            self.catalog = catalog
            self.undo_stack.clear()  # its steps belong to the other file
        self.ctx.catalog = catalog
        self._total: int | None = None  # live records, recounted only after writes
        self.runner.set_path(catalog.path, catalog.passphrase)
        self.model.set_catalog(catalog)
        self.searching.reset()
        self.request_facets()
        self.features.exchange.refresh()  # this file's conflicts, read once the worker has it
        self.checking.start(catalog)
        name = catalog.path.name if catalog.path else self.tr("(in memory)")
        self.setWindowTitle(f"{short_title(name)} — Pactum")

    def apply_filters(self, filters: Filters) -> None:
        self.model.set_filters(filters)
        self.request_facets()

    def request_facets(self, searched: bool = False) -> None:
        """Recount the facets for the table's filters and search on the worker; the table
        does not wait. While a search is shown, only once its answer is in (``searched``)."""
        if self.searching.active and not searched:
            return
        find = self.searching
        self.facets.recount(
            self.ops,
            (self.model.filters, find.text, find.typing),
            lambda: None if self.retired else (self.model.filters, find.text, find.typing),
        )

    def retire(self) -> None:
        """Stop reacting: this window is being replaced (jobs it asked for may still report)."""
        self.retired = True
        self.ops.retired = True
        self.checking.retire()
        self.current.stop()

    def _damaged(self, error: BaseException) -> None:
        """The background check found the file damaged: stop using it, offer restore/salvage."""
        if self.retired:
            return
        self.features.safety.damaged(error)

    def search(self, text: str, typing: bool = False) -> None:
        """Show what ``db.search`` finds for ``text`` within the facets (``search_panel``)."""
        self.facets.lay_out_afresh()
        self.searching.run(text, typing)
        self.request_facets()

    def refresh(self) -> None:
        """Re-read everything shown (after an import, an undo, a change elsewhere)."""
        current = self.current.selected_id()
        self._total = None
        self.model.reload()
        self.request_facets()
        if current is not None:
            self.current.select_id(current)

    def _after_reload(self) -> None:
        if self.model.filters == Filters() and self.model.ids_source is None:
            self._total = self.model.rowCount()
        if self._total is None:  # counted on the worker: it grows with the catalogue
            query = QueryOp(self.ops, lambda catalog, _progress: catalog.count())
            query.success(self._show_total).run()
        else:
            self._show_total(self._total)
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.view.show_record(None)

    def _show_total(self, total: int) -> None:
        if self.retired:
            return
        self._total = total
        self.counts.setText(
            self.tr("%1 shown of %2")
            .replace("%1", f"{self.model.rowCount():,}")
            .replace("%2", f"{total:,}")
        )

    def show_filtered(self, filters: Filters) -> None:
        """Show exactly the records of ``filters``: the search is cleared, the facets are
        set to them (so the sidebar, table and status bar agree)."""
        if self.searching.active:
            self.search_box.set_query("")
            self.search("")
        self.apply_filters(filters)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        has = current.isValid()
        self.actions_[Act.EDIT_RECORD].setEnabled(has)
        self.actions_[Act.DELETE_RECORD].setEnabled(has)
        self.current.follow()

    def _on_changes(self, changes: Changes) -> None:
        """What an operation changed: everything reloads; records refresh their rows (the
        table reloads only if which rows it shows changed) and the facets are recounted.
        In the catalogue's own order the ids are asked for on the worker (the one query
        that grows with the catalogue), so the GUI thread only applies them."""
        if self.retired:
            return
        if changes.everything:
            self.refresh()
            return
        self._total = None
        model = self.model
        if model.ids_source is None:
            filters, sort, descending = model.filters, model.sort_key, model.descending
            self.current.refreshing += 1

            def apply(ids: list[int]) -> None:
                self.current.refreshing -= 1
                unchanged = (filters, sort, descending) == (
                    model.filters,
                    model.sort_key,
                    model.descending,
                )
                if not self.retired and unchanged and model.ids_source is None:
                    self.current.refresh_rows(changes.records, ids)

            def failed(_error: Exception) -> None:
                self.current.refreshing -= 1

            query = QueryOp(self.ops, lambda cat, _p: cat.ids(filters, sort, descending))
            query.success(apply).failure(failed).run()
        else:
            self.current.refresh_rows(changes.records, None)
        self.request_facets()

    def _status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # -- commands ---------------------------------------------------------------------

    def edit_selected(self) -> None:
        self.records.edit_selected()

    def delete_selected(self) -> None:
        self.records.delete_selected()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.catalog, self.records.restore, self.lang, self)
        dialog.open()
        return dialog

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_catalogue(p))
        self.recent_menu.setEnabled(True)

    def _choose_language(self, lang: str) -> None:
        self.actions_[Act.ENGLISH].setChecked(lang == "en")
        self.actions_[Act.UKRAINIAN].setChecked(lang == "uk")
        if lang != self.lang:
            self.settings.language = lang
            self.language_requested.emit(lang)

    # -- remembering the layout -------------------------------------------------------

    def restore_layout(self) -> None:
        restore_layout(self, self.splitter, self.table, self.settings)
        self.searching.sync_view()

    def save_layout(self) -> None:
        save_layout(self, self.splitter, self.table, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.current.stop()
        self.save_layout()
        super().closeEvent(event)
