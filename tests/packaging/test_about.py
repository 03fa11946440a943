"""What Help › About and ``pactum about`` show: version, catalogue, schema, licences."""

from __future__ import annotations

import json
from email.message import Message
from pathlib import Path

import pytest

from db import Catalog, open_catalog
from db.store.schema import MIGRATION_NAMES
from desktop import __version__
from desktop.about import about_info, font_licences, library_licences, licence_of
from desktop.cli import main


def metadata(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_about_names_version_catalogue_and_schema(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog:
        about = about_info(catalog)
    assert about.version == __version__ != "0+unknown"
    assert about.catalogue == demo_file
    assert about.schema == tuple(MIGRATION_NAMES)
    assert about.schema_known == tuple(MIGRATION_NAMES)


def test_about_without_a_catalogue_has_no_schema() -> None:
    about = about_info(None)
    assert about.catalogue is None
    assert about.schema == ()


def test_in_memory_catalogue_reports_its_migrations(catalog: Catalog) -> None:
    assert about_info(catalog).schema == tuple(MIGRATION_NAMES)


def test_libraries_follow_the_dependency_tree() -> None:
    names = {item.name.lower().replace("_", "-"): item for item in library_licences("pactum")}
    # direct dependencies, and dependencies of dependencies (sqlite-utils → click)
    for name in ("pyside6-essentials", "reportlab", "pymorphy3-dicts-uk", "click", "shiboken6"):
        assert name in names
    assert names["pymorphy3-dicts-uk"].licence == "GPLv3 License"
    assert names["sqlite-utils"].licence == "Apache-2.0"
    assert "pytest" not in names  # the test extra is not shipped
    assert all(item.version for item in names.values())


def test_python_leads_the_library_list() -> None:
    first = about_info(None).libraries[0]
    assert (first.name, first.licence) == ("Python", "PSF-2.0")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"License_Expression": "MIT", "License": "whatever"}, "MIT"),
        (
            {"License": "GPLv3 License", "Classifier": "License :: OSI Approved :: MIT"},
            "GPLv3 License",
        ),
        (
            {
                "License": "BSD license (see license.txt for details), Copyright (c) 2000-2026, "
                "ReportLab Inc.",
                "Classifier": ["License :: OSI Approved :: BSD License", "Topic :: Printing"],
            },
            "BSD License",
        ),
        ({"License": "Copyright X\n\nPermission is hereby granted..."}, "Copyright X"),
        ({}, "not stated"),
    ],
)
def test_licence_prefers_spdx_then_short_field_then_classifier(fields, expected) -> None:
    assert licence_of(metadata(**fields)) == expected


def test_font_licences_read_the_licence_file_beside_the_fonts(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    (fonts / "noto").mkdir(parents=True)
    for style in ("Regular", "Bold"):
        (fonts / "noto" / f"NotoSans-{style}.ttf").write_bytes(b"\0")
    (fonts / "noto" / "OFL.txt").write_text(
        "Copyright 2022 The Noto Project Authors\n\nSIL OPEN FONT LICENSE Version 1.1\n"
    )
    (fonts / "DejaVuSerif.ttf").write_bytes(b"\0")
    (fonts / "LICENSE").write_text("Fonts are (c) Bitstream (see below). Bitstream Vera ...")
    (fonts / "odd").mkdir()
    (fonts / "odd" / "Odd-Regular.otf").write_bytes(b"\0")
    found = [(item.name, item.licence) for item in font_licences(fonts)]
    assert found == [
        ("DejaVuSerif", "Bitstream-Vera"),
        ("NotoSans", "OFL-1.1"),
        ("Odd", "Bitstream-Vera"),  # no licence file of its own: the one above covers it
    ]


def test_no_fonts_folder_means_no_fonts(tmp_path: Path) -> None:
    assert font_licences(tmp_path / "fonts") == []


def test_about_command_prints_the_facts(demo_file: Path, capsys) -> None:
    assert main(["--catalog", str(demo_file), "about"]) == 0
    out = capsys.readouterr().out
    assert f"Pactum {__version__}" in out
    assert str(demo_file) in out
    assert MIGRATION_NAMES[-1] in out
    assert "pymorphy3-dicts-uk" in out


def test_about_command_json(demo_file: Path, capsys) -> None:
    assert main(["--catalog", str(demo_file), "about", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["catalogue"] == str(demo_file)
    assert data["schema"] == list(MIGRATION_NAMES)
    assert any(item["name"] == "reportlab" for item in data["libraries"])
