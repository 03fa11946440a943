"""The table's selection and the record pane that follows its current row.

Moving through the table must never wait for the file: the record under the cursor is
read on the worker (a ``QueryOp``), and a record that arrives after the cursor moved on
is dropped, so holding an arrow key shows only where it stops. After a write, the rows
that changed are refreshed in place and the selection kept, or restored when a refresh
moved the rows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QTableView

from db import Agreement, Catalog, RecordNotFoundError
from desktop.ui.browse.table_model import CatalogueModel
from desktop.ui.ops import Operations, QueryOp
from desktop.ui.records.record_view import RecordView

type Shown = tuple[Agreement, dict[str, str]] | None
"""A record and the titles of the records it relates to, or None when it is gone."""


def read_for_pane(catalog: Catalog, key: int | str) -> Shown:
    """On the worker: the record by id or UUID and its relations' titles (None if gone)."""
    try:
        agreement = catalog.get(key)
    except RecordNotFoundError:
        return None
    titles = {}
    for relation in agreement.relations:
        try:
            titles[relation.target] = catalog.get(relation.target).title
        except RecordNotFoundError:
            continue
    return agreement, titles


class CurrentRecord(QObject):
    """Which rows are selected, which is current, and the pane showing the current one."""

    def __init__(
        self, ops: Operations, model: CatalogueModel, table: QTableView, view: RecordView
    ) -> None:
        super().__init__(table)
        self._ops = ops
        self._model = model
        self._table = table
        self._view = view
        self.refreshing = 0
        """Row refreshes asked of the worker and not applied yet."""
        self._pending_select: int | None = None
        self._asked: int | None = None
        """The record the pane last asked the worker for."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.show_current)

    def stop(self) -> None:
        self._timer.stop()

    def follow(self) -> None:
        """The current row moved: the table repaints first, the record follows."""
        self._timer.start()

    def selected_ids(self) -> list[int]:
        """The selected records, in the table's order."""
        rows = sorted({i.row() for i in self._table.selectionModel().selectedRows()})
        return [i for i in map(self._model.id_at, rows) if i is not None]

    def selected_id(self) -> int | None:
        index = self._table.currentIndex()
        return self._model.id_at(index.row()) if index.isValid() else None

    def select_id(self, agreement_id: int) -> bool:
        """Make the record current; one not shown yet while a refresh is on its way is
        selected when it arrives."""
        row = self._model.row_of(agreement_id)
        if row is None:
            if self.refreshing:
                self._pending_select = agreement_id
            return False
        self._table.selectionModel().setCurrentIndex(
            self._model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(self._model.index(row, 0))
        return True

    def select_uuid(self, uuid: str) -> None:
        """Go to a related record: select its row, or show it in the pane when the table
        does not show it (filtered out, or in the trash)."""

        def shown(result: Shown) -> None:
            if result is None:
                return
            agreement, titles = result
            if agreement.id is not None and not self.select_id(agreement.id):
                self._asked = None
                self._view.show_record(agreement, titles)

        QueryOp(self._ops, lambda catalog, _p: read_for_pane(catalog, uuid)).success(shown).run()

    def show_current(self) -> None:
        """Show the current row's record in full in the right pane (read on the worker)."""
        self._timer.stop()
        agreement_id = self.selected_id()
        self._asked = agreement_id
        if agreement_id is None:
            self._view.show_record(None)
            return

        def shown(result: Shown) -> None:
            if self._ops.retired or self._asked != agreement_id:
                return  # the cursor moved on; the newer request shows its own record
            if result is None:
                self._view.show_record(None)
            else:
                self._view.show_record(*result)

        query = QueryOp(self._ops, lambda catalog, _p: read_for_pane(catalog, agreement_id))
        query.success(shown).run()

    def refresh_rows(self, records: frozenset[int], ids: list[int] | None) -> None:
        """Records changed: refresh their rows (``ids``: the rows' new order, if asked),
        keep the selection, and re-read the pane if it shows one of them."""
        current = self.selected_id()
        if not self._model.refresh_records(records, ids):
            if current is not None:
                self.select_id(current)
        elif current in records:
            self.show_current()
        pending, self._pending_select = self._pending_select, None
        if pending is not None:
            self.select_id(pending)
