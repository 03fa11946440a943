"""Export Briefing…: options, a build off the GUI thread, cancel, preview and print."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from db import open_catalog
from desktop.ui.briefing.briefing_dialog import BriefingDialog


@pytest.fixture
def dialog(qtbot, demo_file: Path):
    catalog = open_catalog(demo_file)
    shown = BriefingDialog(catalog)
    qtbot.addWidget(shown)
    yield shown
    shown.reject()
    catalog.close()


def test_lists_partnerships_and_refuses_incomplete_options(dialog: BriefingDialog) -> None:
    keys = [dialog.partners.item(n).text() for n in range(dialog.partners.count())]
    assert "Литва (LT) — 1" in keys and len(keys) == 3
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.partners.item(keys.index("Литва (LT) — 1")).text() == "Lithuania (LT) — 1"
    dialog.start()
    assert not dialog.busy()
    assert "partner" in dialog.status.text()
    dialog.set_partners(["LT"])
    dialog.since.setText("25.08.2025")
    dialog.output.setText("/tmp/x.pdf")
    dialog.start()
    assert not dialog.busy() and "not a date" in dialog.status.text()


def test_builds_off_the_gui_thread_and_previews(qtbot, dialog: BriefingDialog, tmp_path) -> None:
    out = tmp_path / "lt.pdf"
    dialog.set_partners(["LT", "CA"])
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.marking.setCurrentText("FOR OFFICIAL USE ONLY")
    dialog.ask_output = lambda: str(out)
    dialog._choose_output()
    dialog.start()
    assert dialog.busy() and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.written == [out] and out.exists()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 6
    assert dialog.print_button.isEnabled()


def test_cancel_stops_the_build_and_writes_nothing(qtbot, dialog, tmp_path) -> None:
    out = tmp_path / "b.pdf"
    dialog.set_partners(["LT", "CA", "SE"])
    dialog.output.setText(str(out))
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert not out.exists() and dialog.make_button.isEnabled()


def test_print_renders_every_page(qtbot, dialog: BriefingDialog, tmp_path) -> None:
    dialog.set_partners(["SE"])
    dialog.output.setText(str(tmp_path / "se.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    printed = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        chosen.setFullPage(True)
        return chosen

    dialog.ask_printer = printer
    dialog.print_briefing()
    assert dialog.status.text() == "Sent to the printer."
    copy = QPdfDocument()
    copy.load(str(printed))
    assert copy.pageCount() == dialog.document.pageCount()


def test_a_word_briefing_with_changes_since_the_last_one(
    qtbot, dialog: BriefingDialog, tmp_path
) -> None:
    """The format choice writes .docx (no preview, nothing to print); the tick box asks
    for "Since the last briefing"; the summary spin box sets how many print in full."""
    dialog.set_partners(["LT"])
    dialog.output.setText(str(tmp_path / "lt.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert dialog.output.text() == str(tmp_path / "lt.docx")
    assert not dialog.per_file.isEnabled()
    dialog.since_last.setChecked(True)
    dialog.summary.setChecked(True)
    dialog.latest.setValue(5)
    options = dialog.options()
    assert options is not None
    assert options["since_last"] is True and options["latest"] == 5
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.written == [tmp_path / "lt.docx"]
    document = Document(str(tmp_path / "lt.docx"))
    assert any("Від попередньої довідки" in p.text for p in document.paragraphs)
    assert not dialog.print_button.isEnabled()
