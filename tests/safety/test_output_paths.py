"""No output ever replaces the catalogue it came from.

Every command and window action that writes a file a person named goes through
``db.safety.outputs.check_output_path``: the catalogue itself, its -wal/-shm/-journal companions
and its backups folder are refused however they are reached (``..``, a symbolic link, a
hard link), and so are folders, missing folders, control characters and the wrong suffix.
What is written is written whole: beside the target first, renamed into place at the end.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from db import OutputPathError, open_catalog
from db.features.interchange import import_file
from db.safety.backup import backups_folder
from db.safety.outputs import PDF, check_output_path, write_text_output
from desktop.briefing import build_briefing
from resources import DEMO_CATALOGUE, resource_path
from tests.safety.one_line import fingerprint, refused

WRITERS: dict[str, tuple[str, Callable[[str], list[str]]]] = {
    "export json": (".json", lambda t: ["export", t]),
    "export csv": (".csv", lambda t: ["export", t]),
    "compare csv": (".csv", lambda t: ["compare", "1", "2", "--csv", t]),
    "compare pdf": (".pdf", lambda t: ["compare", "1", "2", "--pdf", t]),
    "matrix pdf": (".pdf", lambda t: ["matrix", "--pdf", t]),
    "brief": (".pdf", lambda t: ["brief", "--partner", "LT", "-o", t]),
    "salvage": (".pactum", lambda t: ["check", "--salvage", t]),
}


def _link(link: Path, to: Path) -> Path:
    link.symlink_to(to)
    return link


def _hard(link: Path, to: Path) -> Path:
    os.link(to, link)
    return link


def _through_dots(cat: Path) -> Path:
    (cat.parent / "sub").mkdir()
    return cat.parent / "sub" / ".." / cat.name


def _backup_link(cat: Path) -> Path:
    return _link(cat.parent / "elsewhere", backups_folder(cat)) / f"new{cat.suffix}"


TARGETS: dict[str, Callable[[Path], Path]] = {
    "the catalogue itself": lambda cat: cat,
    "the catalogue through ..": _through_dots,
    "a symbolic link to the catalogue": lambda cat: _link(cat.with_stem("link"), cat),
    "a hard link to the catalogue": lambda cat: _hard(cat.with_stem("hard"), cat),
    "its -wal": lambda cat: Path(f"{cat}-wal"),
    "its -shm": lambda cat: Path(f"{cat}-shm"),
    "its -journal": lambda cat: Path(f"{cat}-journal"),
    "a link to its -wal": lambda cat: _link(cat.with_stem("wal"), Path(f"{cat}-wal")),
    "a new file in its backups folder": lambda cat: backups_folder(cat) / f"new{cat.suffix}",
    "an existing backup": lambda cat: next(backups_folder(cat).iterdir()),
    "its backups folder through a link": _backup_link,
}


def demo_catalogue(folder: Path, suffix: str) -> Path:
    """The demo catalogue in ``folder`` named with ``suffix``, so that only the rules about
    the catalogue (not the one about suffixes) can refuse to write over it; today's backup
    is made now, so that later writes leave the folder as it is."""
    folder.mkdir()
    path = folder / f"work{suffix}"
    with open_catalog(path, create=True, user="tester") as catalog:
        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    with open_catalog(path) as catalog:
        catalog.daily_backup()  # as the day's first write would (opening no longer does)
    assert list(backups_folder(path).iterdir())
    return path


def listing(folder: Path) -> dict[str, str | None]:
    return {
        str(p.relative_to(folder)): None if p.is_symlink() or p.is_dir() else fingerprint(p)
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("writer", WRITERS)
def test_no_command_writes_over_the_catalogue_its_companions_or_backups(
    capsys, tmp_path: Path, writer: str, target: str
) -> None:
    suffix, argv = WRITERS[writer]
    cat = demo_catalogue(tmp_path / "cat", suffix)
    path = TARGETS[target](cat)
    before = listing(cat.parent)
    line = refused(capsys, cat, *argv(str(path)))
    assert "catalogue" in line or "ending in" in line, line
    assert listing(cat.parent) == before


BAD_NAMES = {
    "missing/out": "does not exist",
    "folder": "is a folder",
    "bell\x07": "control characters",
    "line\nbreak": "control characters",
}


@pytest.mark.parametrize(
    ("writer", "name"),
    [
        (writer, name)
        for writer in WRITERS
        for name in BAD_NAMES
        if (writer, name) != ("brief", "folder")  # a file per partnership goes in there
    ],
)
def test_every_writer_refuses_folders_missing_folders_and_control_characters(
    capsys, tmp_path: Path, writer: str, name: str
) -> None:
    suffix, argv = WRITERS[writer]
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    (tmp_path / f"folder{suffix}").mkdir()
    target = str(tmp_path / f"{name}{suffix}")
    line = refused(capsys, cat, *argv(target), message=BAD_NAMES[name])
    assert "\n" not in line
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("writer", ["export csv", "compare csv", "compare pdf", "matrix pdf"])
def test_every_writer_refuses_the_wrong_suffix(capsys, tmp_path: Path, writer: str) -> None:
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    _, argv = WRITERS[writer]
    refused(capsys, cat, *argv(str(tmp_path / "other.pactum")), message="ending in")
    assert not (tmp_path / "other.pactum").exists()


def test_a_device_or_a_pipe_is_no_output(capsys, tmp_path: Path) -> None:
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    os.mkfifo(tmp_path / "pipe.csv")
    refused(capsys, cat, "export", str(tmp_path / "pipe.csv"), message="not a regular file")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe.csv").st_mode)


def test_briefing_folders_are_checked_too(capsys, tmp_path: Path) -> None:
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    backups = backups_folder(cat)
    for out in (backups, backups / "new-folder", tmp_path / "missing" / "folder"):
        refused(capsys, cat, "brief", "--partner", "LT", "-o", str(out))
    assert not (backups / "new-folder").exists() and not (tmp_path / "missing").exists()
    named = cat.parent / "briefing-UA-LT-en.pdf"  # the per-file name of the catalogue
    demo = demo_catalogue(tmp_path / "named", ".pactum")
    demo.rename(named)
    with open_catalog(named) as catalog, pytest.raises(OutputPathError, match="catalogue"):
        build_briefing(catalog, ["LT"], named.parent, lang="en", per_file=True)


def test_an_output_through_a_link_replaces_the_real_file_and_keeps_the_link(
    capsys, tmp_path: Path
) -> None:
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    real = tmp_path / "real.csv"
    real.write_text("old")
    real.chmod(0o640)
    link = _link(tmp_path / "link.csv", real)
    from desktop.cli import main

    assert main(["--catalog", str(cat), "compare", "1", "2", "--csv", str(link)]) == 0
    capsys.readouterr()
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("mark,field")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cat", "link.csv", "real.csv"]


def test_a_failed_write_leaves_the_old_file_untouched_and_no_temporary(tmp_path: Path) -> None:
    target = check_output_path(tmp_path / "out.csv", None, (".csv",))
    target.write_text("old content")
    seen_during_write: list[str] = []

    def write(out) -> None:
        out.write("half of the new")
        out.flush()
        seen_during_write.append(target.read_text())
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_text_output(target, write)
    assert seen_during_write == ["old content"]
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_output_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = check_output_path(tmp_path / "new.pdf", None, PDF)
    umask = os.umask(0o022)
    try:
        write_text_output(target, lambda out: out.write("x"))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_save_a_copy_never_goes_over_the_catalogue_or_into_its_backups(tmp_path: Path) -> None:
    cat = demo_catalogue(tmp_path / "cat", ".pactum")
    before = listing(cat.parent)
    with open_catalog(cat) as catalog:
        for target in (Path(f"{cat}-wal"), backups_folder(cat) / "copy.pactum", cat.parent):
            with pytest.raises(OutputPathError):
                catalog.save_copy(target)
    assert listing(cat.parent) == before


LT, SE = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01", "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"


def test_the_window_refuses_the_same_targets(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from desktop.ui.ops.runner import SyncRunner
    from desktop.ui.shell.mainwindow import MainWindow
    from desktop.ui.shell.settings import Settings
    from tests.ui.conftest import ScriptedPrompter

    cat = demo_catalogue(tmp_path / "cat", ".csv")
    before, files = fingerprint(cat), listing(cat.parent)
    prompter = ScriptedPrompter()
    with open_catalog(cat) as catalog:
        window = MainWindow(catalog, Settings({}), SyncRunner(lambda: catalog), prompter)
        qtbot.addWidget(window)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for uuid in (LT, SE):
            row = window.model.row_of(catalog.get(uuid).id)
            window.table.selectionModel().select(window.model.index(row, 0), flags)
        compared = window.features.compare_selected()
        matrix = window.features.show_matrix()
        warnings: list[str] = []
        compared.warn = matrix.warn = warnings.append
        prompter.paths += [cat, _link(tmp_path / "link.pdf", cat), backups_folder(cat) / "m"]
        compared.export_button.click()
        compared.pdf_button.click()
        matrix.export_button.click()
        assert len(warnings) == 3 and all("catalogue" in w for w in warnings), warnings
        prompter.paths += [Path(f"{cat}-wal")]
        window.files.save_copy()
        window.files.export_records(backups_folder(cat) / "e.json")
        window.files.export_records(cat)
        assert len(prompter.errors) == 3, prompter.errors
        assert all("catalogue" in text for _title, text in prompter.errors), prompter.errors
        window.close()
    assert fingerprint(cat) == before and listing(cat.parent) == files


def test_a_catalogue_opened_through_a_link_is_protected_under_both_names(
    capsys, tmp_path: Path
) -> None:
    real = demo_catalogue(tmp_path / "real", ".csv")
    link = _link(tmp_path / "link.csv", real)
    (tmp_path / "folder-link").symlink_to(real.parent)
    for target in (real, tmp_path / "folder-link" / real.name, backups_folder(real) / "x.csv"):
        refused(capsys, link, "compare", "1", "2", "--csv", str(target), message="catalogue")
    assert link.is_symlink()
