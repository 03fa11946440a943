"""The catalogue table's model: ids in display order, rows fetched a page at a time.

Filtering and sorting happen in SQL, which returns only integers; the visible rows are read
in pages of ``PAGE`` through ``Catalog.rows`` as the view asks for them, and kept in a small
cache. The ids come from ``Catalog.ids_in_chunks``: the first screens at once, with the
count of every matching row (so the scroll bar is right from the start), then the rest a
bounded chunk per turn of the event loop, so a million rows never stall the window; a row
whose id has not arrived yet is blank for that moment. Another module (search) can replace
where the ids come from with :meth:`CatalogueModel.set_ids_source`, and fill the last
column, "Match", with each hit's snippet (:meth:`CatalogueModel.show_snippets`); that column
is empty, and not sortable, otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)

from db import AgreementRow, Catalog, Filters, SortKey, party_label
from db.search import Snippet
from desktop.labels import kind_label, status_label

PAGE = 100
FIRST = 500
"""Ids read at once when the table is (re)loaded: its first screens."""
CHUNK = 20_000
"""Ids read per turn of the event loop after those (tens of milliseconds at a million)."""
MAX_CACHED_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role under which every cell answers with its record's id."""
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role under which the Match column answers with its snippet's (text, matched) parts."""
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role under which every cell answers with its row's damaged values (empty when none)."""

IdsSource = Callable[[Filters, SortKey, bool], list[int]]
"""Gives the ids to show, in order, for the filters and sort order the table asks for."""
SnippetFetcher = Callable[[list[int]], None]
"""Asked for the snippets of some shown ids; answers later through ``add_snippets``."""

COLUMNS: tuple[SortKey, ...] = (
    SortKey.SIGNED_ON,
    SortKey.KIND,
    SortKey.TITLE,
    SortKey.PARTIES,
    SortKey.STATUS,
    SortKey.SIGNATORIES,
)

_HEADERS = {
    SortKey.SIGNED_ON: QT_TRANSLATE_NOOP("CatalogueModel", "Date"),
    SortKey.KIND: QT_TRANSLATE_NOOP("CatalogueModel", "Kind"),
    SortKey.TITLE: QT_TRANSLATE_NOOP("CatalogueModel", "Title"),
    SortKey.PARTIES: QT_TRANSLATE_NOOP("CatalogueModel", "Partners"),
    SortKey.STATUS: QT_TRANSLATE_NOOP("CatalogueModel", "Status"),
    SortKey.SIGNATORIES: QT_TRANSLATE_NOOP("CatalogueModel", "Signatories"),
}
MATCH = len(COLUMNS)
"""The column showing where a search matched (after the sortable ones)."""
_MATCH_HEADER = QT_TRANSLATE_NOOP("CatalogueModel", "Match")


class CatalogueModel(QAbstractTableModel):
    """Rows of the catalogue for the current filters and sort order."""

    reloaded = Signal()
    """The set or order of rows changed (filters, sort, ids source or data)."""

    def __init__(
        self,
        catalog: Catalog,
        lang: str = "en",
        filters: Filters | None = None,
        load: bool = True,
    ) -> None:
        super().__init__()
        self._catalog = catalog
        self._lang = lang
        self._filters = filters or Filters()
        self._sort = SortKey.SIGNED_ON
        self._descending = True
        self._source: IdsSource | None = None
        self._ids: list[int] = []
        self._total = 0
        self._coming: Iterator[list[int]] | None = None
        """The rest of the ids, while they are being read (None once all are here)."""
        self._pages: dict[int, list[tuple[AgreementRow, tuple[str, ...]]]] = {}
        self._loaded = False
        self._snippets: dict[int, Snippet] = {}
        self._fetch: SnippetFetcher | None = None
        self._asked: set[int] = set()
        self._marked: set[int] = set()
        if load:
            self.reload()

    # -- what is shown ----------------------------------------------------------------

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.reload()

    def set_ids_source(self, source: IdsSource | None) -> None:
        """Take ids from ``source`` (for example a search) instead of ``Catalog.ids``."""
        self._source = source
        self.reload()

    def set_catalog(self, catalog: Catalog, filters: Filters | None = None) -> None:
        """Show another catalogue (with ``filters``, or none), its own ids again."""
        self._catalog = catalog
        self._source = None
        self._filters = filters or Filters()
        self.reload()

    @property
    def ids_source(self) -> IdsSource | None:
        return self._source

    def show_snippets(self, fetch: SnippetFetcher | None, known: dict[int, Snippet]) -> None:
        """Fill the Match column: ``known`` now, other rows through ``fetch`` (a page of
        ids at a time, once each, when the view first shows them); None empties it."""
        self._fetch = fetch
        self._snippets = dict(known)
        self._asked = set()
        self._match_changed()

    def add_snippets(self, found: dict[int, Snippet]) -> None:
        self._snippets.update(found)
        self._match_changed()

    def set_marks(self, marked: set[int]) -> None:
        """Mark these records' titles (open conflicts from an exchange: desktop/ui/exchange)."""
        self._marked = set(marked)
        if self._ids:
            title = COLUMNS.index(SortKey.TITLE)
            self.dataChanged.emit(self.index(0, title), self.index(len(self._ids) - 1, title))

    def snippet(self, agreement_id: int) -> Snippet | None:
        return self._snippets.get(agreement_id)

    def _match_changed(self) -> None:
        if self._ids:
            last = len(self._ids) - 1
            self.dataChanged.emit(self.index(0, MATCH), self.index(last, MATCH))

    def _match(self, row: int) -> Snippet | None:
        agreement_id = self._ids[row]
        found = self._snippets.get(agreement_id)
        page = row // PAGE
        if found is None and self._fetch is not None and page not in self._asked:
            self._asked.add(page)
            self._fetch(self._ids[page * PAGE : (page + 1) * PAGE])
        return found

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == MATCH:
            return
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # before the first load, only remember the order
            self.reload()

    def reload(self, ids: list[int] | None = None) -> None:
        """Ask the store again for the ids (after any change to data, filters or order);
        ``ids``: already asked for, in the current filters and order."""
        self._loaded = True
        self.beginResetModel()
        self._coming = None
        if ids is None and self._source is None:
            chunks = self._catalog.ids_in_chunks(
                self._filters, self._sort, self._descending, FIRST, CHUNK
            )
            ids = next(chunks, [])
            self._total = len(ids)
            if len(ids) > 0:
                self._total = max(len(ids), self._catalog.count(self._filters))
            if self._total > len(ids):
                self._coming = chunks
                QTimer.singleShot(0, lambda: self._more(chunks))
        elif ids is None:
            assert self._source is not None
            ids = self._source(self._filters, self._sort, self._descending)
        self._ids = ids
        if self._coming is None:
            self._total = len(ids)
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()
        self.reloaded.emit()

    @property
    def complete(self) -> bool:
        """Whether every id is here (not still being read in chunks)."""
        return self._coming is None

    def _more(self, chunks: Iterator[list[int]]) -> None:
        """Read the next chunk of ids (if this reading is still current)."""
        if chunks is not self._coming:
            return
        start = len(self._ids)
        chunk = next(chunks, None)
        if chunk is not None:
            self._ids.extend(chunk)
            self._pages.pop(start // PAGE, None)  # a page cut short at the chunk's edge
            if len(self._ids) <= self._total:
                self.dataChanged.emit(self.index(start, 0), self.index(len(self._ids) - 1, MATCH))
                QTimer.singleShot(0, lambda: self._more(chunks))
                return
        # All read: a write between the count and the reading may have changed the total.
        self._coming = None
        if len(self._ids) != self._total:
            self.reload(self._ids)

    def refresh_records(self, ids: frozenset[int], now: list[int] | None = None) -> bool:
        """Records ``ids`` were written: if the same rows are still shown in the same order,
        re-read only theirs (the view keeps its selection and scroll) and return True;
        otherwise reload. ``now``: the ids in the current filters and order, if already
        asked for (on the worker)."""
        source = self._source or self._catalog.ids
        if not self._loaded or not self.complete:
            self.reload(now)
            return False
        if now is None:
            now = source(self._filters, self._sort, self._descending)
        if now != self._ids:
            self.reload(now)
            return False
        for agreement_id in ids:
            row = self.row_of(agreement_id)
            if row is not None:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, MATCH))
        return True

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, agreement_id: int) -> int | None:
        try:
            return self._ids.index(agreement_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> AgreementRow | None:
        found = self._cached(row)
        return found[0] if found else None

    def _cached(self, row: int) -> tuple[AgreementRow, tuple[str, ...]] | None:
        """The row and its cells' texts, formatted once when its page is read."""
        if not 0 <= row < len(self._ids):
            return None  # not there, or its id not read yet
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[tuple[AgreementRow, tuple[str, ...]]]:
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            rows = self._catalog.rows(self._ids[number * PAGE : (number + 1) * PAGE])
            page = [(r, tuple(self.cell_text(r, key) for key in COLUMNS)) for r in rows]
            self._pages[number] = page
        return page

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = _MATCH_HEADER if section == MATCH else _HEADERS[COLUMNS[section]]
            return QCoreApplication.translate("CatalogueModel", header)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if index.column() == MATCH:
            return self._match_data(index.row(), role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DAMAGED_ROLE):
            return None
        found = self._cached(index.row())
        if role == DAMAGED_ROLE:
            return found[0].damaged if found else ()
        if role == Qt.ItemDataRole.ToolTipRole and found and found[0].damaged:
            return self.tr("Damaged: Pactum cannot read") + "".join(
                f"\n{d}" for d in found[0].damaged
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (1, 2, 3, 5):
            return None
        if not found:
            return None
        if found[0].id in self._marked and COLUMNS[index.column()] is SortKey.TITLE:
            return f"⇄ {found[1][index.column()]}"  # an open conflict (Tools › Exchange…)
        return found[1][index.column()]

    def _match_data(self, row: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SNIPPET_ROLE):
            return None
        found = self._match(row) if 0 <= row < len(self._ids) else None
        if found is None:
            return None
        return found.parts if role == SNIPPET_ROLE else "".join(t for t, _ in found.parts)

    def cell_text(self, row: AgreementRow, key: SortKey) -> str:
        raw = row.raw(key) if row.damaged else None
        if raw is not None:  # a value Pactum cannot read is shown as stored
            return f"⚠ {raw}"
        match key:
            case SortKey.SIGNED_ON:
                return row.signed_on.iso() if row.signed_on else ""
            case SortKey.KIND:
                return kind_label(row.kind, self._lang)
            case SortKey.TITLE:
                return row.title
            case SortKey.PARTIES:
                return ", ".join(party_label(p, self._lang) for p in row.parties)
            case SortKey.STATUS:
                return status_label(row.status, self._lang)
            case SortKey.SIGNATORIES:
                return "; ".join(row.signatories)
