"""The store's English, in one place: the text of each error code and field-problem code.

Errors and field problems carry a ``code`` and their ``params`` (the facts: which file,
which field, which value); the command line shows the English rendered here (``str(error)``),
and the window looks the same code up in its own translated table. A test holds every code
raised to a text here.
"""

from __future__ import annotations

from collections.abc import Mapping

ERRORS: dict[str, str] = {
    "error": "{message}",
    "not_a_catalog": "{path} is not a Pactum catalogue: {reason}",
    "foreign_schema": "{path} is not a Pactum catalogue as this version made it: {shown}{more}",
    "damaged": "{path} is damaged: {reason}",
    "newer": (
        "{path} was made by a newer version of Pactum (unknown migrations: {unknown}); "
        "update Pactum to open it"
    ),
    "busy": "the catalogue is busy: another window or process is writing to it",
    "passphrase_needed": (
        "{path} is not a plain SQLite file: if it is an encrypted catalogue, give its passphrase"
    ),
    "wrong_passphrase": "cannot open {path}: {reason} (or the file is not an encrypted catalogue)",
    "encryption_unavailable": (
        "encrypted catalogues need the sqlcipher3 package (pip install sqlcipher3)"
    ),
    "record_not_found": "no agreement {ref}",
    "stale_record": (
        "agreement {uuid} was changed elsewhere (you read version {expected}, "
        "the catalogue holds version {actual}); reload it or keep yours explicitly"
    ),
    "invalid": "{shown}{more}",
    "import_format": "{message}",
    "merge": "{message}",
    "backup": "{message}",
    "version_not_found": "record {uuid} has no version {version} (known: {known})",
    "cancelled": "cancelled; nothing was changed",
    "search_index_damaged": (
        "the search index of {path} cannot be read ({reason}); the records are not "
        "affected: rebuild the index with `pactum search --reindex`"
    ),
    "in_use": "{path} is open in another window or process: close it there, then try again",
    "read_only": (
        "cannot write to {path}: {reason} (check the permissions of the file and its folder)"
    ),
    "disk_full": (
        "the disk holding {path} is full: nothing was written; free some space and try again"
    ),
    "input_file": "{path}: {reason}",
    "output_path": "{path}: {reason}",
    "open_other_library": (
        "{path} is already open in this program ({how}): close it there, then try again"
    ),
    "attachment_exists": (
        "agreement {ref} already has a file named {name!r}: detach it first or rename yours"
    ),
    "attachment_not_found": "agreement {ref} has no attached file named {name!r}",
    "package_refused": "{path} was not applied: {reason}; nothing was changed",
    "package_foreign": (
        "{path} comes from another catalogue, not a copy of this one; nothing was changed"
    ),
    "package_schema": (
        "{path} was made by a {reason} version of Pactum: use the same version on both "
        "workstations, then export again; nothing was changed"
    ),
    "package_damaged": ("{path} is damaged or was altered ({reason}); nothing was changed"),
    "package_applied": "{path} was applied here already; nothing was changed",
    "conflict_not_found": "agreement {ref} has no open conflict on {field}",
}
"""Each error code's English (``CatalogError.code``), formatted with the error's params."""

FIELDS: dict[str, str] = {
    "title_empty": "the title is empty",
    "not_a_kind": "{value!r} is not a kind ({choices})",
    "not_a_status": "{value!r} is not a status ({choices})",
    "not_a_date": "not a date",
    "date_in_future": "{value} is in the future",
    "signatory_unnamed": "signatory {n} has no name",
    "signatory_not_a_party": "signatory {n} signs for {party}, not a party",
    "commitment_undescribed": "commitment {n} has no description",
    "commitment_not_a_party": "commitment {n} is by {party}, not a party",
    "commitment_amount": "commitment {n} has an amount that is not a number",
    "stage_in_future": "commitment {n} reached {stage} on {value}, in the future",
    "source_empty": "source {n} is empty (give an outlet, an address or a quotation)",
    "relation_kind": "relation {n} has an unknown kind {value!r}",
    "relation_to_itself": "relation {n} points at the agreement itself",
    "relation_unknown_target": "relation {n} points at an unknown record",
    "subject_empty": "subject {n} is empty",
    "subject_twice": "a subject is listed twice",
    "too_long": "longer than {longest:,} characters",
    "text_too_long": "a text is longer than {longest:,} characters",
    "not_unicode": "a text is not valid Unicode (character {position})",
    "too_few_parties": "an agreement needs at least two parties",
    "party_country_or_organisation": "party {n} must be either a country or an organisation",
    "not_a_country": "{value!r} is not an ISO 3166-1 country code",
    "party_organisation_empty": "party {n} has an empty organisation name",
    "party_twice": "a party is listed twice",
    "saved_search_unnamed": "a saved search needs a name",
    "saved_search_sort": "sort is 'rank' or 'date'",
}
"""Each field-problem code's English (``FieldProblem.code``), formatted with its params. A
problem whose code is not here (the window's own checks, the interchange reader's findings)
carries its English as its code and is shown as it is."""


def error_text(code: str, params: Mapping[str, object]) -> str:
    """The English of an error code with its facts."""
    return ERRORS[code].format(**params)


def field_text(code: str, params: Mapping[str, object]) -> str:
    """The English of a field problem; a code not in :data:`FIELDS` is its own text."""
    template = FIELDS.get(code)
    return code if template is None else template.format(**params)
