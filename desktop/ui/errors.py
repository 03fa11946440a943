"""The store's errors in the window's language: the one table of their translated texts.

``db`` words its errors in English for the command line and keeps the facts on each error
(which file, which record, which field). Here each error class (looked up along its class
hierarchy, so a subclass without its own text says its parent's) has its text for Qt's
translations, with ``%1``, ``%2``… for the facts, and the problems of a ``ValidationError``
are said field by field. In English the store's own wording is shown unchanged.

The seam for codes: when ``db`` gives errors and problems a ``code`` (and ``params``),
``error_text`` and ``problem_text`` look the code up in ``BY_CODE`` / ``PROBLEM_CODES``
first; until then they fall back to the class table and, for problems, to the known
English wordings (``_KNOWN``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db import (
    AttachmentExistsError,
    AttachmentNotFoundError,
    CatalogBusyError,
    CatalogInUseError,
    ConflictNotFoundError,
    DamagedCatalogError,
    DiskFullError,
    EncryptionUnavailableError,
    FieldProblem,
    ForeignSchemaError,
    NewerCatalogError,
    NotACatalogError,
    OutputPathError,
    PackageAppliedError,
    PackageDamagedError,
    PackageForeignError,
    PackageSchemaError,
    PassphraseNeededError,
    ReadOnlyCatalogError,
    RecordNotFoundError,
    StaleRecordError,
    ValidationError,
    WrongPassphraseError,
)
from desktop.labels import field_label

CONTEXT = "Errors"

Facts = Callable[[BaseException], tuple[object, ...]]


def _facts(*names: str) -> Facts:
    return lambda error: tuple(getattr(error, name, "") for name in names)


def _foreign(error: BaseException) -> tuple[object, ...]:
    differences = list(getattr(error, "differences", []))
    shown = "; ".join(differences[:3])
    more = f" (and {len(differences) - 3} more)" if len(differences) > 3 else ""
    return getattr(error, "path", ""), shown + more


BY_CLASS: dict[type[BaseException], tuple[str, Facts]] = {
    ForeignSchemaError: (
        QT_TRANSLATE_NOOP("Errors", "%1 is not a Pactum catalogue as this version made it: %2"),
        _foreign,
    ),
    NotACatalogError: (
        QT_TRANSLATE_NOOP("Errors", "%1 is not a Pactum catalogue: %2"),
        _facts("path", "reason"),
    ),
    DamagedCatalogError: (
        QT_TRANSLATE_NOOP("Errors", "%1 is damaged: %2"),
        _facts("path", "reason"),
    ),
    NewerCatalogError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 was made by a newer version of Pactum (unknown migrations: %2); "
            "update Pactum to open it",
        ),
        lambda error: (getattr(error, "path", ""), ", ".join(getattr(error, "unknown", []))),
    ),
    CatalogBusyError: (
        QT_TRANSLATE_NOOP(
            "Errors", "the catalogue is busy: another window or process is writing to it"
        ),
        _facts(),
    ),
    PassphraseNeededError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 is not a plain SQLite file: if it is an encrypted catalogue, give its passphrase",
        ),
        _facts("path"),
    ),
    WrongPassphraseError: (
        QT_TRANSLATE_NOOP(
            "Errors", "cannot open %1: %2 (or the file is not an encrypted catalogue)"
        ),
        _facts("path", "reason"),
    ),
    EncryptionUnavailableError: (
        QT_TRANSLATE_NOOP(
            "Errors", "encrypted catalogues need the sqlcipher3 package (pip install sqlcipher3)"
        ),
        _facts(),
    ),
    RecordNotFoundError: (QT_TRANSLATE_NOOP("Errors", "no agreement %1"), _facts("ref")),
    StaleRecordError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "agreement %1 was changed elsewhere (you read version %2, the catalogue holds "
            "version %3); reload it or keep yours explicitly",
        ),
        _facts("uuid", "expected", "actual"),
    ),
    CatalogInUseError: (
        QT_TRANSLATE_NOOP(
            "Errors", "%1 is open in another window or process: close it there, then try again"
        ),
        _facts("path"),
    ),
    ReadOnlyCatalogError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "cannot write to %1: %2 (check the permissions of the file and its folder)",
        ),
        _facts("path", "reason"),
    ),
    OutputPathError: (QT_TRANSLATE_NOOP("Errors", "%1: %2"), _facts("path", "reason")),
    DiskFullError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "the disk holding %1 is full: nothing was written; free some space and try again",
        ),
        _facts("path"),
    ),
    AttachmentExistsError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "agreement %1 already has a file named “%2”: detach it first or rename yours",
        ),
        _facts("ref", "name"),
    ),
    AttachmentNotFoundError: (
        QT_TRANSLATE_NOOP("Errors", "agreement %1 has no attached file named “%2”"),
        _facts("ref", "name"),
    ),
    PackageForeignError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 comes from another catalogue, not a copy of this one; nothing was changed",
        ),
        _facts("path"),
    ),
    PackageSchemaError: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 was made by a %2 version of Pactum: use the same version on both "
            "workstations, then export again; nothing was changed",
        ),
        _facts("path", "reason"),
    ),
    PackageDamagedError: (
        QT_TRANSLATE_NOOP("Errors", "%1 is damaged or was altered (%2); nothing was changed"),
        _facts("path", "reason"),
    ),
    PackageAppliedError: (
        QT_TRANSLATE_NOOP("Errors", "%1 was applied here already; nothing was changed"),
        _facts("path"),
    ),
    ConflictNotFoundError: (
        QT_TRANSLATE_NOOP("Errors", "agreement %1 has no open conflict on %2"),
        _facts("ref", "field"),
    ),
}
"""Error class → (English source text, its facts). A class not listed (nor any parent)
is shown as the store worded it."""

REASONS = {
    "wrong passphrase": QT_TRANSLATE_NOOP("Errors", "wrong passphrase"),
    "the file or its folder is read-only": QT_TRANSLATE_NOOP(
        "Errors", "the file or its folder is read-only"
    ),
    # Why an output path is refused (db.safety.outputs): the fixed ones.
    "is the catalogue itself: choose another file name": QT_TRANSLATE_NOOP(
        "Errors", "is the catalogue itself: choose another file name"
    ),
    "is the catalogue's wal file: choose another file name": QT_TRANSLATE_NOOP(
        "Errors", "is the catalogue's wal file: choose another file name"
    ),
    "is the catalogue's shm file: choose another file name": QT_TRANSLATE_NOOP(
        "Errors", "is the catalogue's shm file: choose another file name"
    ),
    "is the catalogue's journal file: choose another file name": QT_TRANSLATE_NOOP(
        "Errors", "is the catalogue's journal file: choose another file name"
    ),
    "is inside the catalogue's backups folder: choose another folder": QT_TRANSLATE_NOOP(
        "Errors", "is inside the catalogue's backups folder: choose another folder"
    ),
    "the file name contains control characters": QT_TRANSLATE_NOOP(
        "Errors", "the file name contains control characters"
    ),
    "is a folder: give a file name": QT_TRANSLATE_NOOP("Errors", "is a folder: give a file name"),
    "is not a regular file (a device, a pipe or a socket)": QT_TRANSLATE_NOOP(
        "Errors", "is not a regular file (a device, a pipe or a socket)"
    ),
    # Why a package of changes is refused (db.features.exchange_package, exchange).
    "older": QT_TRANSLATE_NOOP("Errors", "older"),
    "newer": QT_TRANSLATE_NOOP("Errors", "newer"),
    "not a package of changes, or encrypted with another passphrase": QT_TRANSLATE_NOOP(
        "Errors", "not a package of changes, or encrypted with another passphrase"
    ),
    "the file is damaged": QT_TRANSLATE_NOOP("Errors", "the file is damaged"),
    "not a package of changes": QT_TRANSLATE_NOOP("Errors", "not a package of changes"),
    "a package format this version does not read": QT_TRANSLATE_NOOP(
        "Errors", "a package format this version does not read"
    ),
    "a changeset is not stored as one": QT_TRANSLATE_NOOP(
        "Errors", "a changeset is not stored as one"
    ),
    "a manifest is not JSON": QT_TRANSLATE_NOOP("Errors", "a manifest is not JSON"),
    "its content does not match its signature": QT_TRANSLATE_NOOP(
        "Errors", "its content does not match its signature"
    ),
}
"""The store's default reasons, which are words rather than facts."""

BY_CODE: dict[str, tuple[str, Facts]] = {}
"""For error codes, once ``db`` gives them: code → (source text, facts)."""

PROBLEM_CODES: dict[str, str] = {}
"""For ``FieldProblem`` codes, once ``db`` gives them: code → source text (``%1``… are
its params in order)."""


def _fill(text: str, facts: tuple[object, ...]) -> str:
    for n, value in enumerate(facts, 1):
        shown = str(value)
        shown = QCoreApplication.translate(CONTEXT, REASONS[shown]) if shown in REASONS else shown
        text = text.replace(f"%{n}", shown)
    return text


def error_text(error: BaseException) -> str:
    """What the window shows for ``error``, in its language."""
    if isinstance(error, ValidationError):
        return validation_text(error)
    code = getattr(error, "code", None)
    entry = BY_CODE.get(code) if isinstance(code, str) else None
    if entry is None:
        entry = next((BY_CLASS[c] for c in type(error).__mro__ if c in BY_CLASS), None)
    if entry is None:
        return str(error)
    source, facts = entry
    translated = QCoreApplication.translate(CONTEXT, source)
    if translated == source:  # English: the store's own words, exactly
        return str(error)
    return _fill(translated, facts(error))


def validation_text(error: ValidationError) -> str:
    """A refused record's problems, one per line: "field: what is wrong" (in English, the
    store's own wording)."""
    if not _translating():
        return str(error)
    lines = []
    for problem in error.problems:
        where = f"{problem.record}: " if problem.record is not None else ""
        lines.append(f"{where}{field_label(problem.field, 'uk')}: {problem_text(problem)}")
    return "\n".join(lines)


def _translating() -> bool:
    """Whether the window speaks a language other than the store's English (Ukrainian)."""
    source = BY_CLASS[CatalogBusyError][0]
    return QCoreApplication.translate(CONTEXT, source) != source


_KNOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"the title is empty", QT_TRANSLATE_NOOP("Problems", "the title is empty")),
        (r"(\S+) is in the future", QT_TRANSLATE_NOOP("Problems", "%1 is in the future")),
        (r"signatory (\d+) has no name", QT_TRANSLATE_NOOP("Problems", "signatory %1 has no name")),
        (
            r"signatory (\d+) signs for (.+), not a party",
            QT_TRANSLATE_NOOP("Problems", "signatory %1 signs for %2, which is not a party"),
        ),
        (
            r"commitment (\d+) has no description",
            QT_TRANSLATE_NOOP("Problems", "commitment %1 has no description"),
        ),
        (
            r"commitment (\d+) is by (.+), not a party",
            QT_TRANSLATE_NOOP("Problems", "commitment %1 is by %2, which is not a party"),
        ),
        (
            r"commitment (\d+) reached (\S+) on (\S+), in the future",
            QT_TRANSLATE_NOOP("Problems", "commitment %1 reached %2 on %3, in the future"),
        ),
        (
            r"source (\d+) is empty .*",
            QT_TRANSLATE_NOOP(
                "Problems", "source %1 is empty (give an outlet, an address or a quotation)"
            ),
        ),
        (
            r"relation (\d+) points at the agreement itself",
            QT_TRANSLATE_NOOP("Problems", "relation %1 points at the agreement itself"),
        ),
        (
            r"relation (\d+) points at an unknown record",
            QT_TRANSLATE_NOOP("Problems", "relation %1 points at an unknown record"),
        ),
        (r"subject (\d+) is empty", QT_TRANSLATE_NOOP("Problems", "subject %1 is empty")),
        (r"a subject is listed twice", QT_TRANSLATE_NOOP("Problems", "a subject is listed twice")),
        (
            r"an agreement needs at least two parties",
            QT_TRANSLATE_NOOP("Problems", "an agreement needs at least two parties"),
        ),
        (
            r"party (\d+) has an empty organisation name",
            QT_TRANSLATE_NOOP("Problems", "party %1 has an empty organisation name"),
        ),
        (r"a party is listed twice", QT_TRANSLATE_NOOP("Problems", "a party is listed twice")),
    )
)


def problem_text(problem: FieldProblem) -> str:
    """``problem``'s message in the interface language (the facts the store put in kept)."""
    code = getattr(problem, "code", None)
    if isinstance(code, str) and code in PROBLEM_CODES:
        params = tuple(getattr(problem, "params", ()))
        return _fill(QCoreApplication.translate("Problems", PROBLEM_CODES[code]), params)
    for pattern, text in _KNOWN:
        match = pattern.fullmatch(problem.message)
        if match:
            result = QCoreApplication.translate("Problems", text)
            for n, value in enumerate(match.groups(), 1):
                result = result.replace(f"%{n}", value)
            return result
    return problem.message
