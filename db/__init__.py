"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests. Everything outside ``db/`` imports the
store from here (and the search from ``db.search``); the folders behind it are ``store/``
(schema, records, queries), ``safety/`` (the file's safety), ``search/`` and ``features/``
(merge, versions, matrix, duplicates, interchange, exchange): see docs/architecture.md.
"""

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
    export_file,
    import_data,
    import_file,
    read_file,
    safe_cell,
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
    "read_file",
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
