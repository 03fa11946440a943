"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests.
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
from db.features.interchange import ExportReport, ImportReport, export_file, import_file
from db.features.matrix import MatrixAxis
from db.features.merge import CHOSEN_FIELDS, MergeResult, Side, merge, undo_merge
from db.features.versions import restore_field, versions
from db.opener import open_catalog
from db.safety.backup import Backup, list_backups, restore_backup
from db.safety.backup import Kind as BackupKind
from db.safety.check import CheckReport, check_connection, check_path, newest_good_backup
from db.safety.cipher import is_damage
from db.safety.failures import as_catalog_error
from db.safety.outputs import ANY_NAME, CSV, PDF, check_output_path, write_text_output
from db.safety.salvage import salvage
from db.store.changes import EVERYTHING, NOTHING, Changes
from db.store.countries import countries, country_name, is_country, party_label
from db.store.model import (
    CONTENT_FIELDS,
    Agreement,
    AgreementRow,
    Change,
    Commitment,
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
from db.store.queries import SortKey
from db.store.validation import problems as validation_problems

__all__ = [
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
