"""Tools › Check Catalogue and Backups… from the window, on catalogues in files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import DamagedCatalogError, open_catalog
from desktop.ui.ops.runner import SyncRunner, ThreadRunner
from desktop.ui.safety.backups_dialog import BackupsDialog
from desktop.ui.safety.damaged_dialog import DamagedDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.db.safety_helpers import build, checkpoint, flip_page, leaf_of
from tests.ui.conftest import ScriptedPrompter


@pytest.fixture
def open_window(qtbot, prompter: ScriptedPrompter) -> Iterator:
    """Opens a window on a file; the catalogue it shows at the end is closed after."""
    made: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        # As the application opens files: the check runs afterwards, on the worker.
        catalog = open_catalog(path, user="tester", verify=False, daily_backup=False)
        shown: list[MainWindow] = []  # the runner works on whichever file the window shows
        runner = SyncRunner(lambda: shown[0].catalog if shown else catalog)
        window = MainWindow(catalog, Settings({}), runner, prompter)
        shown.append(window)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.catalog.close()


def test_a_sound_catalogue_is_said_to_be(open_window, demo_file: Path, prompter) -> None:
    window = open_window(demo_file)
    assert window.isEnabled() and not prompter.errors
    window.actions_[Act.CHECK].trigger()
    ((title, text),) = prompter.infos
    assert title == "Check Catalogue" and "sound" in text and "live: 3" in text


def test_restore_a_backup_from_the_backups_dialog(open_window, demo_file: Path, prompter):
    window = open_window(demo_file)
    window.catalog.backup()
    window.current.select_id(1)
    window.delete_selected()
    assert window.model.rowCount() == 2
    window.actions_[Act.BACKUPS].trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    made_by_hand = [b.kind.value for b in dialog.backups].index("manual")
    dialog.table.selectRow(made_by_hand)
    dialog.restore_button.click()  # the prompter confirms
    assert window.model.rowCount() == 3 and window.counts.text() == "3 shown of 3"
    assert window.catalog.get(1).deleted_at is None
    assert window.undo_stack.count() == 0  # the trashing is not undoable into another file
    window.actions_[Act.CHECK].trigger()
    assert "sound" in prompter.infos[-1][1]


def damaged_file(tmp_path: Path, wal: bool = True) -> Path:
    """A catalogue with one garbled page, in WAL mode as Pactum leaves every catalogue
    (``wal=False``: in rollback mode, as checkpoint() leaves it), with a good backup."""
    path = build(tmp_path / "work.pactum", 40)
    with open_catalog(path) as catalog:
        catalog.backup()
    checkpoint(path)
    flip_page(path, leaf_of(path, "agreements")[0])
    if wal:
        data = bytearray(path.read_bytes())
        data[18:20] = b"\x02\x02"  # the header's file format versions: 2 = WAL
        path.write_bytes(bytes(data))
    return path


def test_a_damaged_file_not_in_wal_mode_is_refused_unchanged(tmp_path: Path) -> None:
    """Opening without the whole-file check would switch it to WAL, rewriting its header:
    a file not yet in WAL mode is checked first and refused untouched."""
    path = damaged_file(tmp_path, wal=False)
    before = path.read_bytes()
    with pytest.raises(DamagedCatalogError):
        open_catalog(path, verify=False, daily_backup=False)
    assert path.read_bytes() == before


def test_damage_found_on_opening_is_restored_from_the_backup(
    open_window, tmp_path, prompter
) -> None:
    window = open_window(damaged_file(tmp_path))
    assert not window.isEnabled()  # the damaged file is not browsed
    assert prompter.errors == []  # the damaged dialog says it, not a generic error box
    dialog = window.findChild(DamagedDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isEnabled()
    assert "(40 records)" in dialog.restore_button.text()
    dialog.restore_button.click()
    assert window.isEnabled() and window.catalog.count() == 40
    assert window.model.rowCount() == 40


def test_check_catalogue_offers_salvage(open_window, tmp_path: Path, prompter) -> None:
    path = damaged_file(tmp_path)
    window = open_window(path)
    before = path.read_bytes()
    window.findChild(DamagedDialog).reject()  # not now
    window.actions_[Act.CHECK].trigger()
    dialog = next(d for d in window.findChildren(DamagedDialog) if d.isVisible())
    target = tmp_path / "saved.pactum"
    prompter.paths.append(target)
    dialog.salvage_button.click()
    assert window.catalog.path == target and window.isEnabled()
    assert 0 < window.model.rowCount() < 40  # the garbled page's records are lost
    assert path.read_bytes() == before  # the damaged file is still there, untouched


def test_an_encrypted_catalogue_opens_after_its_passphrase(qtbot, tmp_path: Path, prompter):
    """File › Open asks for the passphrase (again after a wrong one); the worker thread
    opens the file with it too, so facets and the background check work."""
    locked = build(tmp_path / "locked.pactum", 5, passphrase="лелека над ставом")
    plain = build(tmp_path / "plain.pactum", 1)
    catalog = open_catalog(plain, verify=False, daily_backup=False)
    runner = ThreadRunner(plain)
    window = MainWindow(catalog, Settings({}), runner, prompter)
    qtbot.addWidget(window)
    try:
        prompter.paths.append(locked)
        prompter.passphrases += ["wrong", "лелека над ставом"]
        assert window.files.open_catalogue()
        assert window.catalog.path == locked and window.model.rowCount() == 5
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # facets, check, backup
        assert window.isEnabled() and not prompter.errors  # the worker opened it too
        prompter.paths.append(locked)
        prompter.passphrases[:] = ["wrong"]
        assert not window.files.open_catalogue()  # no right passphrase: nothing changes
        assert window.catalog.path == locked
    finally:
        runner.shutdown()
        window.catalog.close()


def test_open_recent_on_a_damaged_file_offers_restore(open_window, demo_file, tmp_path, prompter):
    """A file that cannot be opened because it is damaged gets the damaged dialog, not a
    bare error; the catalogue shown stays as it was until the restore has worked."""
    window = open_window(demo_file)
    damaged = damaged_file(tmp_path, wal=False)
    before = damaged.read_bytes()
    window.settings.add_recent(damaged)
    window._fill_recent()
    opening = next(a for a in window.recent_menu.actions() if a.text() == str(damaged.resolve()))
    opening.trigger()
    assert prompter.errors == [] and window.catalog.path == demo_file
    dialog = next(d for d in window.findChildren(DamagedDialog) if d.isVisible())
    assert damaged.read_bytes() == before
    assert dialog.another_button.isVisible() and dialog.cancel_button.text() == "Cancel"
    dialog.restore_button.click()
    assert window.catalog.path == damaged and window.model.rowCount() == 40
