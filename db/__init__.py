"""Pactum's catalogue store: a local SQLite file of agreements, and the one way into it.

Nothing here imports Qt, ReportLab or ``desktop``: the window, the briefing and the command
line all stand on these functions, and so do the tests.
"""

from db.catalog import Catalog, open_catalog
from db.countries import countries, country_name, is_country, party_label
from db.errors import (
    CatalogBusyError,
    CatalogError,
    DamagedCatalogError,
    EncryptionUnavailableError,
    FieldProblem,
    ImportFormatError,
    NewerCatalogError,
    NotACatalogError,
    PassphraseNeededError,
    RecordNotFoundError,
    StaleRecordError,
    ValidationError,
    WrongPassphraseError,
)
from db.model import (
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
from db.queries import SortKey

__all__ = [
    "CONTENT_FIELDS",
    "Agreement",
    "AgreementRow",
    "Catalog",
    "CatalogBusyError",
    "CatalogError",
    "Change",
    "Commitment",
    "DamagedCatalogError",
    "EncryptionUnavailableError",
    "FacetCount",
    "FieldProblem",
    "Filters",
    "ImportFormatError",
    "Kind",
    "NewerCatalogError",
    "NotACatalogError",
    "PartialDate",
    "Partnership",
    "Party",
    "PassphraseNeededError",
    "Precision",
    "RecordNotFoundError",
    "Relation",
    "RelationKind",
    "Signatory",
    "SortKey",
    "Source",
    "StaleRecordError",
    "Status",
    "ValidationError",
    "WrongPassphraseError",
    "countries",
    "country_name",
    "is_country",
    "open_catalog",
    "party_label",
]
