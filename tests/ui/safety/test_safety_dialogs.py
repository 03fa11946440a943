"""The backups, damaged-catalogue and passphrase dialogs, driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from db import open_catalog
from db.safety.backup import Kind, list_backups, set_aside
from db.safety.check import check_path, newest_good_backup
from db.safety.exclusive import hold_exclusively
from desktop.ui.safety.backups_dialog import BackupsDialog
from desktop.ui.safety.damaged_dialog import DamageChoice, DamagedDialog
from desktop.ui.safety.passphrase_dialog import PassphraseDialog, ask_passphrase
from tests.db.safety_helpers import build, checkpoint, flip_page, leaf_of

SECRET = "лелека над ставом"


def test_backups_dialog_lists_backs_up_and_restores(qtbot, demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        catalog.daily_backup()  # as the window's daily check makes it (not opening: issue 14)
        made = catalog.backup()
        catalog.delete(1)
    dialog = BackupsDialog(demo_file)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2  # today's daily copy and the one made by hand
    assert {dialog.table.item(r, 2).text() for r in range(2)} == {"3"}
    assert dialog.table.item(0, 1).text() == "made by hand"

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3

    dialog.confirm = lambda text: False
    dialog.table.selectRow([b.path for b in dialog.backups].index(made.path))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with open_catalog(demo_file) as catalog:
        assert catalog.get(1).deleted_at is not None

    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or True
    dialog.table.selectRow([b.path for b in dialog.backups].index(made.path))
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [made.path]
    assert "(3 records)" in asked[0]
    with open_catalog(demo_file) as catalog:
        assert catalog.get(1).deleted_at is None
    assert Kind.PRE_RESTORE in {b.kind for b in dialog.backups}


def test_backups_dialog_will_not_restore_a_damaged_file(qtbot, demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        catalog.backup()
    checkpoint(demo_file)
    copy = demo_file.with_name("copy.pactum")
    copy.write_bytes(demo_file.read_bytes())
    with hold_exclusively(copy) as held:
        set_aside(held)
    moved = next(demo_file.parent.joinpath("backups").glob("copy-*"))
    moved.rename(moved.with_name(moved.name.replace("copy-", "demo-")))
    dialog = BackupsDialog(demo_file)
    qtbot.addWidget(dialog)
    row = [b.kind for b in dialog.backups].index(Kind.DAMAGED)
    dialog.table.selectRow(row)
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.item(row, 2).text() == "unreadable"


def test_damaged_dialog_offers_restore_salvage_and_cancel(qtbot, tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 40)
    with open_catalog(path) as catalog:
        catalog.backup()
    checkpoint(path)
    flip_page(path, leaf_of(path, "agreements")[0])
    report = check_path(path)
    dialog = DamagedDialog(path, report.problems, newest_good_backup(path))
    qtbot.addWidget(dialog)
    assert "(40 records)" in dialog.restore_button.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamageChoice.RESTORE and dialog.result() == QDialog.DialogCode.Accepted

    dialog = DamagedDialog(path, report.problems, None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.ask_salvage_target = lambda: path  # the damaged file itself: refused
    qtbot.mouseClick(dialog.salvage_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamageChoice.CANCEL
    dialog.ask_salvage_target = lambda: tmp_path / "saved.pactum"
    qtbot.mouseClick(dialog.salvage_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamageChoice.SALVAGE
    assert dialog.salvage_target == tmp_path / "saved.pactum"

    dialog = DamagedDialog(path, report.problems, None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamageChoice.CANCEL and dialog.result() == QDialog.DialogCode.Rejected


def test_new_passphrase_must_be_typed_twice_the_same(qtbot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "x.pactum", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.field, "stork over the pond")  # QTest types Latin keys only
    qtbot.keyClicks(dialog.repeat, "stork over the pont")
    assert not ok.isEnabled() and "differ" in dialog.error.text()
    dialog.field.setText(SECRET)
    dialog.repeat.setText(SECRET)
    assert ok.isEnabled() and dialog.passphrase() == SECRET


class Typed(PassphraseDialog):
    """A passphrase dialog 'typed into' from a list; Cancel when the list runs out."""

    def __init__(self, path: Path, answers: list[str]) -> None:
        super().__init__(path)
        self.answers = answers
        self.errors: list[str] = []

    def exec(self) -> int:
        if not self.answers:
            return QDialog.DialogCode.Rejected
        self.field.setText(self.answers.pop(0))
        return QDialog.DialogCode.Accepted

    def show_error(self, text: str) -> None:
        self.errors.append(text)
        super().show_error(text)


def test_wrong_passphrase_is_said_and_asked_again(qtbot, tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 3, passphrase=SECRET)
    dialog = Typed(path, ["wrong", SECRET])
    qtbot.addWidget(dialog)
    opened = ask_passphrase(
        path, lambda key: open_catalog(path, passphrase=key), dialog=lambda: dialog
    )
    assert opened is not None and opened.count() == 3
    assert opened.daily_backup() is None  # made with the passphrase held in memory only
    opened.close()
    assert dialog.errors == ["Wrong passphrase. Try again."]

    cancelled = Typed(path, ["wrong"])
    qtbot.addWidget(cancelled)
    assert (
        ask_passphrase(
            path, lambda key: open_catalog(path, passphrase=key), dialog=lambda: cancelled
        )
        is None
    )
    assert list_backups(path, SECRET)  # the day's backup, readable with the passphrase
