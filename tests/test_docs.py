"""Documentation that must not fall behind the code (after sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import inspect
from pathlib import Path

import db
from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices
    missing = [name for name in commands if f"`{name}" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_every_public_store_function_and_class_has_a_docstring() -> None:
    undocumented = []
    for name in db.__all__:
        thing = getattr(db, name)
        if inspect.isclass(thing) or inspect.isfunction(thing):
            if not inspect.getdoc(thing):
                undocumented.append(name)
            if thing is db.Catalog:
                for method, member in vars(thing).items():
                    public = inspect.isfunction(member) and not method.startswith("_")
                    if public and not member.__doc__ and method != "close":
                        undocumented.append(f"{name}.{method}")
    assert not undocumented, undocumented


def test_interchange_format_is_documented() -> None:
    doc = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    from db.store.model import CONTENT_FIELDS

    for field in CONTENT_FIELDS:
        assert f"`{field}`" in doc, field
