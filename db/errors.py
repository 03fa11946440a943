"""Typed errors of the catalogue store.

The store never formats messages for a particular interface: each error carries the facts
(which file, which record, which field) so the command line and the window can each say
it their own way, and translate it.
"""

from __future__ import annotations

from dataclasses import dataclass


class CatalogError(Exception):
    """Base of every error the store raises on purpose."""


class NotACatalogError(CatalogError):
    """The file exists but is not a Pactum catalogue; it was left untouched."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} is not a Pactum catalogue: {reason}")
        self.path = path
        self.reason = reason


class ForeignSchemaError(NotACatalogError):
    """The file has Pactum's id and tables, but also objects (or definitions) Pactum's
    migrations do not make: a planted trigger, a view where a table belongs, a changed
    column. Such objects would run on our own reads and writes, so the file is refused
    before anything is written; ``differences`` name each one."""

    def __init__(self, path: str, differences: list[str]) -> None:
        shown = "; ".join(differences[:3])
        more = f" (and {len(differences) - 3} more)" if len(differences) > 3 else ""
        reason = f"not as this version made it: {shown}{more}"
        CatalogError.__init__(
            self, f"{path} is not a Pactum catalogue as this version made it: {shown}{more}"
        )
        self.path = path
        self.reason = reason
        self.differences = differences


class DamagedCatalogError(CatalogError):
    """The file is a Pactum catalogue but cannot be read safely; it was left untouched."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} is damaged: {reason}")
        self.path = path
        self.reason = reason


class NewerCatalogError(CatalogError):
    """The catalogue was written by a newer Pactum with migrations this one lacks."""

    def __init__(self, path: str, unknown: list[str]) -> None:
        super().__init__(
            f"{path} was made by a newer version of Pactum (unknown migrations: "
            f"{', '.join(unknown)}); update Pactum to open it"
        )
        self.path = path
        self.unknown = unknown


class CatalogBusyError(CatalogError):
    """Another window or process held the catalogue's write lock for too long."""

    def __init__(self) -> None:
        super().__init__("the catalogue is busy: another window or process is writing to it")


class PassphraseNeededError(CatalogError):
    """The file looks like an encrypted catalogue and no passphrase was given; untouched."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is not a plain SQLite file: if it is an encrypted catalogue, "
            "give its passphrase"
        )
        self.path = path


class WrongPassphraseError(CatalogError):
    """The passphrase does not open the file (or the file is no encrypted catalogue)."""

    def __init__(self, path: str, reason: str = "wrong passphrase") -> None:
        super().__init__(
            f"cannot open {path}: {reason} (or the file is not an encrypted catalogue)"
        )
        self.path = path
        self.reason = reason


class EncryptionUnavailableError(CatalogError):
    """The sqlcipher3 package is missing, so encrypted catalogues cannot be opened."""

    def __init__(self) -> None:
        super().__init__(
            "encrypted catalogues need the sqlcipher3 package (pip install sqlcipher3)"
        )


class RecordNotFoundError(CatalogError):
    """No agreement has the given id or UUID."""

    def __init__(self, ref: object) -> None:
        super().__init__(f"no agreement {ref}")
        self.ref = ref


class StaleRecordError(CatalogError):
    """The record changed since the caller read it; nothing was written."""

    def __init__(self, uuid: str, expected: int, actual: int) -> None:
        super().__init__(
            f"agreement {uuid} was changed elsewhere (you read version {expected}, "
            f"the catalogue holds version {actual}); reload it or keep yours explicitly"
        )
        self.uuid = uuid
        self.expected = expected
        self.actual = actual


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field; ``record`` is 1-based when it comes from a file."""

    field: str
    message: str
    record: int | None = None

    def __str__(self) -> str:
        where = f"record {self.record}, " if self.record is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(CatalogError):
    """A record (or a file of records) breaks the rules; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"{shown}{more}")


class ImportFormatError(CatalogError):
    """An interchange file cannot be read at all (not JSON, wrong format or version)."""


class SearchIndexDamagedError(CatalogError):
    """The search index cannot be read, though the records can; rebuilding it repairs it
    (the index is made from the records, so nothing is lost)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"the search index of {path} cannot be read ({reason}); the records are not "
            "affected: rebuild the index with `pactum search --reindex`"
        )
        self.path = path
        self.reason = reason


class CatalogInUseError(CatalogError):
    """A whole-file operation (encrypt, restore) found the catalogue open elsewhere and
    refused to start; nothing was changed."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is open in another window or process: close it there, then try again"
        )
        self.path = path


class ReadOnlyCatalogError(CatalogError):
    """The catalogue, its folder or its companion files cannot be written; nothing changed."""

    def __init__(self, path: str, reason: str = "the file or its folder is read-only") -> None:
        super().__init__(
            f"cannot write to {path}: {reason} (check the permissions of the file and its folder)"
        )
        self.path = path
        self.reason = reason


class DiskFullError(CatalogError):
    """The disk holding the catalogue (or an output) is full; the write was rolled back."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"the disk holding {path} is full: nothing was written; free some space and try again"
        )
        self.path = path


class InputFileError(CatalogError):
    """A file the user named to be read is not one Pactum can read: missing, not a regular
    file (a pipe, a device, a folder) or larger than it reads at once; nothing was read."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OutputPathError(CatalogError):
    """A file a command or the window was asked to write is one it must not write (the
    catalogue, its companions or backups, a folder, a missing folder); nothing was written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OpenWithOtherLibraryError(CatalogInUseError):
    """The file is open in this process another way (plain, encrypted, or held for a
    whole-file operation); opening it a second way would drop the first one's locks."""

    def __init__(self, path: str, how: str) -> None:
        CatalogError.__init__(
            self,
            f"{path} is already open in this program ({how}): close it there, then try again",
        )
        self.path = path
        self.how = how
