"""File › Import of a spreadsheet through the real widgets: the preview's mapping, rows and
problems; changing a column's target; skipping bad rows; cancelling writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.files.sheet_import import SheetPreview
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow

ROWS = [
    "Дата;Вид;Назва;Сторони;Додатково",
    "16 жовтня 2025;меморандум;Меморандум про енергетику;Литва;перший",
    "01.09.2024;угода;Угода про дрони;Литвa;",  # a Latin "a"
    "2024;договір;Договір про логістику;Польща;",
]


def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_bytes("\r\n".join(ROWS).encode("cp1251"))
    return path


def preview(window: MainWindow, prompter, tmp_path: Path) -> SheetPreview:
    prompter.paths.append(sheet(tmp_path))
    window.actions_[Act.IMPORT].trigger()
    dialog = window.findChild(SheetPreview)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_preview_shows_mapping_rows_and_each_problem_then_imports_good_rows(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    before = window.model.rowCount()
    dialog = preview(window, prompter, tmp_path)
    assert [dialog.mapping.item(n, 1).text() for n in range(5)] == ROWS[0].split(";")
    assert dialog.mapping.cellWidget(3, 2).currentData() == "parties"
    assert dialog.mapping.cellWidget(4, 2).currentData() is None  # Додатково: left out
    assert dialog.rows.item(0, 4).text() == "Меморандум про енергетику"
    assert dialog.rows.item(1, 0).text() == "3 !"
    problems = [dialog.problems.item(n).text() for n in range(dialog.problems.count())]
    assert problems == [
        "row 3, column D (Сторони): 'Литвa' mixes Latin and Cyrillic letters "
        "(did you mean 'Литва'?)"
    ]
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert "Added 2" in prompter.infos[-1][1]
    assert window.model.rowCount() == before + 2


def test_changing_a_columns_field_reads_the_rows_again(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    dialog = preview(window, prompter, tmp_path)
    notes = dialog.mapping.cellWidget(4, 2)
    notes.setCurrentIndex(notes.findData("notes"))
    assert dialog.plan.rows[0].agreement.notes == ("перший",)
    title = dialog.mapping.cellWidget(2, 2)
    title.setCurrentIndex(title.findData(None))
    assert "no column holds the title" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_cancel_writes_nothing_and_escape_closes(
    window: MainWindow, prompter, tmp_path: Path, qtbot
) -> None:
    before = window.catalog.count()
    dialog = preview(window, prompter, tmp_path)
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.catalog.count() == before


def test_an_unreadable_workbook_is_one_message(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 nothing")
    prompter.paths.append(broken)
    window.actions_[Act.IMPORT].trigger()
    assert window.findChild(SheetPreview) is None
    assert "not a readable XLSX workbook" in prompter.errors[-1][1]


def test_in_ukrainian_the_preview_says_each_problem_in_ukrainian(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    from desktop.ui.shell.i18n import Translators

    translators = Translators()
    translators.install("uk")
    try:
        dialog = preview(window, prompter, tmp_path)
        assert dialog.problems.item(0).text() == (
            "рядок 3, стовпець D (Сторони): «Литвa» змішує латинські й кириличні літери "
            "(можливо, «Литва»?)"
        )
        assert dialog.mapping.cellWidget(3, 2).currentText() == "Сторони"
        assert dialog.skip_bad.text() == "&Пропустити рядки з проблемами"
    finally:
        translators.install("en")
