"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests. Everything outside ``db/`` imports the
store from here (and the search from ``db.search``); the folders behind it are ``store/``
(schema, records, queries), ``safety/`` (the file's safety), ``search/`` and ``features/``
(merge, versions, matrix, duplicates, interchange): see docs/architecture.md.
"""

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
