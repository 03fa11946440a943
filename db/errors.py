"""Typed errors of the catalogue store.

The store never formats messages for a particular interface: each error carries a ``code``
and the facts (``params``: which file, which record, which field) so the command line and the
window can each say it their own way, and translate it. The English, ``str(error)``, is
rendered from the code in one place, :mod:`db.messages`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, ClassVar

from db.messages import error_text, field_text


class CatalogError(Exception):
    """Base of every error the store raises on purpose."""

    code: ClassVar[str] = "error"
    """What went wrong, for a translated table (its English: ``db.messages.ERRORS``)."""

    def __init__(self, message: str = "") -> None:
        if not hasattr(self, "params"):
            self.params: dict[str, Any] = {"message": message}
        super().__init__(message)

    def _say(self, **params: Any) -> None:
        """Keep the facts and render this class's code into English (``str(error)``)."""
        self.params = params
        CatalogError.__init__(self, error_text(self.code, params))


class NotACatalogError(CatalogError):
    """The file exists but is not a Pactum catalogue; it was left untouched."""

    code = "not_a_catalog"

    def __init__(self, path: str, reason: str) -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class ForeignSchemaError(NotACatalogError):
    """The file has Pactum's id and tables, but also objects (or definitions) Pactum's
    migrations do not make: a planted trigger, a view where a table belongs, a changed
    column. Such objects would run on our own reads and writes, so the file is refused
    before anything is written; ``differences`` name each one."""

    code = "foreign_schema"

    def __init__(self, path: str, differences: list[str]) -> None:
        shown = "; ".join(differences[:3])
        more = f" (and {len(differences) - 3} more)" if len(differences) > 3 else ""
        reason = f"not as this version made it: {shown}{more}"
        self._say(path=path, shown=shown, more=more)
        self.path = path
        self.reason = reason
        self.differences = differences


class DamagedCatalogError(CatalogError):
    """The file is a Pactum catalogue but cannot be read safely; it was left untouched."""

    code = "damaged"

    def __init__(self, path: str, reason: str) -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class NewerCatalogError(CatalogError):
    """The catalogue was written by a newer Pactum with migrations this one lacks."""

    code = "newer"

    def __init__(self, path: str, unknown: list[str]) -> None:
        self._say(path=path, unknown=", ".join(unknown))
        self.path = path
        self.unknown = unknown


class CatalogBusyError(CatalogError):
    """Another window or process held the catalogue's write lock for too long."""

    code = "busy"

    def __init__(self) -> None:
        self._say()


class PassphraseNeededError(CatalogError):
    """The file looks like an encrypted catalogue and no passphrase was given; untouched."""

    code = "passphrase_needed"

    def __init__(self, path: str) -> None:
        self._say(path=path)
        self.path = path


class WrongPassphraseError(CatalogError):
    """The passphrase does not open the file (or the file is no encrypted catalogue)."""

    code = "wrong_passphrase"

    def __init__(self, path: str, reason: str = "wrong passphrase") -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class EncryptionUnavailableError(CatalogError):
    """The sqlcipher3 package is missing, so encrypted catalogues cannot be opened."""

    code = "encryption_unavailable"

    def __init__(self) -> None:
        self._say()


class RecordNotFoundError(CatalogError):
    """No agreement has the given id or UUID."""

    code = "record_not_found"

    def __init__(self, ref: object) -> None:
        self._say(ref=ref)
        self.ref = ref


class StaleRecordError(CatalogError):
    """The record changed since the caller read it; nothing was written."""

    code = "stale_record"

    def __init__(self, uuid: str, expected: int, actual: int) -> None:
        self._say(uuid=uuid, expected=expected, actual=actual)
        self.uuid = uuid
        self.expected = expected
        self.actual = actual


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: a ``code`` (``db.messages.FIELDS``) and its ``params``;
    ``record`` is 1-based when it comes from a file. A code not in that table is English text
    shown as it is (the window's own checks, the interchange reader's findings)."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict, hash=False)
    record: int | None = None

    @property
    def message(self) -> str:
        """The problem in English."""
        return field_text(self.code, self.params)

    def __str__(self) -> str:
        where = f"record {self.record}, " if self.record is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(CatalogError):
    """A record (or a file of records) breaks the rules; nothing was written."""

    code = "invalid"

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        self._say(shown=shown, more=more)


class ImportFormatError(CatalogError):
    """An interchange file cannot be read at all (not JSON, wrong format or version)."""

    code = "import_format"


class SearchIndexDamagedError(CatalogError):
    """The search index cannot be read, though the records can; rebuilding it repairs it
    (the index is made from the records, so nothing is lost)."""

    code = "search_index_damaged"

    def __init__(self, path: str, reason: str) -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class CatalogInUseError(CatalogError):
    """A whole-file operation (encrypt, restore) found the catalogue open elsewhere and
    refused to start; nothing was changed."""

    code = "in_use"

    def __init__(self, path: str) -> None:
        self._say(path=path)
        self.path = path


class ReadOnlyCatalogError(CatalogError):
    """The catalogue, its folder or its companion files cannot be written; nothing changed."""

    code = "read_only"

    def __init__(self, path: str, reason: str = "the file or its folder is read-only") -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class DiskFullError(CatalogError):
    """The disk holding the catalogue (or an output) is full; the write was rolled back."""

    code = "disk_full"

    def __init__(self, path: str) -> None:
        self._say(path=path)
        self.path = path


class InputFileError(CatalogError):
    """A file the user named to be read is not one Pactum can read: missing, not a regular
    file (a pipe, a device, a folder) or larger than it reads at once; nothing was read."""

    code = "input_file"

    def __init__(self, path: str, reason: str) -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class OutputPathError(CatalogError):
    """A file a command or the window was asked to write is one it must not write (the
    catalogue, its companions or backups, a folder, a missing folder); nothing was written."""

    code = "output_path"

    def __init__(self, path: str, reason: str) -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class OpenWithOtherLibraryError(CatalogInUseError):
    """The file is open in this process another way (plain, encrypted, or held for a
    whole-file operation); opening it a second way would drop the first one's locks."""

    code = "open_other_library"

    def __init__(self, path: str, how: str) -> None:
        self._say(path=path, how=how)
        self.path = path
        self.how = how


class AttachmentExistsError(CatalogError):
    """The record already holds a file of that name; nothing was attached."""

    code = "attachment_exists"

    def __init__(self, ref: object, name: str) -> None:
        self._say(ref=ref, name=name)
        self.ref = ref
        self.name = name


class AttachmentNotFoundError(CatalogError):
    """The record holds no file of that name."""

    code = "attachment_not_found"

    def __init__(self, ref: object, name: str) -> None:
        self._say(ref=ref, name=name)
        self.ref = ref
        self.name = name


class PackageRefusedError(CatalogError):
    """A package of changes (``pactum changes import``) was refused whole: nothing was
    changed. Each subclass says why, with ``path`` the package."""

    code = "package_refused"

    def __init__(self, path: str, reason: str = "") -> None:
        self._say(path=path, reason=reason)
        self.path = path
        self.reason = reason


class PackageForeignError(PackageRefusedError):
    """The package was made from another catalogue, not a copy of this one."""

    code = "package_foreign"


class PackageSchemaError(PackageRefusedError):
    """The package was made by a Pactum whose catalogue schema differs (``reason``:
    'older' or 'newer'); changes are applied only between equal schemas."""

    code = "package_schema"


class PackageDamagedError(PackageRefusedError):
    """The package cannot be read, or its content does not match its signature (damaged,
    altered, or encrypted with another passphrase)."""

    code = "package_damaged"


class PackageAppliedError(PackageRefusedError):
    """Every change in the package was applied here already (or made here)."""

    code = "package_applied"


class ConflictNotFoundError(CatalogError):
    """No open conflict on that field of that record."""

    code = "conflict_not_found"

    def __init__(self, ref: str, field: str) -> None:
        self._say(ref=ref, field=field)
        self.ref = ref
        self.field = field
