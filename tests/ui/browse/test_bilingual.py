"""The window in Ukrainian shows subjects by their Ukrainian names; search shows synonyms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from db import Catalog, MatrixAxis, thesaurus
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.shell.actions import Act
from desktop.ui.shell.i18n import Translators
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.window_helpers import LT, select

ENGLISH_LABELS = {c.pref_en for c in thesaurus().concepts.values()} | {
    a for c in thesaurus().concepts.values() for a in c.alt_en
}


def _english_subjects_in(text: str) -> set[str]:
    return {label for label in ENGLISH_LABELS if re.search(rf"\b{re.escape(label)}\b", text)}


@pytest.fixture
def ukrainian(qtbot, demo: Catalog, prompter) -> Iterator[MainWindow]:
    translators = Translators()
    translators.install("uk")
    window = MainWindow(demo, Settings({}), SyncRunner(lambda: demo), prompter, lang="uk")
    qtbot.addWidget(window)
    window.show()
    yield window
    translators.install("en")


def test_facets_name_subjects_in_ukrainian(ukrainian: MainWindow) -> None:
    group = next(
        ukrainian.facets.topLevelItem(n)
        for n in range(ukrainian.facets.topLevelItemCount())
        if ukrainian.facets.topLevelItem(n).text(0).startswith("Теми")
    )
    shown = [group.child(n).text(0) for n in range(group.childCount())]
    assert any(s.startswith("спільне виробництво") for s in shown)
    assert not _english_subjects_in("\n".join(shown))


def test_record_view_names_subjects_in_ukrainian(ukrainian: MainWindow, qtbot) -> None:
    select(ukrainian, LT)
    qtbot.waitUntil(lambda: "далекобійні дрони" in ukrainian.view.toPlainText())
    record = ukrainian.catalog.get(LT)
    shown = ukrainian.view.toPlainText()
    for translation in (record.title_translation, record.summary_translation):
        shown = shown.replace(translation, "")  # English by design
    assert not _english_subjects_in(shown)


def test_matrix_headers_name_subjects_in_ukrainian(ukrainian: MainWindow) -> None:
    ukrainian.actions_[Act.MATRIX].trigger()
    view = ukrainian.findChild(MatrixView)
    view.axis.setCurrentIndex(view.axis.findData(MatrixAxis.SUBJECT))
    headers = [view.model.headerData(n, _horizontal()) for n in range(view.model.columnCount())]
    assert "далекобійні дрони" in headers
    assert not _english_subjects_in("\n".join(headers))


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_a_chip_shows_what_a_word_is_also_searched_as(ukrainian: MainWindow) -> None:
    ukrainian.search_box.setText("дрони")
    ukrainian.search_box.flush()
    assert ukrainian.model.rowCount() == 1
    label = ukrainian.search_bar.chip_widgets[0].label
    assert label.text().startswith("дрони → безпілотники, БпЛА")
    assert "drones" in label.toolTip() and "лапки" in label.toolTip()


def test_the_editor_finds_a_concept_by_any_label_and_shows_both_titles(
    ukrainian: MainWindow,
) -> None:
    editor = ukrainian.records.open_editor(ukrainian.catalog.get(LT))
    assert editor.title_translation.text().startswith("Letter of intent")
    row = editor.lists["subjects"].rows[0]
    assert row.subject.text() == "спільне виробництво"
    words = row.subject.completer().model()
    offered = {words.index(n, 0).data() for n in range(words.rowCount())}
    assert {"БпЛА", "UAV", "дрони", "air defense"} <= offered
    row.subject.setText("БпЛА")
    assert row.value() == "drones"


def test_qt_s_own_buttons_and_file_dialogs_are_ukrainian(ukrainian: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
