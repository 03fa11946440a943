"""Export Briefing…: choose partnerships and options, build off the GUI thread, preview, print.

The build is ``desktop.briefing.build_briefing`` run as a ``QueryOp`` on the window's one
worker (with its connection); the operation's progress handle carries the steps to the
progress bar and the Cancel button back to the build. A dialog opened on its own (tests)
starts a worker of its own on the catalogue's file and stops it when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db import Cancelled, Catalog, PartialDate, party_label
from desktop.briefing import build_briefing
from desktop.ui.errors import error_text
from desktop.ui.ops import Operations, QueryOp
from desktop.ui.ops.runner import TaskProgress, ThreadRunner
from desktop.ui.shell.dialogs import settle, suggested_name
from desktop.ui.shell.prompts import Prompter

PRINT_DPI = 300
MARKINGS = ("", "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ", "FOR OFFICIAL USE ONLY")
DEFAULT_LATEST = 20
"""A summary prints this many of the latest documents in full unless the user says."""


class BriefingDialog(QDialog):
    """Options on the left, the preview of the last briefing made on the right."""

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(parent)
        settle(self)
        self.catalog = catalog
        self.written: list[Path] = []
        self._own_runner: ThreadRunner | None = None
        if ops is None:  # on its own: a worker of its own, on the catalogue's file
            self._own_runner = ThreadRunner(catalog.path, catalog.passphrase)
            ops = Operations(self._own_runner, Prompter(self), parent=self)
        self._ops = ops
        self._progress: TaskProgress | None = None
        self._running = False
        self._closed = False
        self.setWindowTitle(self.tr("Export Briefing"))
        self.resize(1000, 680)

        self.partners = QListWidget()
        self._counts = {p.partner: p.count for p in catalog.partnerships()}
        for key in self._counts:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.language = QComboBox()
        self.language.addItem("Українська", "uk")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._name_partners)
        self._name_partners()
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.since = QLineEdit(placeholderText="YYYY[-MM[-DD]]")
        self.until = QLineEdit(placeholderText="YYYY[-MM[-DD]]")
        self.full_texts = QCheckBox(self.tr("Append full texts"))
        self.since_last = QCheckBox(self.tr("Say what changed since the last briefing"))
        self.summary = QCheckBox(self.tr("Summary: only the latest documents in full"))
        self.latest = QSpinBox()
        self.latest.setRange(1, 10_000)
        self.latest.setValue(DEFAULT_LATEST)
        self.latest.setEnabled(False)
        self.summary.toggled.connect(self.latest.setEnabled)
        summary = QHBoxLayout()
        summary.addWidget(self.summary)
        summary.addWidget(self.latest)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (for print)"), ".pdf")
        self.format.addItem(self.tr("Word document (to edit)"), ".docx")
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.per_file = QCheckBox(self.tr("One file per partnership (into a folder)"))
        self.output = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_output)
        where = QHBoxLayout()
        where.addWidget(self.output)
        where.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("Partners"), self.partners)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("Since"), self.since)
        form.addRow(self.tr("Until"), self.until)
        form.addRow("", self.full_texts)
        form.addRow("", self.since_last)
        form.addRow("", summary)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.per_file)
        form.addRow(self.tr("Save to"), where)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.make_button = QPushButton(self.tr("Make Briefing"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_briefing)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.cancel_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(self.bar)
        column.addWidget(self.status)
        column.addStretch()
        column.addLayout(buttons)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # -- options ------------------------------------------------------------------------

    def _name_partners(self) -> None:
        """Partners are listed in the briefing's language, with their document counts."""
        lang = self.language.currentData()
        for n in range(self.partners.count()):
            item = self.partners.item(n)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{party_label(key, lang)} ({key}) — {self._counts[key]}")

    def checked_partners(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.partners.item(n) for n in range(self.partners.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_partners(self, keys: list[str]) -> None:
        """Check exactly these partners (the window passes its current selection)."""
        for n in range(self.partners.count()):
            item = self.partners.item(n)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _choose_output(self) -> None:
        chosen = self.ask_output()
        if chosen:
            self.output.setText(chosen)

    def _format_chosen(self) -> None:
        """A Word briefing is one file: the output's ending follows the format."""
        suffix = self.format.currentData()
        word = suffix == ".docx"
        self.per_file.setEnabled(not word)
        if word:
            self.per_file.setChecked(False)
        text = self.output.text().strip()
        if text and Path(text).suffix.lower() in (".pdf", ".docx"):
            self.output.setText(str(Path(text).with_suffix(suffix)))

    def ask_output(self) -> str:
        """The file (or folder) to write; replaced in tests."""
        if self.per_file.isChecked():
            return QFileDialog.getExistingDirectory(self, self.tr("Folder for the briefings"))
        if self.format.currentData() == ".docx":
            return QFileDialog.getSaveFileName(
                self, self.tr("Save Briefing"), "briefing.docx", "Word (*.docx)"
            )[0]
        return QFileDialog.getSaveFileName(
            self,
            self.tr("Save Briefing"),
            suggested_name("briefing", [self.catalog.home_party, *self.checked_partners()]),
            "PDF (*.pdf)",
        )[0]

    def options(self) -> dict | None:
        """The build's keyword arguments, or None (with the reason shown) when incomplete."""
        partners = self.checked_partners()
        problem = None
        dates: dict[str, PartialDate | None] = {}
        for name, field in (("since", self.since), ("until", self.until)):
            try:
                dates[name] = PartialDate.parse(field.text()) if field.text().strip() else None
            except ValueError as error:
                problem = str(error)
        if not partners:
            problem = self.tr("Check at least one partner.")
        elif not self.output.text().strip():
            problem = self.tr("Choose where to save the briefing.")
        if problem:
            self.status.setText(problem)
            return None
        out = Path(self.output.text().strip())
        if not self.per_file.isChecked() and out.suffix.lower() not in (".pdf", ".docx"):
            out = out.with_name(out.name + self.format.currentData())
        return {
            "partners": partners,
            "out": out,
            "since_last": self.since_last.isChecked(),
            "latest": self.latest.value() if self.summary.isChecked() else None,
            "lang": self.language.currentData(),
            "marking": self.marking.currentText().strip() or None,
            "full_texts": self.full_texts.isChecked(),
            "per_file": self.per_file.isChecked(),
            **dates,
        }

    # -- building -----------------------------------------------------------------------

    def busy(self) -> bool:
        return self._running

    @Slot()
    def start(self) -> None:
        options = self.options()
        if options is None or self.busy():
            return
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Making the briefing…"))
        self.make_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        build = QueryOp(
            self._ops,
            lambda catalog, progress: build_briefing(catalog, progress=progress, **options),
        )
        self._running = True
        handle = build.on_progress(self._stepped).success(self._done).failure(self._failed).run()
        if self._running:  # not finished at once (a synchronous runner)
            self._progress = handle

    @Slot()
    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    @Slot(int, int)
    def _stepped(self, done: int, total: int) -> None:
        if self._closed:  # a report that was on its way when the dialog closed
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _finish(self, message: str) -> bool:
        """False when the dialog was closed meanwhile (nothing left to show it in)."""
        self._progress = None
        self._running = False
        if self._closed:
            return False
        self.bar.setVisible(False)
        self.make_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(message)
        return True

    def _done(self, written: list[Path]) -> None:
        self.written = written
        if self._finish(self.tr("Written: %s") % ", ".join(str(p) for p in written)):
            printable = written[0].suffix.lower() == ".pdf"
            if printable:  # a Word briefing opens in Word, not in the preview
                self.document.load(str(written[0]))
            else:
                self.document.close()
            self.print_button.setEnabled(printable)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            self._finish(self.tr("Cancelled; no file was written."))
        else:
            self._finish(self.tr("The briefing could not be made: %s") % error_text(error))

    def done(self, result: int) -> None:
        """Closing while a build runs cancels it; a worker of the dialog's own stops."""
        self.cancel()
        self._closed = True
        if self._own_runner is not None:
            self._own_runner.shutdown()
            self._own_runner = None
        super().done(result)

    # -- printing -----------------------------------------------------------------------

    def ask_printer(self) -> QPrinter | None:
        """The system print dialog; replaced in tests."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF pages carry their own margins
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @Slot()
    def print_briefing(self) -> None:
        """Print the previewed briefing, each page rendered at up to PRINT_DPI and scaled to
        the paper (a 1200 dpi A4 bitmap would take half a gigabyte)."""
        printer = self.ask_printer()
        if printer is None or self.document.pageCount() == 0:
            return
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return
        try:
            device = printer.resolution() / 72
            dpi = min(printer.resolution(), PRINT_DPI) / 72
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi), round(points.height() * dpi))
                )
                target = QRectF(0, 0, points.width() * device, points.height() * device)
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))
