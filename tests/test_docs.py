"""Documentation that must not fall behind the code (after sqlite-utils' tests/test_docs.py).

Parametrised: each command and each front-door name is its own test, matched by its exact
name (``pactum list`` does not count as documenting ``pactum li``).
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import db
from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)
SHELL_FORM = re.compile(r"pactum(?: --catalog \S+| --demo)* ([a-z][a-z-]*)(?![\w-])")
"""A command as a reader types it: ``pactum list``, ``pactum --demo list``."""
IN_SHELL_FORM = set(SHELL_FORM.findall(README))

CONTRACT = [
    "ANY_NAME",
    "CHOSEN_FIELDS",
    "CONTENT_FIELDS",
    "CSV",
    "EVERYTHING",
    "NOTHING",
    "PDF",
    "Agreement",
    "AgreementRow",
    "Backup",
    "BackupKind",
    "Cancelled",
    "Catalog",
    "CatalogBusyError",
    "CatalogError",
    "CatalogInUseError",
    "Change",
    "Changes",
    "CheckReport",
    "Commitment",
    "DamagedCatalogError",
    "DiskFullError",
    "EncryptionUnavailableError",
    "ExportReport",
    "FacetCount",
    "FieldProblem",
    "Filters",
    "ForeignSchemaError",
    "ImportFormatError",
    "ImportReport",
    "Kind",
    "MatrixAxis",
    "MergeResult",
    "NewerCatalogError",
    "NoProgress",
    "NotACatalogError",
    "OutputPathError",
    "PartialDate",
    "Partnership",
    "Party",
    "PassphraseNeededError",
    "Precision",
    "Progress",
    "ReadOnlyCatalogError",
    "RecordNotFoundError",
    "Relation",
    "RelationKind",
    "Side",
    "Signatory",
    "SortKey",
    "Source",
    "StaleRecordError",
    "Status",
    "ValidationError",
    "WrongPassphraseError",
    "as_catalog_error",
    "check_connection",
    "check_output_path",
    "check_path",
    "countries",
    "country_name",
    "export_file",
    "import_file",
    "is_country",
    "is_damage",
    "list_backups",
    "merge",
    "newest_good_backup",
    "open_catalog",
    "party_label",
    "restore_backup",
    "restore_field",
    "salvage",
    "undo_merge",
    "validation_problems",
    "versions",
    "write_text_output",
]
"""The front door the window was built on (issue 13): names may be added, never taken away."""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_in_its_shell_form(command: str) -> None:
    assert command in IN_SHELL_FORM, f"README.md shows no `pactum {command} ...`"


@pytest.mark.parametrize("named", sorted(IN_SHELL_FORM))
def test_every_command_the_readme_shows_exists(named: str) -> None:
    assert named in COMMANDS, f"README.md shows `pactum {named}`, which is no command"


@pytest.mark.parametrize("name", CONTRACT)
def test_the_front_door_keeps_every_name_it_had(name: str) -> None:
    assert name in db.__all__ and hasattr(db, name), name


@pytest.mark.parametrize("name", db.__all__)
def test_every_front_door_name_exists_and_is_documented(name: str) -> None:
    thing = getattr(db, name)
    if inspect.isclass(thing) or inspect.isfunction(thing):
        assert inspect.getdoc(thing), f"db.{name} has no docstring"


@pytest.mark.parametrize(
    "method",
    sorted(
        name
        for name, member in inspect.getmembers(db.Catalog, inspect.isfunction)
        if not name.startswith("_") and name != "close"
    ),
)
def test_every_public_catalog_method_has_a_docstring(method: str) -> None:
    """Its own and its mixins' (db/features/*_methods.py)."""
    assert getattr(db.Catalog, method).__doc__, f"Catalog.{method} has no docstring"


def test_the_front_door_lists_every_name_it_exports() -> None:
    """Names load when first used (issue 14): every public name db holds so far is in
    ``__all__``, and every name in ``__all__`` loads."""
    public = {
        name
        for name, value in vars(db).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public <= set(db.__all__), public - set(db.__all__)
    assert all(hasattr(db, name) for name in db.__all__)


def test_interchange_format_is_documented() -> None:
    doc = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    from db import CONTENT_FIELDS

    for field in CONTENT_FIELDS:
        assert f"`{field}`" in doc, field
