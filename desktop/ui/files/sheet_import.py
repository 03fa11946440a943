"""File › Import of a spreadsheet: read and check it on the worker, preview, then import.

The preview shows the mapping (each column's target can be changed: the sheet is then read
again against it, on the worker, without reading the file again), the first rows as they
would be stored, and every problem with its row and column. The user fixes the mapping,
chooses to skip bad rows (and whether rows that look like records already in the catalogue
are imported too), or cancels. Importing is one ``CatalogOp``: all the chosen rows or none.
The reading and checking is ``desktop.sheets``, the same as ``pactum import SHEET``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Catalog, ImportReport
from desktop.labels import kind_label
from desktop.sheets import (
    TARGETS,
    Mapping,
    SheetPlan,
    SheetProblem,
    column_name,
    import_plan,
    plan_sheet,
    read_sheet,
)
from desktop.ui.errors import problem_text
from desktop.ui.ops import CatalogOp, Operations, QueryOp

PREVIEW_ROWS = 100
"""Rows shown as they would be stored (every problem is listed, however many rows)."""

IMPORT_FILTER = (
    "Pactum JSON, CSV, Excel (*.json *.csv *.tsv *.xlsx);;JSON (*.json);;"
    "CSV (*.csv *.tsv);;Excel (*.xlsx)"
)


def window_language() -> str:
    """The window's language as a code: this source text is translated as "uk"."""
    return "uk" if QCoreApplication.translate("SheetImport", "en") == "uk" else "en"


def problem_line(problem: SheetProblem, lang: str) -> str:
    """ "row 5, column C (Сторони): …" in the window's language."""
    text = problem_text(problem.rule) if problem.rule is not None else problem.message(lang)
    where = problem.place(lang)
    return f"{where}: {text}" if where else text


class SheetPreview(QDialog):
    """The mapping, the first rows as stored, the problems; Import or Cancel."""

    def __init__(self, ops: Operations, plan: SheetPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan = plan
        self.lang = window_language()
        self.report: ImportReport | None = None
        self.setWindowTitle(
            QCoreApplication.translate("SheetImport", "Import “%1”").replace(
                "%1", plan.sheet.path.name
            )
        )
        self.resize(900, 640)
        self.summary = QLabel(self)
        self.mapping = QTableWidget(0, 3, self)
        self.mapping.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SheetImport", "Column"),
                QCoreApplication.translate("SheetImport", "Header"),
                QCoreApplication.translate("SheetImport", "Field"),
            ]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.mapping.verticalHeader().hide()
        self.mapping.setAccessibleName(QCoreApplication.translate("SheetImport", "Mapping"))
        self.rows = QTableWidget(0, 5, self)
        self.rows.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SheetImport", "Row"),
                QCoreApplication.translate("SheetImport", "Date signed"),
                QCoreApplication.translate("SheetImport", "Kind"),
                QCoreApplication.translate("SheetImport", "Parties"),
                QCoreApplication.translate("SheetImport", "Title"),
            ]
        )
        self.rows.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.setAccessibleName(
            QCoreApplication.translate("SheetImport", "Rows as they would be stored")
        )
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(QCoreApplication.translate("SheetImport", "Problems"))
        self.skip_bad = QCheckBox(
            QCoreApplication.translate("SheetImport", "&Skip rows with problems"), self
        )
        self.keep_duplicates = QCheckBox(
            QCoreApplication.translate(
                "SheetImport", "Also import rows that &look like records already in the catalogue"
            ),
            self,
        )
        self.skip_bad.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("SheetImport", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.mapping, self.rows, self.problems):
            split.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.keep_duplicates)
        layout.addWidget(self.buttons)
        self.show_plan(plan)

    # -- showing the plan --------------------------------------------------------------

    def show_plan(self, plan: SheetPlan) -> None:
        self.plan = plan
        layout = plan.sheet.layout
        about = f" · {layout.encoding} · “{layout.delimiter}”" if layout.encoding else ""
        self.summary.setText(
            QCoreApplication.translate(
                "SheetImport", "%1 rows, %2 with problems, %3 like records already there"
            )
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(len(plan.bad_rows)))
            .replace("%3", str(len(plan.duplicates)))
            + about
        )
        self._show_mapping(plan.mapping)
        self._show_rows(plan)
        self.problems.clear()
        for problem in plan.problems:
            self.problems.addItem(problem_line(problem, self.lang))
        for duplicate in plan.duplicates:
            self.problems.addItem(
                QCoreApplication.translate(
                    "SheetImport", "row %1: looks like record %2 “%3” (skipped unless chosen below)"
                )
                .replace("%1", str(duplicate.row))
                .replace("%2", str(duplicate.record_id))
                .replace("%3", duplicate.title)
            )
        self._update_buttons()

    def _show_mapping(self, mapping: Mapping) -> None:
        self.mapping.setRowCount(len(mapping.headers))
        for n, (header, target) in enumerate(zip(mapping.headers, mapping.targets, strict=True)):
            self.mapping.setItem(n, 0, QTableWidgetItem(column_name(n)))
            self.mapping.setItem(n, 1, QTableWidgetItem(header))
            choice = QComboBox(self.mapping)
            choice.addItem(QCoreApplication.translate("SheetImport", "(leave out)"), None)
            for key, names in TARGETS.items():
                choice.addItem(names[1] if self.lang == "uk" else names[0], key)
            choice.setCurrentIndex(max(0, choice.findData(target)))
            choice.setAccessibleName(
                QCoreApplication.translate("SheetImport", "Field of column %1").replace(
                    "%1", column_name(n)
                )
            )
            choice.currentIndexChanged.connect(
                lambda _i, column=n, box=choice: self.change_target(column, box.currentData())
            )
            self.mapping.setCellWidget(n, 2, choice)

    def _show_rows(self, plan: SheetPlan) -> None:
        shown = plan.rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        for n, row in enumerate(shown):
            a = row.agreement
            cells = [
                str(row.row) + (" !" if row.problems else ""),
                a.signed_on.iso() if a.signed_on else "",
                kind_label(a.kind, self.lang),
                ", ".join(a.party_keys),
                a.title,
            ]
            for column, text in enumerate(cells):
                self.rows.setItem(n, column, QTableWidgetItem(text))

    def _update_buttons(self) -> None:
        plan = self.plan
        allowed = not plan.sheet_problems and (not plan.bad_rows or self.skip_bad.isChecked())
        self.import_button.setEnabled(allowed and bool(plan.rows))

    # -- changing the mapping ----------------------------------------------------------

    def change_target(self, column: int, target: str | None) -> None:
        """Read the sheet again with ``column`` filling ``target`` (on the worker)."""
        mapping = self.plan.mapping.with_target(column, target)
        sheet = self.plan.sheet
        QueryOp(
            self.ops, lambda catalog, progress: plan_sheet(catalog, sheet, mapping, progress)
        ).with_progress(QCoreApplication.translate("SheetImport", "Checking the sheet")).titled(
            QCoreApplication.translate("SheetImport", "Import")
        ).success(self.show_plan).run()

    # -- importing ---------------------------------------------------------------------

    def start_import(self) -> None:
        plan, skip, keep = self.plan, self.skip_bad.isChecked(), self.keep_duplicates.isChecked()

        def work(catalog: Catalog, progress: object) -> ImportReport:
            return import_plan(
                catalog,
                plan,
                skip_bad_rows=skip,
                keep_duplicates=keep,
                progress=progress,  # type: ignore[arg-type]
            )

        CatalogOp(self.ops, work).with_progress(
            QCoreApplication.translate("SheetImport", "Importing"), dialog=True
        ).titled(QCoreApplication.translate("SheetImport", "Not imported")).success(
            self._imported
        ).run()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.ops.prompter.inform(
            QCoreApplication.translate("SheetImport", "Import"),
            QCoreApplication.translate("SheetImport", "Added %1 agreements.").replace(
                "%1", str(report.added)
            ),
        )
        self.accept()


def import_sheet(ops: Operations, path: Path, parent: QWidget | None) -> None:
    """Read and check ``path`` on the worker, then show the preview."""

    def work(catalog: Catalog, progress: object) -> SheetPlan:
        sheet = read_sheet(path, progress=progress)  # type: ignore[arg-type]
        return plan_sheet(catalog, sheet, None, progress)  # type: ignore[arg-type]

    def show(plan: SheetPlan) -> None:
        dialog = SheetPreview(ops, plan, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    QueryOp(ops, work).with_progress(
        QCoreApplication.translate("SheetImport", "Reading the sheet"), dialog=True
    ).titled(QCoreApplication.translate("SheetImport", "Cannot import")).success(show).run()
