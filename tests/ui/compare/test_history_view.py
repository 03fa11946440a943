"""History opens on the record's latest real change, shown as a two-column word diff."""

from __future__ import annotations

import dataclasses

from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.compare.test_compare_view import marked_runs
from tests.ui.window_helpers import LT, select


def test_history_opens_on_the_latest_change_not_on_trash_and_restore(
    window: MainWindow,
) -> None:
    catalog = window.catalog
    original = catalog.get(LT)
    edited = catalog.update(dataclasses.replace(original, summary="Нова стисла довідка."))
    catalog.delete(LT)
    catalog.restore(LT)
    window.refresh()
    select(window, LT)
    dialog = window.features.show_history()
    assert dialog.newer.count() == 4  # created, edited, trashed, restored
    assert (dialog.older.currentData(), dialog.newer.currentData()) == (
        original.version,
        edited.version,
    )
    assert ("Нова", "added") in marked_runs(dialog, 1)  # two columns, marked for print


def test_the_history_names_the_person_the_user_said(
    window: MainWindow, prompter, monkeypatch
) -> None:
    from desktop.ui.shell.actions import Act

    monkeypatch.setenv("PACTUM_USER", "")  # put back after the test
    prompter.texts.append("Olena Kovalenko")
    window.actions_[Act.YOUR_NAME].trigger()
    assert window.settings.user_name == "Olena Kovalenko"
    assert window.catalog.user == "Olena Kovalenko"
    catalog = window.catalog
    catalog.update(dataclasses.replace(catalog.get(LT), place="Вільнюс"))
    window.refresh()
    select(window, LT)
    dialog = window.features.show_history()
    assert "· Olena Kovalenko ·" in dialog.newer.currentText()
