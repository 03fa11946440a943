"""The review dialog (pytest-qt): paste the sample article, accept two of three, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import Catalog, Filters
from desktop.ui.article.article_dialog import ArticleDialog
from tests.conftest import CORPUS

SAMPLE = (CORPUS / "seed-article-uk.txt").read_text(encoding="utf-8")


@pytest.fixture
def dialog(qtbot, catalog: Catalog) -> ArticleDialog:
    shown = ArticleDialog(catalog)
    qtbot.addWidget(shown)
    shown.text.setPlainText(SAMPLE)
    shown.read_text()
    return shown


def test_paste_accept_two_of_three_and_undo(qtbot, dialog: ArticleDialog, catalog) -> None:
    assert dialog.list.count() == 3
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.records_accepted) as accepted:
        qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    report = accepted.args[0]
    assert [a.party_keys for a in report.added] == [("UA", "LT"), ("UA", "SE")]
    assert catalog.count() == 2 and catalog.count(Filters(partners=("CA",))) == 0
    assert dialog.result() == ArticleDialog.DialogCode.Accepted
    # What the window's undo does with the report: remove exactly what was added.
    with catalog.writing():
        for record in report.added:
            catalog.delete(record.id)
    assert catalog.count() == 0


def test_an_edited_field_is_what_gets_saved(qtbot, dialog: ArticleDialog, catalog) -> None:
    dialog.list.setCurrentRow(2)
    dialog.fields["title"].setText("Лист про наміри щодо спільного виробництва")
    dialog.list.setCurrentRow(0)  # moving away keeps the edit
    for row in (0, 1):
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept_checked()
    (record,) = dialog.result_report.added
    assert record.title == "Лист про наміри щодо спільного виробництва"
    assert catalog.get(record.id).signatories[1].name == "Пол Йонсон"


def test_a_bad_edit_is_reported_and_nothing_saved(dialog: ArticleDialog, catalog) -> None:
    dialog.fields["signed_on"].setText("25.08.2025")
    dialog.accept_all()
    assert "signed_on" in dialog.message.text()
    assert catalog.count() == 0 and dialog.result() != ArticleDialog.DialogCode.Accepted


def test_focusing_a_field_highlights_its_sentence(qtbot, dialog: ArticleDialog) -> None:
    dialog.show()
    dialog.list.setCurrentRow(1)
    dialog.highlight_field("signed_on")
    marked = {s.cursor.selectedText() for s in dialog.text.extraSelections()}
    assert any(text.startswith("Нагадаємо, 24 серпня") for text in marked)


def test_duplicate_offered_as_a_new_source(qtbot, demo: Catalog) -> None:
    shown = ArticleDialog(demo)
    qtbot.addWidget(shown)
    shown.text.setPlainText(SAMPLE)
    shown.read_text()
    assert "⚠" in shown.list.item(0).text()
    assert shown.checked_rows() == []  # likely duplicates wait for a choice
    assert not shown.as_source.isHidden()
    shown.as_source.setChecked(True)
    shown.list.item(0).setCheckState(Qt.CheckState.Checked)
    before = len(demo.get(1).sources)
    shown.accept_checked()
    assert shown.result_report.added == ()
    assert len(demo.get(1).sources) == before + 1 and demo.count() == 3


def test_open_a_file(qtbot, catalog: Catalog, tmp_path: Path) -> None:
    shown = ArticleDialog(catalog)
    qtbot.addWidget(shown)
    page = Path(__file__).parent / "texts" / "en-html-contract.html"
    shown.choose_file = lambda: str(page)
    shown.open_file()
    assert shown.published.text() == "2025-05-28"
    assert shown.list.count() == 1 and "<p>" not in shown.text.toPlainText()


def test_a_text_without_documents(qtbot, catalog: Catalog) -> None:
    shown = ArticleDialog(catalog)
    qtbot.addWidget(shown)
    shown.text.setPlainText("Міністри обговорили співпрацю.")
    shown.read_text()
    assert shown.list.count() == 0 and not shown.accept_all_button.isEnabled()
