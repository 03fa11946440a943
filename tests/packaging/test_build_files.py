"""The files the bundle and the Linux desktop are built from: icons, entries, version resource."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
LINUX = PACKAGING / "linux"
APP_ID = "org.pactum.Pactum"


def load(name: str) -> ModuleType:
    """A script from packaging/ (a folder, not a package: its name is PyPI's `packaging`)."""
    spec = importlib.util.spec_from_file_location(f"pactum_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256])
def test_hicolor_png_has_its_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(png.read_bytes()) == (size, size)


def test_ico_holds_every_size_as_png() -> None:
    data = (ICONS / "pactum.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        w, h = png_size(data[offset : offset + length])
        assert w == h == (width or 256)
        sizes.append(w)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_are_pngs_of_their_type() -> None:
    data = (ICONS / "pactum.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
        b"ic10": 1024,
    }
    seen, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        seen[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert seen == expected


def pixels(png: Path) -> tuple[int, int, bytes]:
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGBA8888)
    return image.width(), image.height(), bytes(image.constBits())


def test_icons_are_rendered_from_the_current_svg(qapp, tmp_path: Path, monkeypatch) -> None:
    """The committed PNGs match a fresh render: nobody edited the SVG and forgot `make icons`.

    Compared pixel by pixel with a little slack, so that another Qt's antialiasing passes.
    """
    render = load("render_icons")
    monkeypatch.setattr(render, "OUT", tmp_path)
    assert render.main() == 0
    for png in (ICONS / "hicolor").rglob("*.png"):
        width, height, committed = pixels(png)
        fresh_width, fresh_height, fresh = pixels(tmp_path / png.relative_to(ICONS))
        assert (fresh_width, fresh_height) == (width, height)
        worst = max(abs(a - b) for a, b in zip(committed, fresh, strict=True))
        assert worst <= 24, f"{png} differs from the SVG's render by {worst}: run make icons"


def test_desktop_entry_names_the_app_id_icon_and_command() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    assert "Exec=pactum\n" in entry
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_is_the_package_version() -> None:
    from desktop import __version__

    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in metainfo


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2rc1", (1, 2, 0, 0)),
        ("2.3.4.5.6", (2, 3, 4, 5)),
        ("0+unknown", (0, 0, 0, 0)),
        ("not a version", (0, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    pytest.importorskip("packaging.version")
    assert load("winversion").version_tuple(version) == numbers


def test_windows_version_file_carries_the_version(tmp_path: Path) -> None:
    pytest.importorskip("packaging.version")
    path = load("winversion").write_version_file(str(tmp_path / "v.txt"), "0.1.0", "Pactum")
    text = Path(path).read_text(encoding="utf-8")
    calls = {
        node.func.id: node
        for node in ast.walk(ast.parse(text, mode="eval"))  # what PyInstaller eval()s
        if isinstance(node, ast.Call)
    }
    assert set(calls) == {
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    }
    assert "filevers=(0, 1, 0, 0)" in text
    assert "StringStruct('ProductVersion', '0.1.0')" in text
    assert "StringStruct('OriginalFilename', 'pactum.exe')" in text


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
        ("libssl.so.3", False),  # only dropped when nothing kept needs it (prune)
    ],
)
def test_unused_qt_plugins(dest: str, dropped: bool) -> None:
    assert load("prune").unused(dest) is dropped


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_uk.qm", True),
        ("PySide6/Qt/translations/qt_uk.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("PySide6/Qt/translations/qt_help_uk.qm", False),
        ("resources/translations/pactum_de.qm", True),  # the app's own: all of them
    ],
)
def test_qt_translations_kept_for_ukrainian_and_english(dest: str, kept: bool) -> None:
    entry = (dest, "/src/" + dest, "DATA")
    assert (load("prune").prune_translations([entry]) == [entry]) is kept
