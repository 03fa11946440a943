"""Tools › Partnership Matrix: built on the worker, rebuilt when the catalogue changes,
a cell shows its records in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from db import Catalog, Filters
from desktop.compare.matrix import Matrix, MatrixAxis, build_matrix
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.compare.feature import as_window
from desktop.ui.context import WindowContext
from desktop.ui.ops import QueryOp
from desktop.ui.shell.actions import Act


class MatrixFeature(QObject):
    """The partnership matrix of one window (one view at a time)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.matrix: MatrixView | None = None
        ctx.actions.on(Act.MATRIX, self.show_matrix)
        ctx.bus.changed.connect(self._catalogue_changed)

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def _catalogue_changed(self, _changes: object = None) -> None:
        if self.matrix is not None:
            self.matrix.reload()

    def show_matrix(self) -> MatrixView:
        if self.matrix is not None:
            self.matrix.raise_()
            return self.matrix
        view = MatrixView(self._build_matrix, parent=self.ctx.window, lang=self.ctx.lang)
        view.catalogue_path = self.catalog.path
        as_window(view)
        view.filterRequested.connect(self.show_filtered)
        title = QCoreApplication.translate("Features", "Export matrix")
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
