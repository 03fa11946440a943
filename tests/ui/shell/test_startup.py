"""Starting the window: a first start on an empty machine, reopening the last catalogue,
and a catalogue found damaged before any window exists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import open_catalog
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.safety.damaged_dialog import DamagedDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.app import Launcher, WindowController
from desktop.ui.shell.i18n import Translators
from desktop.ui.shell.settings import Settings
from desktop.ui.shell.welcome import WelcomeChoice, WelcomeDialog
from resources import DEMO_CATALOGUE, resource_path
from tests.ui.conftest import ScriptedPrompter
from tests.ui.safety.test_safety_wiring import damaged_file


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's data folder, in ``tmp_path`` and not made yet (a first start)."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "Pactum"


@pytest.fixture
def launch(qtbot, prompter: ScriptedPrompter) -> Iterator:
    """Builds a launcher with its settings in a dict; windows use the synchronous runner."""
    made: list[Launcher] = []

    def controller(catalog, settings, translators, _runner, prompter) -> WindowController:
        shown: list[WindowController] = []
        runner = SyncRunner(lambda: shown[0].window.catalog if shown else catalog)
        made_one = WindowController(catalog, settings, translators, runner, runner, prompter)
        shown.append(made_one)
        qtbot.addWidget(made_one.window)
        return made_one

    def make(settings: Settings, lang: str = "en") -> Launcher:
        translators = Translators()
        translators.install(lang)
        launcher = Launcher(settings, translators, prompter, SyncRunner(lambda: None), controller)
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        launcher.translators.install("en")  # removes what this launcher installed
        if launcher.controller is not None:
            launcher.controller.window.close()
            launcher.controller.window.catalog.close()


def welcome_of(launcher: Launcher) -> WelcomeDialog:
    assert launcher.welcome is not None and launcher.welcome.isVisible()
    return launcher.welcome


def test_a_first_start_makes_the_data_folder_and_welcomes(launch, data_home, prompter) -> None:
    settings = Settings({})
    launcher = launch(settings)
    launcher.start()
    assert data_home.is_dir()  # made, where the first start used to crash
    welcome = welcome_of(launcher)
    texts = [b.text() for b in welcome.buttons.values()] + [
        b.text() for b in welcome.import_buttons
    ]
    assert texts == [
        "&New catalogue…",
        "&Open a catalogue…",
        "Try the &demo",
        "Import a &JSON export…",
    ]
    assert "agreements between states" in welcome.findChildren(type(welcome.note))[1].text()
    prompter.paths.append(data_home / "mine")  # the usual suffix is added
    welcome.buttons[WelcomeChoice.NEW].click()
    window = launcher.controller.window
    assert window.isVisible() and window.catalog.path == data_home / "mine.pactum"
    assert settings.recent_files == [(data_home / "mine.pactum").resolve()]


def test_esc_on_the_welcome_quits(qtbot, launch, data_home) -> None:
    launcher = launch(Settings({}))
    launcher.start()
    with qtbot.waitSignal(launcher.quit_requested):
        welcome_of(launcher).reject()
    assert launcher.controller is None


def test_the_welcome_starts_a_catalogue_from_a_json_export(launch, data_home, prompter) -> None:
    launcher = launch(Settings({}))
    launcher.start()
    prompter.paths += [resource_path(*DEMO_CATALOGUE), data_home / "from-export.pactum"]
    welcome_of(launcher).import_buttons[0].click()
    window = launcher.controller.window
    assert window.catalog.path == data_home / "from-export.pactum"
    assert window.model.rowCount() == 3
    assert window.undo_stack.count() == 1  # the import is one undo step


def test_the_demo_is_not_remembered(launch, data_home) -> None:
    settings = Settings({})
    launcher = launch(settings)
    launcher.start()
    welcome_of(launcher).buttons[WelcomeChoice.DEMO].click()
    assert launcher.controller.window.model.rowCount() == 3
    assert settings.recent_files == []


def test_plain_start_reopens_the_catalogue_used_last(launch, data_home, demo_file) -> None:
    settings = Settings({})
    settings.add_recent(demo_file)
    launcher = launch(settings)
    launcher.start()
    assert launcher.welcome is None
    assert launcher.controller.window.catalog.path == demo_file


def test_a_last_catalogue_that_is_gone_gets_the_welcome(launch, data_home, tmp_path) -> None:
    settings = Settings({})
    settings.add_recent(tmp_path / "moved-away.pactum")
    launcher = launch(settings)
    launcher.start()
    assert "moved-away.pactum" in welcome_of(launcher).note.text()
    assert not (tmp_path / "moved-away.pactum").exists()


@pytest.fixture
def damaged_last(tmp_path: Path) -> Settings:
    """Settings whose last catalogue is damaged (and not in WAL mode: opening it without
    a check would rewrite its header)."""
    settings = Settings({})
    settings.add_recent(damaged_file(tmp_path, wal=False))
    return settings


def test_a_damaged_catalogue_at_start_is_restored_from_its_backup(
    launch, data_home, damaged_last, tmp_path
) -> None:
    path = tmp_path / "work.pactum"
    before = path.read_bytes()
    launcher = launch(damaged_last)
    launcher.start()
    dialog = launcher.damage.dialog
    assert isinstance(dialog, DamagedDialog) and dialog.isVisible()
    assert path.read_bytes() == before  # found damaged: never written to
    assert dialog.cancel_button.text() == "&Quit"
    assert "(40 records)" in dialog.restore_button.text()
    dialog.restore_button.click()
    window = launcher.controller.window
    assert window.catalog.path == path and window.model.rowCount() == 40
    set_aside = [p for p in (tmp_path / "backups").iterdir() if p.read_bytes() == before]
    assert set_aside  # the damaged file, unchanged, in the backups folder


def test_a_damaged_catalogue_at_start_can_be_salvaged(
    launch, data_home, damaged_last, tmp_path, prompter
) -> None:
    launcher = launch(damaged_last)
    launcher.start()
    prompter.paths.append(tmp_path / "saved.pactum")
    launcher.damage.dialog.salvage_button.click()
    window = launcher.controller.window
    assert window.catalog.path == tmp_path / "saved.pactum"
    assert 0 < window.model.rowCount() < 40


def test_a_damaged_catalogue_at_start_offers_another_or_quit(
    qtbot, launch, data_home, damaged_last, demo_file, prompter
) -> None:
    launcher = launch(damaged_last)
    launcher.start()
    prompter.paths.append(demo_file)
    launcher.damage.dialog.another_button.click()
    assert launcher.controller.window.catalog.path == demo_file
    again = Settings({})
    again.add_recent(damaged_last.recent_files[1])  # the damaged one, before the demo
    second = launch(again)
    second.start()
    with qtbot.waitSignal(second.quit_requested):
        second.damage.dialog.cancel_button.click()


def test_the_damaged_dialog_at_start_speaks_the_ui_language(
    launch, data_home, damaged_last
) -> None:
    launcher = launch(damaged_last, "uk")
    launcher.start()
    dialog = launcher.damage.dialog
    assert dialog.windowTitle() == "Каталог пошкоджено"
    assert dialog.cancel_button.text() == "&Вийти"


def test_switching_language_keeps_the_undo_history(qtbot, demo_file: Path) -> None:
    catalog = open_catalog(demo_file)
    runner = SyncRunner(lambda: catalog)  # the same open catalogue in both windows
    controller = WindowController(catalog, Settings({"ui/language": "en"}), None, runner, runner)
    try:
        window = controller.window
        window.current.select_id(1)
        window.delete_selected()
        assert window.model.rowCount() == 2 and window.undo_stack.count() == 1
        window._choose_language("uk")
        rebuilt = controller.window
        qtbot.addWidget(rebuilt)
        assert rebuilt is not window and rebuilt.undo_stack.count() == 1
        assert rebuilt.actions_[Act.UNDO].isEnabled()
        rebuilt.undo_stack.undo()  # through the new window's operations: its table follows
        assert rebuilt.model.rowCount() == 3
    finally:
        controller.translators.install("en")
        controller.window.close()
        catalog.close()
