"""Edit › History…: a record's versions, and putting back an old value as one undoable
edit (written on the worker)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt

from db import Agreement, Catalog, restore_field
from desktop.labels import field_label
from desktop.ui.context import WindowContext
from desktop.ui.ops import CatalogOp
from desktop.ui.records.history_dialog import HistoryDialog
from desktop.ui.records.undo import EditCommand
from desktop.ui.shell.actions import Act


class HistoryFeature(QObject):
    """The history of the current record."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.HISTORY, self.show_history)
        ctx.selection.changed.connect(self._update_actions)
        self._update_actions()

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def _update_actions(self) -> None:
        self.ctx.actions[Act.HISTORY].setEnabled(self.ctx.selection.current() is not None)

    def _failed(self, error: BaseException) -> None:
        self.ctx.ops.show_error(QCoreApplication.translate("Features", "Not saved"), error)

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
                text = QCoreApplication.translate("Features", "Restore %1 of “%2”").replace(
                    "%1", label
                )
                text = text.replace("%2", saved.title)
                changed = self.ctx.selection.select
                self.ctx.undo_stack.push(EditCommand(text, self.ctx.ops, before, saved, changed))
            done()

        CatalogOp(self.ctx.ops, work).success(written).failure(self._failed).run()

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
