"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests. Everything outside ``db/`` imports the
store from here (and the search from ``db.search``); the folders behind it are ``store/``
(schema, records, queries), ``safety/`` (the file's safety), ``search/`` and ``features/``
(merge, versions, matrix, duplicates, interchange): see docs/architecture.md.

Each name is loaded when first used (PEP 562), so a command imports only the modules it
needs: ``pactum --help`` none, ``pactum show`` the store but not the search, the merge or
the interchange formats. Type checkers read the imports under ``TYPE_CHECKING``; the
table ``_WHERE`` says the same to the interpreter (tests/db/test_front_door.py keeps the
two in step).
"""

import importlib
import typing

if typing.TYPE_CHECKING:
    from db.catalog import Catalog
    from db.errors import (
        CatalogBusyError,
        CatalogError,
        CatalogInUseError,
        DamagedCatalogError,
        DiskFullError,
        EncryptionUnavailableError,
        FieldProblem,
        ForeignSchemaError,
        ImportFormatError,
        NewerCatalogError,
        NotACatalogError,
        OutputPathError,
        PassphraseNeededError,
        ReadOnlyCatalogError,
        RecordNotFoundError,
        StaleRecordError,
        ValidationError,
        WrongPassphraseError,
    )
    from db.features.csv_export import safe_cell
    from db.features.duplicates import Identity, identities
    from db.features.interchange import (
        ImportReport,
        check_import,
        export_file,
        import_data,
        import_file,
    )
    from db.features.matrix import MatrixAxis, MatrixCount, matrix_counts
    from db.features.merge import CHOSEN_FIELDS, MergeResult, Side, last_merge, merge, undo_merge
    from db.features.versions import restore_field, version_at, versions
    from db.messages import ERRORS as ERROR_MESSAGES
    from db.messages import FIELDS as FIELD_MESSAGES
    from db.opener import open_catalog
    from db.safety.backup import Backup, BackupError, list_backups, restore_backup
    from db.safety.backup import Kind as BackupKind
    from db.safety.check import CheckReport, check_connection, check_path, newest_good_backup
    from db.safety.cipher import DATABASE_ERRORS, is_damage
    from db.safety.encryption import encrypt_catalogue, plain_backups
    from db.safety.failures import as_catalog_error
    from db.safety.inputs import read_bounded
    from db.safety.outputs import (
        ANY_NAME,
        CSV,
        PDF,
        check_output_folder,
        check_output_path,
        shown,
        write_output,
        write_text_output,
    )
    from db.safety.salvage import salvage
    from db.store.changes import EVERYTHING, NOTHING, Changes
    from db.store.codec import STORE_FIELDS, encode
    from db.store.countries import countries, country_name, is_country, party_label
    from db.store.exportable import ExportReport
    from db.store.model import (
        CONTENT_FIELDS,
        Agreement,
        AgreementRow,
        Change,
        Commitment,
        DamagedValue,
        FacetCount,
        Filters,
        Kind,
        PartialDate,
        Partnership,
        Party,
        Precision,
        Relation,
        RelationKind,
        Signatory,
        Source,
        Status,
    )
    from db.store.progress import Cancelled, NoProgress, Progress
    from db.store.progress import check as check_progress
    from db.store.queries import SortKey
    from db.store.schema import MIGRATION_NAMES
    from db.store.validation import problems as validation_problems

_WHERE: dict[str, tuple[str, str]] = {
    "ANY_NAME": ("db.safety.outputs", "ANY_NAME"),
    "Agreement": ("db.store.model", "Agreement"),
    "AgreementRow": ("db.store.model", "AgreementRow"),
    "Backup": ("db.safety.backup", "Backup"),
    "BackupError": ("db.safety.backup", "BackupError"),
    "BackupKind": ("db.safety.backup", "Kind"),
    "CHOSEN_FIELDS": ("db.features.merge", "CHOSEN_FIELDS"),
    "CONTENT_FIELDS": ("db.store.model", "CONTENT_FIELDS"),
    "CSV": ("db.safety.outputs", "CSV"),
    "Cancelled": ("db.store.progress", "Cancelled"),
    "Catalog": ("db.catalog", "Catalog"),
    "CatalogBusyError": ("db.errors", "CatalogBusyError"),
    "CatalogError": ("db.errors", "CatalogError"),
    "CatalogInUseError": ("db.errors", "CatalogInUseError"),
    "Change": ("db.store.model", "Change"),
    "Changes": ("db.store.changes", "Changes"),
    "CheckReport": ("db.safety.check", "CheckReport"),
    "Commitment": ("db.store.model", "Commitment"),
    "DATABASE_ERRORS": ("db.safety.cipher", "DATABASE_ERRORS"),
    "DamagedCatalogError": ("db.errors", "DamagedCatalogError"),
    "DamagedValue": ("db.store.model", "DamagedValue"),
    "DiskFullError": ("db.errors", "DiskFullError"),
    "ERROR_MESSAGES": ("db.messages", "ERRORS"),
    "EVERYTHING": ("db.store.changes", "EVERYTHING"),
    "EncryptionUnavailableError": ("db.errors", "EncryptionUnavailableError"),
    "ExportReport": ("db.store.exportable", "ExportReport"),
    "FIELD_MESSAGES": ("db.messages", "FIELDS"),
    "FacetCount": ("db.store.model", "FacetCount"),
    "FieldProblem": ("db.errors", "FieldProblem"),
    "Filters": ("db.store.model", "Filters"),
    "ForeignSchemaError": ("db.errors", "ForeignSchemaError"),
    "Identity": ("db.features.duplicates", "Identity"),
    "ImportFormatError": ("db.errors", "ImportFormatError"),
    "ImportReport": ("db.features.interchange", "ImportReport"),
    "Kind": ("db.store.model", "Kind"),
    "MIGRATION_NAMES": ("db.store.schema", "MIGRATION_NAMES"),
    "MatrixAxis": ("db.features.matrix", "MatrixAxis"),
    "MatrixCount": ("db.features.matrix", "MatrixCount"),
    "MergeResult": ("db.features.merge", "MergeResult"),
    "NOTHING": ("db.store.changes", "NOTHING"),
    "NewerCatalogError": ("db.errors", "NewerCatalogError"),
    "NoProgress": ("db.store.progress", "NoProgress"),
    "NotACatalogError": ("db.errors", "NotACatalogError"),
    "OutputPathError": ("db.errors", "OutputPathError"),
    "PDF": ("db.safety.outputs", "PDF"),
    "PartialDate": ("db.store.model", "PartialDate"),
    "Partnership": ("db.store.model", "Partnership"),
    "Party": ("db.store.model", "Party"),
    "PassphraseNeededError": ("db.errors", "PassphraseNeededError"),
    "Precision": ("db.store.model", "Precision"),
    "Progress": ("db.store.progress", "Progress"),
    "ReadOnlyCatalogError": ("db.errors", "ReadOnlyCatalogError"),
    "RecordNotFoundError": ("db.errors", "RecordNotFoundError"),
    "Relation": ("db.store.model", "Relation"),
    "RelationKind": ("db.store.model", "RelationKind"),
    "STORE_FIELDS": ("db.store.codec", "STORE_FIELDS"),
    "Side": ("db.features.merge", "Side"),
    "Signatory": ("db.store.model", "Signatory"),
    "SortKey": ("db.store.queries", "SortKey"),
    "Source": ("db.store.model", "Source"),
    "StaleRecordError": ("db.errors", "StaleRecordError"),
    "Status": ("db.store.model", "Status"),
    "ValidationError": ("db.errors", "ValidationError"),
    "WrongPassphraseError": ("db.errors", "WrongPassphraseError"),
    "as_catalog_error": ("db.safety.failures", "as_catalog_error"),
    "check_connection": ("db.safety.check", "check_connection"),
    "check_import": ("db.features.interchange", "check_import"),
    "check_output_folder": ("db.safety.outputs", "check_output_folder"),
    "check_output_path": ("db.safety.outputs", "check_output_path"),
    "check_path": ("db.safety.check", "check_path"),
    "check_progress": ("db.store.progress", "check"),
    "countries": ("db.store.countries", "countries"),
    "country_name": ("db.store.countries", "country_name"),
    "encode": ("db.store.codec", "encode"),
    "encrypt_catalogue": ("db.safety.encryption", "encrypt_catalogue"),
    "export_file": ("db.features.interchange", "export_file"),
    "identities": ("db.features.duplicates", "identities"),
    "import_data": ("db.features.interchange", "import_data"),
    "import_file": ("db.features.interchange", "import_file"),
    "is_country": ("db.store.countries", "is_country"),
    "is_damage": ("db.safety.cipher", "is_damage"),
    "last_merge": ("db.features.merge", "last_merge"),
    "list_backups": ("db.safety.backup", "list_backups"),
    "matrix_counts": ("db.features.matrix", "matrix_counts"),
    "merge": ("db.features.merge", "merge"),
    "newest_good_backup": ("db.safety.check", "newest_good_backup"),
    "open_catalog": ("db.opener", "open_catalog"),
    "party_label": ("db.store.countries", "party_label"),
    "plain_backups": ("db.safety.encryption", "plain_backups"),
    "read_bounded": ("db.safety.inputs", "read_bounded"),
    "restore_backup": ("db.safety.backup", "restore_backup"),
    "restore_field": ("db.features.versions", "restore_field"),
    "safe_cell": ("db.features.csv_export", "safe_cell"),
    "salvage": ("db.safety.salvage", "salvage"),
    "shown": ("db.safety.outputs", "shown"),
    "undo_merge": ("db.features.merge", "undo_merge"),
    "validation_problems": ("db.store.validation", "problems"),
    "version_at": ("db.features.versions", "version_at"),
    "versions": ("db.features.versions", "versions"),
    "write_output": ("db.safety.outputs", "write_output"),
    "write_text_output": ("db.safety.outputs", "write_text_output"),
}
"""Where each front-door name lives: (module, name in it)."""

__all__ = [
    "ANY_NAME",
    "CHOSEN_FIELDS",
    "CONTENT_FIELDS",
    "CSV",
    "DATABASE_ERRORS",
    "ERROR_MESSAGES",
    "EVERYTHING",
    "FIELD_MESSAGES",
    "MIGRATION_NAMES",
    "NOTHING",
    "PDF",
    "STORE_FIELDS",
    "Agreement",
    "AgreementRow",
    "Backup",
    "BackupError",
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
    "DamagedValue",
    "DiskFullError",
    "EncryptionUnavailableError",
    "ExportReport",
    "FacetCount",
    "FieldProblem",
    "Filters",
    "ForeignSchemaError",
    "Identity",
    "ImportFormatError",
    "ImportReport",
    "Kind",
    "MatrixAxis",
    "MatrixCount",
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
    "check_import",
    "check_output_folder",
    "check_output_path",
    "check_path",
    "check_progress",
    "countries",
    "country_name",
    "encode",
    "encrypt_catalogue",
    "export_file",
    "identities",
    "import_data",
    "import_file",
    "is_country",
    "is_damage",
    "last_merge",
    "list_backups",
    "matrix_counts",
    "merge",
    "newest_good_backup",
    "open_catalog",
    "party_label",
    "plain_backups",
    "read_bounded",
    "restore_backup",
    "restore_field",
    "safe_cell",
    "salvage",
    "shown",
    "undo_merge",
    "validation_problems",
    "version_at",
    "versions",
    "write_output",
    "write_text_output",
]


def __getattr__(name: str) -> typing.Any:
    """Load a front-door name from its module on first use, then keep it here."""
    try:
        module, attribute = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'db' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
