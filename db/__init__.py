"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests. Everything outside ``db/`` imports the
store from here (and the search from ``db.search``); the folders behind it are ``store/``
(schema, records, queries), ``safety/`` (the file's safety), ``search/`` and ``features/``
(merge, versions, matrix, duplicates, interchange, exchange, attachments): see docs/architecture.md.

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
        AttachmentExistsError,
        AttachmentNotFoundError,
        CatalogBusyError,
        CatalogError,
        CatalogInUseError,
        ConflictNotFoundError,
        DamagedCatalogError,
        DiskFullError,
        EncryptionUnavailableError,
        FieldProblem,
        ForeignSchemaError,
        ImportFormatError,
        InputFileError,
        NewerCatalogError,
        NotACatalogError,
        OutputPathError,
        PackageAppliedError,
        PackageDamagedError,
        PackageForeignError,
        PackageRefusedError,
        PackageSchemaError,
        PassphraseNeededError,
        ReadOnlyCatalogError,
        RecordNotFoundError,
        StaleRecordError,
        ValidationError,
        WrongPassphraseError,
    )
    from db.features.attachments import Attachment
    from db.features.briefings import BriefingMade
    from db.features.csv_export import safe_cell
    from db.features.deadlines import Deadline
    from db.features.duplicates import Identity, identities
    from db.features.exchange import ExchangeReport, clone_catalogue, export_changes, import_changes
    from db.features.exchange_conflicts import (
        Conflict,
        conflicted_ids,
        open_conflicts,
        reopen_conflict,
        resolve_conflict,
    )
    from db.features.interchange import (
        ImportReport,
        check_import,
        export_file,
        import_data,
        import_file,
    )
    from db.features.matrix import MatrixAxis, MatrixCount, matrix_counts
    from db.features.merge import CHOSEN_FIELDS, MergeResult, Side, last_merge, merge, undo_merge
    from db.features.subjects import map_subject
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
        DOCX,
        PDF,
        check_output_folder,
        check_output_path,
        shown,
        write_output,
        write_text_output,
    )
    from db.safety.salvage import salvage
    from db.store.access import name_the_user
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
        GdpBasis,
        Kind,
        PartialDate,
        Partnership,
        Party,
        Precision,
        Relation,
        RelationKind,
        Signatory,
        Source,
        Stage,
        StageStep,
        Status,
    )
    from db.store.progress import Cancelled, NoProgress, Progress
    from db.store.progress import check as check_progress
    from db.store.queries import SortKey
    from db.store.schema import MIGRATION_NAMES
    from db.store.thesaurus import Concept, Thesaurus, subject_json, subject_label, thesaurus
    from db.store.validation import problems as validation_problems

_WHERE: dict[str, tuple[str, str]] = {
    "ANY_NAME": ("db.safety.outputs", "ANY_NAME"),
    "Agreement": ("db.store.model", "Agreement"),
    "AgreementRow": ("db.store.model", "AgreementRow"),
    "Attachment": ("db.features.attachments", "Attachment"),
    "AttachmentExistsError": ("db.errors", "AttachmentExistsError"),
    "AttachmentNotFoundError": ("db.errors", "AttachmentNotFoundError"),
    "Backup": ("db.safety.backup", "Backup"),
    "BackupError": ("db.safety.backup", "BackupError"),
    "BackupKind": ("db.safety.backup", "Kind"),
    "BriefingMade": ("db.features.briefings", "BriefingMade"),
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
    "Concept": ("db.store.thesaurus", "Concept"),
    "Conflict": ("db.features.exchange_conflicts", "Conflict"),
    "ConflictNotFoundError": ("db.errors", "ConflictNotFoundError"),
    "DATABASE_ERRORS": ("db.safety.cipher", "DATABASE_ERRORS"),
    "DOCX": ("db.safety.outputs", "DOCX"),
    "DamagedCatalogError": ("db.errors", "DamagedCatalogError"),
    "DamagedValue": ("db.store.model", "DamagedValue"),
    "Deadline": ("db.features.deadlines", "Deadline"),
    "DiskFullError": ("db.errors", "DiskFullError"),
    "ERROR_MESSAGES": ("db.messages", "ERRORS"),
    "EVERYTHING": ("db.store.changes", "EVERYTHING"),
    "EncryptionUnavailableError": ("db.errors", "EncryptionUnavailableError"),
    "ExchangeReport": ("db.features.exchange", "ExchangeReport"),
    "ExportReport": ("db.store.exportable", "ExportReport"),
    "FIELD_MESSAGES": ("db.messages", "FIELDS"),
    "FacetCount": ("db.store.model", "FacetCount"),
    "FieldProblem": ("db.errors", "FieldProblem"),
    "Filters": ("db.store.model", "Filters"),
    "ForeignSchemaError": ("db.errors", "ForeignSchemaError"),
    "GdpBasis": ("db.store.model", "GdpBasis"),
    "Identity": ("db.features.duplicates", "Identity"),
    "ImportFormatError": ("db.errors", "ImportFormatError"),
    "ImportReport": ("db.features.interchange", "ImportReport"),
    "InputFileError": ("db.errors", "InputFileError"),
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
    "PackageAppliedError": ("db.errors", "PackageAppliedError"),
    "PackageDamagedError": ("db.errors", "PackageDamagedError"),
    "PackageForeignError": ("db.errors", "PackageForeignError"),
    "PackageRefusedError": ("db.errors", "PackageRefusedError"),
    "PackageSchemaError": ("db.errors", "PackageSchemaError"),
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
    "Stage": ("db.store.model", "Stage"),
    "StageStep": ("db.store.model", "StageStep"),
    "StaleRecordError": ("db.errors", "StaleRecordError"),
    "Status": ("db.store.model", "Status"),
    "Thesaurus": ("db.store.thesaurus", "Thesaurus"),
    "ValidationError": ("db.errors", "ValidationError"),
    "WrongPassphraseError": ("db.errors", "WrongPassphraseError"),
    "as_catalog_error": ("db.safety.failures", "as_catalog_error"),
    "check_connection": ("db.safety.check", "check_connection"),
    "check_import": ("db.features.interchange", "check_import"),
    "check_output_folder": ("db.safety.outputs", "check_output_folder"),
    "check_output_path": ("db.safety.outputs", "check_output_path"),
    "check_path": ("db.safety.check", "check_path"),
    "check_progress": ("db.store.progress", "check"),
    "clone_catalogue": ("db.features.exchange", "clone_catalogue"),
    "conflicted_ids": ("db.features.exchange_conflicts", "conflicted_ids"),
    "countries": ("db.store.countries", "countries"),
    "country_name": ("db.store.countries", "country_name"),
    "encode": ("db.store.codec", "encode"),
    "encrypt_catalogue": ("db.safety.encryption", "encrypt_catalogue"),
    "export_changes": ("db.features.exchange", "export_changes"),
    "export_file": ("db.features.interchange", "export_file"),
    "identities": ("db.features.duplicates", "identities"),
    "import_changes": ("db.features.exchange", "import_changes"),
    "import_data": ("db.features.interchange", "import_data"),
    "import_file": ("db.features.interchange", "import_file"),
    "is_country": ("db.store.countries", "is_country"),
    "is_damage": ("db.safety.cipher", "is_damage"),
    "last_merge": ("db.features.merge", "last_merge"),
    "list_backups": ("db.safety.backup", "list_backups"),
    "map_subject": ("db.features.subjects", "map_subject"),
    "matrix_counts": ("db.features.matrix", "matrix_counts"),
    "merge": ("db.features.merge", "merge"),
    "name_the_user": ("db.store.access", "name_the_user"),
    "newest_good_backup": ("db.safety.check", "newest_good_backup"),
    "open_catalog": ("db.opener", "open_catalog"),
    "open_conflicts": ("db.features.exchange_conflicts", "open_conflicts"),
    "party_label": ("db.store.countries", "party_label"),
    "plain_backups": ("db.safety.encryption", "plain_backups"),
    "read_bounded": ("db.safety.inputs", "read_bounded"),
    "reopen_conflict": ("db.features.exchange_conflicts", "reopen_conflict"),
    "resolve_conflict": ("db.features.exchange_conflicts", "resolve_conflict"),
    "restore_backup": ("db.safety.backup", "restore_backup"),
    "restore_field": ("db.features.versions", "restore_field"),
    "safe_cell": ("db.features.csv_export", "safe_cell"),
    "salvage": ("db.safety.salvage", "salvage"),
    "shown": ("db.safety.outputs", "shown"),
    "subject_json": ("db.store.thesaurus", "subject_json"),
    "subject_label": ("db.store.thesaurus", "subject_label"),
    "thesaurus": ("db.store.thesaurus", "thesaurus"),
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
    "DOCX",
    "ERROR_MESSAGES",
    "EVERYTHING",
    "FIELD_MESSAGES",
    "MIGRATION_NAMES",
    "NOTHING",
    "PDF",
    "STORE_FIELDS",
    "Agreement",
    "AgreementRow",
    "Attachment",
    "AttachmentExistsError",
    "AttachmentNotFoundError",
    "Backup",
    "BackupError",
    "BackupKind",
    "BriefingMade",
    "Cancelled",
    "Catalog",
    "CatalogBusyError",
    "CatalogError",
    "CatalogInUseError",
    "Change",
    "Changes",
    "CheckReport",
    "Commitment",
    "Concept",
    "Conflict",
    "ConflictNotFoundError",
    "DamagedCatalogError",
    "DamagedValue",
    "Deadline",
    "DiskFullError",
    "EncryptionUnavailableError",
    "ExchangeReport",
    "ExportReport",
    "FacetCount",
    "FieldProblem",
    "Filters",
    "ForeignSchemaError",
    "GdpBasis",
    "Identity",
    "ImportFormatError",
    "ImportReport",
    "InputFileError",
    "Kind",
    "MatrixAxis",
    "MatrixCount",
    "MergeResult",
    "NewerCatalogError",
    "NoProgress",
    "NotACatalogError",
    "OutputPathError",
    "PackageAppliedError",
    "PackageDamagedError",
    "PackageForeignError",
    "PackageRefusedError",
    "PackageSchemaError",
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
    "Stage",
    "StageStep",
    "StaleRecordError",
    "Status",
    "Thesaurus",
    "ValidationError",
    "WrongPassphraseError",
    "as_catalog_error",
    "check_connection",
    "check_import",
    "check_output_folder",
    "check_output_path",
    "check_path",
    "check_progress",
    "clone_catalogue",
    "conflicted_ids",
    "countries",
    "country_name",
    "encode",
    "encrypt_catalogue",
    "export_changes",
    "export_file",
    "identities",
    "import_changes",
    "import_data",
    "import_file",
    "is_country",
    "is_damage",
    "last_merge",
    "list_backups",
    "map_subject",
    "matrix_counts",
    "merge",
    "name_the_user",
    "newest_good_backup",
    "open_catalog",
    "open_conflicts",
    "party_label",
    "plain_backups",
    "read_bounded",
    "reopen_conflict",
    "resolve_conflict",
    "restore_backup",
    "restore_field",
    "safe_cell",
    "salvage",
    "shown",
    "subject_json",
    "subject_label",
    "thesaurus",
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
