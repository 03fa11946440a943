"""Edit › History…: one record's versions, any two side by side, an old value put back.

Versions are rebuilt from the history by ``db.versions``; the comparison is
``desktop.compare.versions.compare_versions`` shown with the compare view's table model and
word-diff HTML. Restoring is not done here: the dialog hands (field, version, the version it
showed as current) to ``restore``, which the window makes an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db import Catalog, Change, versions
from desktop.compare.sides import Mark
from desktop.compare.versions import compare_versions, latest_change
from desktop.labels import field_label
from desktop.ui.compare.compare_view import ComparisonModel, diff_html
from desktop.ui.shell.dialogs import settle, short_title

ACTIONS = {
    "created": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "imported": QT_TRANSLATE_NOOP("HistoryDialog", "imported"),
    "deleted": QT_TRANSLATE_NOOP("HistoryDialog", "moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("HistoryDialog", "restored"),
    "merged": QT_TRANSLATE_NOOP("HistoryDialog", "merged"),
}
"""History actions that change no listed field, as the version list names them."""

Restore = Callable[[str, int, int, Callable[[], None]], None]
"""``restore(field, from_version, read_version, done)``: writes the value (on the worker)
and calls ``done`` once it is written; a refusal is shown by whoever writes."""


def describe(version: int, changes: list[Change], lang: str) -> str:
    """``v3 · 2025-08-26 10:15 · who · title, status``: what one version changed."""
    mine = [c for c in changes if c.version == version]
    if not mine:
        return f"v{version}"
    last = mine[-1]
    fields = sorted({c.field for c in mine if c.field not in ("", "deleted_at")})
    action = ACTIONS.get(last.action)
    what = ", ".join(field_label(f, lang) for f in fields) or (
        QCoreApplication.translate("HistoryDialog", action) if action else last.action
    )
    when = last.changed_at[:16].replace("T", " ")
    return f"v{version} · {when} · {last.changed_by} · {what}"


class HistoryDialog(QDialog):
    """Two version pickers, the aligned fields of both, and "restore this field"."""

    def __init__(
        self,
        catalog: Catalog,
        agreement_id: int,
        restore: Restore,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.catalog = catalog
        self.agreement_id = agreement_id
        self._restore = restore
        self._lang = lang
        self.resize(1000, 640)
        self.older = QComboBox()
        self.newer = QComboBox()
        self.model: ComparisonModel | None = None
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.diffs = QTextBrowser()
        self.restore_button = QPushButton(self.tr("Restore this field from the older version"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Compare")))
        pickers.addWidget(self.older, 1)
        pickers.addWidget(QLabel(self.tr("with")))
        pickers.addWidget(self.newer, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.diffs)
        split.setStretchFactor(0, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(self.show_comparison)
        self.newer.currentIndexChanged.connect(self.show_comparison)
        self.reload()

    def reload(self) -> None:
        """List the versions again (after a restore added one): the newest change of a field
        is compared with the version before it."""
        record = self.catalog.get(self.agreement_id)
        self.current_version = record.version
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", short_title(record.title)))
        changes = self.catalog.history(self.agreement_id)
        known = versions(self.catalog, self.agreement_id)
        for box in (self.older, self.newer):
            box.blockSignals(True)
            box.clear()
            for version in known:
                box.addItem(describe(version, changes, self._lang), version)
            box.blockSignals(False)
        older, newer = latest_change(changes, known) or (known[max(0, len(known) - 2)], known[-1])
        self.older.setCurrentIndex(known.index(older))
        self.newer.setCurrentIndex(known.index(newer))
        self.show_comparison()

    def show_comparison(self) -> None:
        older, newer = self.older.currentData(), self.newer.currentData()
        if older is None or newer is None:
            return
        comparison = compare_versions(
            self.catalog, self.agreement_id, older, newer, lang=self._lang
        )
        if self.model is None:
            self.model = ComparisonModel(comparison)
            self.table.setModel(self.model)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column in (ComparisonModel.FIRST_DOCUMENT, ComparisonModel.FIRST_DOCUMENT + 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            self.model.set_comparison(comparison)
        self.table.resizeRowsToContents()
        marked = diff_html(comparison)
        self.diffs.setHtml(marked)
        self.diffs.setVisible(bool(marked))
        self.message.setText("")

    def selected_field(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.model else []
        if not rows or self.model is None:
            return None
        return self.model.comparison.rows[rows[0].row()].field

    def select_field(self, field: str) -> None:
        assert self.model is not None
        row = next(n for n, r in enumerate(self.model.comparison.rows) if r.field == field)
        self.table.selectRow(row)

    def restore_selected(self) -> None:
        """Put the selected field's value in the older version back (a new version). A list
        field (subjects, signatories...) comes back whole, whichever of its rows is selected."""
        field = self.selected_field()
        if field is None or self.model is None:
            self.message.setText(self.tr("Select the field to restore."))
            return
        older = self.older.currentData()
        rows = [r for r in self.model.comparison.rows if r.field == field]
        if all(r.mark is Mark.SHARED for r in rows):
            self.message.setText(self.tr("That field is the same in both versions."))
            return

        def restored() -> None:
            self.reload()
            self.message.setText(
                self.tr("%1 restored from version %2.")
                .replace("%1", field_label(field, self._lang))
                .replace("%2", str(older))
            )

        self._restore(field, older, self.current_version, restored)
