"""Entering, editing, undoing and trashing records through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db import Party, Signatory, Status
from desktop.ui.records.editor.form import RecordEditor
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow


def fill_new(editor: RecordEditor, qtbot) -> None:
    editor.title_edit.clear()
    editor.title_edit.insert("Меморандум про безпілотники")
    second = editor.lists["parties"].rows[1]
    second.country.setEditText("")
    second.country.lineEdit().insert("Польща — Poland (PL)")
    editor.signed_on.setText("травень 2024")


def titles(window: MainWindow) -> list[str]:
    return [window.model.row_at(r).title for r in range(window.model.rowCount())]


def test_create_through_the_form_then_undo_and_redo(window: MainWindow, qtbot) -> None:
    window.actions_[Act.NEW_RECORD].trigger()
    editor = window.findChild(RecordEditor)
    assert editor is not None and editor.isVisible()
    fill_new(editor, qtbot)
    signatory = editor.lists["signatories"].add_row()
    signatory.name.insert("Денис Шмигаль")
    signatory.party.setEditText("UA")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert not editor.isVisible()
    assert "Меморандум про безпілотники" in titles(window)
    saved = window.catalog.get(window.current.selected_id())
    assert saved.parties == (Party.state("UA"), Party.state("PL"))
    assert saved.signatories == (Signatory("Денис Шмигаль", "", "UA"),)
    assert str(saved.signed_on) == "2024-05"
    assert window.counts.text() == "4 shown of 4"

    window.actions_[Act.UNDO].trigger()
    assert "Меморандум про безпілотники" not in titles(window)
    assert window.catalog.get(saved.id).deleted_at is not None
    window.actions_[Act.REDO].trigger()
    assert "Меморандум про безпілотники" in titles(window)


def test_edit_then_undo_restores_the_old_text(window: MainWindow, qtbot) -> None:
    first = window.current.selected_id()
    before = window.catalog.get(first)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter opens the selected record
    editor = window.findChild(RecordEditor)
    assert editor.isVisible() and editor.original == before
    editor.title_edit.setText("Нова назва")
    editor.status.setCurrentIndex(editor.status.findData(Status.IN_FORCE))
    editor.try_save()
    assert not editor.isVisible()
    edited = window.catalog.get(first)
    assert (edited.title, edited.status) == ("Нова назва", Status.IN_FORCE)
    qtbot.waitUntil(lambda: "Нова назва" in window.view.toPlainText())

    window.undo_stack.undo()
    assert window.catalog.get(first).title == before.title
    assert window.catalog.get(first).status == before.status
    window.undo_stack.redo()
    assert window.catalog.get(first).title == "Нова назва"


def test_invalid_input_shows_its_message_and_saves_nothing(window: MainWindow, qtbot) -> None:
    window.records.open_editor(None)
    editor = window.findChild(RecordEditor)
    editor.title_edit.clear()  # empty title
    editor.lists["parties"].rows[1].country.setEditText("Атлантида")
    editor.signed_on.setText("40.10.2025")  # no such day
    editor.try_save()
    assert editor.isVisible()
    assert editor.errors["parties"].isVisible()
    assert "Атлантида" in editor.errors["parties"].text()
    assert editor.errors["signed_on"].text() == "there is no day 40 in any month"
    editor.signed_on.clear()
    editor.lists["parties"].rows[1].country.set_code("LT")
    editor.try_save()
    assert editor.isVisible() and editor.errors["title"].text() == "the title is empty"
    assert not editor.errors["parties"].isVisible()
    assert window.catalog.count() == 3
    assert editor.lists["parties"].rows[1].country.code() == "LT"  # nothing typed lost


def test_closing_a_changed_form_asks_first(window: MainWindow, prompter) -> None:
    window.records.open_editor(None)
    editor = window.findChild(RecordEditor)
    editor.title_edit.setText("Чернетка")
    prompter.confirm_answer = False
    editor.reject()
    assert editor.isVisible() and editor.title_edit.text() == "Чернетка"
    prompter.confirm_answer = True
    editor.reject()
    assert not editor.isVisible()


def test_delete_then_restore_from_the_trash(window: MainWindow) -> None:
    doomed = window.current.selected_id()
    window.actions_[Act.DELETE_RECORD].trigger()
    assert window.model.row_of(doomed) is None
    assert window.counts.text() == "2 shown of 2"
    trash = window.show_trash()
    assert trash.model.rowCount() == 1 and trash.model.id_at(0) == doomed
    trash.table.selectRow(0)
    trash.restore_button.click()
    assert trash.model.rowCount() == 0
    assert window.model.row_of(doomed) is not None
    window.undo_stack.undo()  # undoing the restore trashes it again
    assert window.model.row_of(doomed) is None


def test_stale_edit_offers_keep_mine(window: MainWindow, prompter) -> None:
    from desktop.ui.shell.prompts import StaleChoice

    first = window.current.selected_id()
    editor = window.records.edit(first)
    elsewhere = window.catalog.get(first)
    window.catalog.update(elsewhere.__class__(**{**elsewhere.__dict__, "place": "Вільнюс"}))
    editor.title_edit.setText("Моя назва")
    prompter.stale_answer = StaleChoice.CANCEL
    editor.try_save()
    assert editor.isVisible() and window.catalog.get(first).title != "Моя назва"
    prompter.stale_answer = StaleChoice.KEEP_MINE
    editor.try_save()
    assert not editor.isVisible()
    assert window.catalog.get(first).title == "Моя назва"


def test_stale_edit_reload_shows_theirs(window: MainWindow, prompter) -> None:
    from dataclasses import replace

    from desktop.ui.shell.prompts import StaleChoice

    first = window.current.selected_id()
    editor = window.records.edit(first)
    window.catalog.update(replace(window.catalog.get(first), title="Їхня назва"))
    editor.title_edit.setText("Моя назва")
    prompter.stale_answer = StaleChoice.RELOAD
    editor.try_save()
    assert editor.isVisible() and editor.title_edit.text() == "Їхня назва"


def test_problems_are_shown_in_the_interface_language(qtbot, demo) -> None:
    from desktop.ui.ops.runner import SyncRunner
    from desktop.ui.shell.i18n import Translators
    from desktop.ui.shell.mainwindow import MainWindow
    from desktop.ui.shell.settings import Settings

    translators = Translators()
    translators.install("uk")
    try:
        window = MainWindow(demo, Settings({}), SyncRunner(lambda: demo), lang="uk")
        qtbot.addWidget(window)
        editor = window.records.open_editor(None)
        editor.lists["parties"].rows[1].country.set_code("LT")
        editor.try_save()
        assert editor.errors["title"].text() == "назва порожня"
        assert demo.count() == 3
    finally:
        translators.install("en")


def test_escape_closes_an_untouched_form(window: MainWindow, qtbot) -> None:
    editor = window.records.open_editor(None)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_an_import_from_the_window_is_one_undo_step(window: MainWindow, tmp_path) -> None:
    """A file of three new records: one undo step trashes all three, redo restores them."""
    export = tmp_path / "out.json"
    window.catalog.export_file(export)
    text = export.read_text(encoding="utf-8")  # the same records under new UUIDs:
    export.write_text(text.replace("6f0c2a8e-", "7f0c2a8e-"), encoding="utf-8")
    window.files.import_records(export)
    assert window.prompter.errors == [], window.prompter.infos
    assert window.model.rowCount() == 6 and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.model.rowCount() == 3
    window.undo_stack.redo()
    assert window.model.rowCount() == 6
