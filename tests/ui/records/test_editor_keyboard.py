"""The record editor by keyboard: Tab order, the save and cancel keys, the typed date,
messages that follow the typing, parties by name and the relations' picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from db import PartialDate
from desktop.ui.records.editor.form import RecordEditor
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT


def open_new(window: MainWindow, qtbot) -> RecordEditor:
    window.records.open_editor(None)
    editor = window.findChild(RecordEditor)
    assert editor is not None and editor.isVisible()
    editor.activateWindow()  # keys go to the active window, as on a desktop
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def name_of(editor: RecordEditor, widget: QWidget) -> str:
    """A focused widget named as a reader of the form would: the field, or the button."""
    for name, single in editor._field_widgets().items():
        if widget is single:
            return name
    for name, repeating in editor.lists.items():
        if widget is repeating.add_button:
            return f"{name}: add"
        for n, row in enumerate(repeating.rows, 1):
            if widget in row.inputs or widget.parentWidget() is row.parentWidget():
                kind = row.inputs.index(widget) if widget in row.inputs else "remove"
                return f"{name} {n}: {kind}"
    return widget.text() if hasattr(widget, "text") else type(widget).__name__


def tab_through(qtbot, editor: RecordEditor, steps: int) -> list[str]:
    editor.kind.setFocus()
    seen = [name_of(editor, QApplication.focusWidget())]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(name_of(editor, QApplication.focusWidget()))
    return seen


def test_tab_visits_every_field_in_reading_order(window: MainWindow, qtbot) -> None:
    editor = open_new(window, qtbot)
    visited = tab_through(qtbot, editor, 24)
    party_row = ["0", "1"]  # the party's kind, then its country (its organisation is hidden)
    assert visited == [
        "kind",
        "title",
        "title_translation",
        *[f"parties 1: {i}" for i in party_row], "parties 1: remove",
        *[f"parties 2: {i}" for i in party_row], "parties 2: remove",
        "parties: add",
        "signed_on",
        "place",
        "status",
        "signatories: add",
        "subjects: add",
        "commitments: add",
        "summary",
        "summary_translation",
        "full_text",
        "sources: add",
        "relations: add",
        "notes: add",
        "Save",
        "Cancel",
        "kind",  # and round again
    ]  # fmt: skip


@pytest.mark.parametrize("keys", ["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"])
def test_save_keys_save_and_close(window: MainWindow, qtbot, keys: str) -> None:
    editor = open_new(window, qtbot)
    editor.title_edit.setText("Угода з клавіатури")
    editor.lists["parties"].rows[1].country.set_code("LT")
    key = {"Ctrl+S": Qt.Key.Key_S, "Ctrl+Return": Qt.Key.Key_Return}.get(keys, Qt.Key.Key_Enter)
    qtbot.keyClick(editor.place, key, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert window.catalog.count() == 4


def test_esc_closes_at_once_when_nothing_changed(window: MainWindow, qtbot, prompter) -> None:
    editor = open_new(window, qtbot)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and prompter.confirmed == []


def test_esc_after_a_change_asks_with_keep_editing(window: MainWindow, qtbot, prompter) -> None:
    editor = open_new(window, qtbot)
    qtbot.keyClicks(editor.place, "Kyiv")
    prompter.confirm_answer = False  # Keep editing
    qtbot.keyClick(editor.place, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.place.text() == "Kyiv"
    ((_title, _text, discard, keep),) = prompter.confirmed
    assert (discard, keep) == ("&Discard changes", "&Keep editing")


@pytest.mark.parametrize(
    ("typed", "value", "precision"),
    [
        ("2025-10-16", PartialDate(2025, 10, 16), "known to the day"),
        ("16.10.2025", PartialDate(2025, 10, 16), "known to the day"),
        ("16 жовтня 2025", PartialDate(2025, 10, 16), "known to the day"),
        ("October 2025", PartialDate(2025, 10), "known to the month"),
        ("2025", PartialDate(2025), "known to the year"),
        ("", None, ""),
    ],
)
def test_the_date_field_reads_typed_dates(window, qtbot, typed, value, precision) -> None:
    editor = open_new(window, qtbot)
    editor.signed_on.insert(typed)  # as typed or pasted (QTest types only Latin-1)
    assert editor.signed_on.value() == value
    assert editor.date_read.text() == precision


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2025-13-01", "there is no month 13"),
        ("40.10.2025", "there is no day 40 in any month"),
        ("31.04.2025", "April 2025 has no day 31 (it has 30 days)"),
        (
            "вчора",
            "'вчора' is not a date (for example 2025-10-16, 16.10.2025, October 2025 or 2025)",
        ),
    ],
)
def test_the_date_field_says_what_is_wrong(window, qtbot, typed, message) -> None:
    editor = open_new(window, qtbot)
    editor.signed_on.setFocus()
    editor.signed_on.insert(typed)  # as typed or pasted (QTest types only Latin-1)
    qtbot.keyClick(editor.signed_on, Qt.Key.Key_Tab)  # leaving the field
    assert editor.errors["signed_on"].isVisible()
    assert editor.errors["signed_on"].text() == message
    editor.signed_on.clear()  # fixed: the message goes as it is typed
    assert not editor.errors["signed_on"].isVisible()


def test_messages_follow_the_typing(window: MainWindow, qtbot) -> None:
    editor = open_new(window, qtbot)
    editor.try_save()
    assert editor.errors["title"].text() == "the title is empty"
    qtbot.keyClicks(editor.title_edit, "M")
    assert not editor.errors["title"].isVisible()


def test_a_removed_commitment_takes_its_message_with_it(window: MainWindow, qtbot) -> None:
    editor = open_new(window, qtbot)
    editor.title_edit.setText("Угода")
    editor.lists["parties"].rows[1].country.set_code("LT")
    row = editor.lists["commitments"].add_row()
    row.amount.setText("багато")
    editor.try_save()
    assert "багато" in editor.errors["commitments"].text()
    editor.lists["commitments"].remove_row(row)
    assert not editor.errors["commitments"].isVisible()


def test_signatory_parties_are_offered_by_name_and_follow_the_parties(window, qtbot) -> None:
    editor = open_new(window, qtbot)
    signatory = editor.lists["signatories"].add_row()  # added before the second party
    combo = signatory.party
    assert [combo.itemText(n) for n in range(combo.count())] == ["", "Ukraine"]
    editor.lists["parties"].rows[1].country.set_code("LT")
    assert [combo.itemText(n) for n in range(combo.count())] == ["", "Ukraine", "Lithuania"]
    combo.setCurrentIndex(2)
    editor.lists["parties"].rows[1].country.set_code("PL")  # the party changed
    # Lithuania is no longer a party: its key stays, for the store's rules to point out
    assert combo.itemText(2) == "Poland" and combo.currentText() == "LT"
    combo.setCurrentIndex(1)
    assert signatory.value().party == "UA"


def test_a_relation_is_picked_by_searching_the_catalogue(window: MainWindow, qtbot) -> None:
    editor = open_new(window, qtbot)
    row = editor.lists["relations"].add_row()
    picker = row.target
    picker.insert("Литв")
    picker.search()  # as the pause in typing does
    offered = picker.completer().model().stringList()
    chosen = next(label for label in offered if LT[:8] in label)
    picker.setText(chosen)
    assert row.value().target == LT
    row.target.set_uuid(LT)  # an existing relation shows whose it is
    assert row.target.text() == chosen
