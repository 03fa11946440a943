"""The window's search: the field, the chips bar, the Match column and saved searches.

Every search runs on the window's worker (``ops``), never on the GUI thread, in
two steps: the best page of hits with their snippets (``db.search.search``, limited, as
fast as ``pactum search``) is shown first; only when there may be more does a second job
list every match in the same exact order (``db.search.search_ids``, several times slower
on a large catalogue), which then replaces the page. Snippets of further pages are fetched
the same way when the table first shows them. Each request carries a generation number: a
result whose generation is no longer the latest (the user typed on, changed the order or
the facets) is dropped, and a job that has not started yet when it is superseded returns
at once.

While a search is shown, results keep the chosen order (relevance or newest first), so
the column headers cannot be clicked (a tooltip says why): a click is never kept to sort
the table later, unseen. Clearing the field brings back the column order. Facet filters
narrow the search; any reload of the table (facets, an edit, an import) searches again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTableView

from db import Filters, SortKey
from db.search import (
    Chip,
    Parse,
    SavedSearch,
    delete_saved_search,
    highlighter,
    save_search,
    saved_searches,
    search,
    search_ids,
    snippets,
)
from desktop.ui.browse.table_model import MATCH, PAGE, CatalogueModel
from desktop.ui.context import WindowContext
from desktop.ui.errors import error_text
from desktop.ui.ops import CatalogOp, QueryOp
from desktop.ui.records.record_view import RecordView
from desktop.ui.search.facet_query import split_facets, with_facets
from desktop.ui.search.saved_searches import SavedSearchList
from desktop.ui.search.search_box import SearchBox
from desktop.ui.search.search_chips import SearchBar
from desktop.ui.search.snippet_delegate import SnippetDelegate

MATCH_WIDTH = 340
MATCH_PLACE = 3
"""Where the Match column first shows: after the title, before the partners."""


class SearchController(QObject):
    """Runs the window's searches in the background and shows their results."""

    results_shown = Signal(int)
    """A search's answer is in the table; carries how many records it found."""

    def __init__(
        self,
        ctx: WindowContext,
        model: CatalogueModel,
        table: QTableView,
        view: RecordView,
        search_box: SearchBox,
        search_bar: SearchBar,
        saved_searches: SavedSearchList,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.model, self.table, self.view = model, table, view
        self.search_box, self.search_bar, self.saved_searches = (
            search_box,
            search_bar,
            saved_searches,
        )
        self.text = ""
        self.order = "rank"
        self.parsed: Parse | None = None
        self._typing = False
        self._generation = 0
        self._ids: list[int] = []
        self._applying = False
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._search_again)
        self.table.setItemDelegateForColumn(MATCH, SnippetDelegate(self.table))
        header = self.table.horizontalHeader()
        header.resizeSection(MATCH, MATCH_WIDTH)
        header.moveSection(header.visualIndex(MATCH), MATCH_PLACE)
        bar = self.search_bar
        bar.chip_removed.connect(self.remove_chip)
        bar.order_changed.connect(self.set_order)
        bar.save_requested.connect(self.save)
        self.saved_searches.applied.connect(self.apply_saved)
        self.saved_searches.delete_requested.connect(self.delete_saved)

    @property
    def typing(self) -> bool:
        """The shown search's last word is also matched as a prefix (typed, not entered)."""
        return self._typing

    @property
    def active(self) -> bool:
        """A search is shown (or on its way) instead of the whole catalogue."""
        return bool(self.text)

    # -- searching --------------------------------------------------------------------

    def run(self, text: str, typing: bool = False, keep: bool = False) -> None:
        """Search for ``text`` within the facets (``typing``: its last word may be a
        prefix; ``keep``: stay on the selected record if it is found again); an empty
        text shows the whole catalogue again."""
        self.text = text
        self._typing = typing
        self._generation += 1
        self._again.stop()
        if not text:
            self._show_catalogue()
            return
        generation, order, filters = self._generation, self.order, self.model.filters

        def first_page(catalog, _progress) -> object:
            if generation != self._generation:  # superseded while it waited its turn
                return None
            found = search(catalog, text, order, PAGE, filters, typing=typing)
            return found, highlighter(catalog, text, typing)

        def every_match(catalog, _progress) -> object:
            if generation != self._generation:
                return None
            return search_ids(catalog, text, order, filters, typing)

        def show_first(result: object) -> None:
            if self._stale(generation) or result is None:
                return
            found, marks = result
            first = {hit.id: hit.snippet for hit in found.hits}
            complete = len(found.hits) < PAGE
            self.view.set_highlighter(marks)
            selected = self.ctx.selection.current() if keep else None
            self._show_results(found.parse, list(first), first, complete, selected)
            if not complete:
                QueryOp(self.ctx.ops, every_match).success(
                    lambda ids: show_all(found.parse, ids, first)
                ).failure(self._failed).run()

        def show_all(parsed: Parse, ids: object, first: dict) -> None:
            if not self._stale(generation) and isinstance(ids, list):
                self._show_results(parsed, ids, first, True, self.ctx.selection.current())

        self.search_bar.show_count(None)
        QueryOp(self.ctx.ops, first_page).success(show_first).failure(self._failed).run()

    def _stale(self, generation: int) -> bool:
        """A newer search (or another catalogue) superseded this answer."""
        return self.ctx.retired or generation != self._generation

    def _source(self, _filters: Filters, _sort: SortKey, _descending: bool) -> list[int]:
        """The model's ids while a search is shown. A reload the search did not cause
        (facets, an edit, an import) means the answer may have changed: search again,
        keeping the rows shown until the new answer arrives."""
        if not self._applying:
            self._again.start()
        return self._ids

    def _search_again(self) -> None:
        """The same search, after the data or the facets changed under it."""
        if self.text:
            self.run(self.text, self._typing, keep=True)

    def _show_results(
        self, parsed: Parse, ids: list[int], first: dict, complete: bool, selected: int | None
    ) -> None:
        """Show ``ids`` (all of them, or the first page while the rest are counted) with
        ``first`` page's snippets, staying on ``selected`` if it is among them."""
        self.parsed = parsed
        self._ids = ids
        model, table = self.model, self.table
        table.setSortingEnabled(False)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(False)
        header.setSectionsClickable(False)  # a click must not sort later, unseen
        header.setToolTip(
            self.tr(
                "Search results are in the search's order; clear the search to sort by a column."
            )
        )
        self._applying = True
        try:
            model.set_ids_source(self._source)
        finally:
            self._applying = False
        model.show_snippets(self._fetch, first)
        self.search_bar.show_parse(parsed)
        self.search_bar.show_count(len(ids), complete)
        self.sync_view()
        if selected is not None:
            self.ctx.selection.select(selected)
        if complete:
            self.results_shown.emit(len(ids))

    def _show_catalogue(self) -> None:
        self.parsed = None
        self._ids = []
        model, table = self.model, self.table
        self.view.set_highlighter(None)
        model.show_snippets(None, {})
        if model.ids_source is not None:
            model.set_ids_source(None)
        self.search_bar.show_parse(None)
        if not table.isSortingEnabled():  # back to the column order the header shows
            header = table.horizontalHeader()
            header.setSortIndicatorShown(True)
            header.setSectionsClickable(True)
            header.setToolTip("")
            table.setSortingEnabled(True)
        self.sync_view()

    def _fetch(self, ids: list[int]) -> None:
        """Snippets for a page the table is about to paint, from the worker."""
        generation, text, typing = self._generation, self.text, self._typing

        def done(found: object) -> None:
            if generation == self._generation and not self.ctx.retired and isinstance(found, dict):
                self.model.add_snippets(found)

        # asked from inside the model's data(): submit once the view has finished painting
        QTimer.singleShot(
            0,
            self,
            lambda: (
                QueryOp(self.ctx.ops, lambda catalog, _p: snippets(catalog, text, ids, typing))
                .success(done)
                .failure(self._failed)
                .run()
            ),
        )

    def _failed(self, error: BaseException) -> None:
        """A search never fails on its text; this is the file (closed, damaged): say so
        quietly, as typing must not raise dialogs."""
        if not self.ctx.retired:
            self.ctx.status(self.tr("Search failed: %1").replace("%1", error_text(error)))

    def sync_view(self) -> None:
        """The chips bar and the Match column show exactly while a search is active."""
        self.search_bar.setVisible(self.active)
        self.table.setColumnHidden(MATCH, not self.active)

    def reset(self) -> None:
        """Another catalogue is shown: forget the search, list that file's saved searches."""
        self._generation += 1
        self._again.stop()
        self.text = ""
        self.search_box.set_query("")
        self._show_catalogue()
        self.show_saved()

    # -- chips and order --------------------------------------------------------------

    def remove_chip(self, chip: Chip) -> None:
        if self.parsed is None:
            return
        text = self.parsed.without(chip)
        self.search_box.set_query(text)
        self.run(text)

    def set_order(self, order: str) -> None:
        self.order = order
        self.search_bar.set_order(order)
        if self.active:
            self.run(self.text)

    # -- saved searches ---------------------------------------------------------------

    def show_saved(self) -> None:
        self.saved_searches.show_searches(saved_searches(self.ctx.catalog))

    def save(self) -> None:
        """Keep the current query, with the ticked facets, under a name the user gives (one
        already in use is replaced if the user agrees)."""
        if not self.active:
            return
        name = self.ctx.prompter.text(
            self.tr("Save search"), self.tr("Name of this search:"), self.text
        )
        if name is None:
            return
        taken = any(s.name == name.strip() for s in saved_searches(self.ctx.catalog))
        question = self.tr("Replace the saved search “%1”?").replace("%1", name.strip())
        if taken and not self.ctx.prompter.confirm(self.tr("Save search"), question):
            return
        text, order = with_facets(self.text, self.model.filters), self.order
        CatalogOp(self.ctx.ops, lambda catalog, _p: save_search(catalog, name, text, order)).titled(
            self.tr("Save search")
        ).success(lambda _saved: self.show_saved()).run()

    def apply_saved(self, saved: SavedSearch) -> None:
        """Show a saved search again: its facets ticked, its text searched, in its order."""
        text, filters = split_facets(saved.query)
        self.order = saved.sort
        self.search_bar.set_order(saved.sort)
        self.ctx.selection.show_filtered(filters)
        self.search_box.set_query(text)
        if text:
            self.search_box.flush()

    def delete_saved(self, saved: SavedSearch) -> None:
        question = self.tr("Delete the saved search “%1”?").replace("%1", saved.name)
        if self.ctx.prompter.confirm(self.tr("Delete saved search"), question):
            CatalogOp(
                self.ctx.ops, lambda catalog, _p: delete_saved_search(catalog, saved.id)
            ).success(lambda _none: self.show_saved()).run()
