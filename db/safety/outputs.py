"""Where Pactum may write a file a person named, and how it writes one whole.

Every file Pactum writes at someone's request (an export, a briefing, a comparison, a
matrix, a copy of the catalogue, a salvaged catalogue) goes through
:func:`check_output_path` first. A slip in a path must never replace the catalogue the
output came from: not the file itself, not its ``-wal``/``-shm``/``-journal`` companions
(losing the WAL loses committed work), not the copies in its backups folder, and not by
way of a symbolic link, a hard link or ``..``. The output is then written by
:func:`replacing`: into a temporary file beside the target that replaces it only once it is
complete, so a failed or cancelled write leaves the old file (or none) and never half a new
one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from db.errors import OutputPathError
from db.safety.backup import backups_folder

CSV = (".csv",)
PDF = (".pdf",)
DOCX = (".docx",)
INTERCHANGE = (".json", ".csv")
ANY_NAME: tuple[str, ...] = ()
"""For a new catalogue (a copy, a salvage): any file name will do."""

COMPANIONS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database while it is open or mid-transaction."""


def shown(path: Path | str) -> str:
    """A path as one printable line: odd characters escaped, never a line break."""
    text = str(path)
    return text if text.isprintable() else repr(text)[1:-1]


def _refuse(path: Path, reason: str) -> OutputPathError:
    return OutputPathError(shown(path), reason)


def _real(path: Path) -> Path:
    """The path with links and ``..`` resolved (a dangling link resolves to its target)."""
    try:
        return Path(os.path.realpath(path, strict=False))
    except (OSError, RuntimeError, ValueError) as error:
        raise _refuse(path, f"the path cannot be followed ({error})") from error


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _protected(catalogue: Path) -> tuple[dict[Path, str], list[Path]]:
    """The catalogue's own files (path → what it is) and its backups folders, both as
    named and as resolved (the file may be reached through a link)."""
    files: dict[Path, str] = {}
    folders: list[Path] = []
    for base in {Path(os.path.abspath(catalogue)), _real(catalogue)}:
        files[base] = "is the catalogue itself"
        for ending in COMPANIONS:
            files[base.with_name(base.name + ending)] = f"is the catalogue's {ending[1:]} file"
        folders += [Path(os.path.abspath(backups_folder(base))), _real(backups_folder(base))]
    return files, folders


def _check_not_catalogue(path: Path, real: Path, catalogue: Path) -> None:
    files, _ = _protected(catalogue)
    reason = files.get(real) or files.get(Path(os.path.abspath(path)))
    if reason is None and (target := _identity(real)) is not None:
        reason = next((why for file, why in files.items() if _identity(file) == target), None)
    if reason is not None:
        raise _refuse(path, f"{reason}: choose another file name")


def _check_not_backups(path: Path, real_folder: Path, catalogue: Path) -> None:
    _, folders = _protected(catalogue)
    here = _identity(real_folder)
    for folder in folders:
        if real_folder.is_relative_to(folder) or (here is not None and here == _identity(folder)):
            raise _refuse(path, "is inside the catalogue's backups folder: choose another folder")


def check_output_path(path: Path, catalogue: Path | None, suffixes: Sequence[str]) -> Path:
    """The real file to write for ``path`` (links and ``..`` resolved), or OutputPathError
    saying why nothing may be written there.

    Refused: control characters in the name, a name not ending in one of ``suffixes``
    (any name when empty), a folder, a folder that is not there, something that is not a
    regular file (a device, a pipe), and the ``catalogue``'s own files and backups.
    """
    if any(ord(c) < 32 or c == "\x7f" for c in str(path)):
        raise _refuse(path, "the file name contains control characters")
    if suffixes and path.suffix.lower() not in suffixes:
        raise _refuse(path, f"give a file name ending in {' or '.join(suffixes)}")
    real = _real(path)
    if catalogue is not None:
        _check_not_catalogue(path, real, catalogue)
        _check_not_backups(path, real.parent, catalogue)
    if real.is_dir() or path.name in ("", ".", ".."):
        raise _refuse(path, "is a folder: give a file name")
    if not real.parent.is_dir():
        raise _refuse(path, f"the folder {shown(real.parent)} does not exist")
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise _refuse(path, "is not a regular file (a device, a pipe or a socket)")
    return real


def claim(partial: Path, target: Path) -> None:
    """Create ``partial`` (the temporary name ``target`` is written under) empty, or raise
    the OSError that says why not, naming ``target``: SQLite, told to open a file it cannot
    create, says only "unable to open database file", which the command line would then
    blame on the catalogue."""
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error


def check_output_folder(folder: Path, catalogue: Path | None) -> Path:
    """The real folder to write several outputs into (made when only it is missing), or
    OutputPathError: not the catalogue, not its backups folder, not under a missing one."""
    if any(ord(c) < 32 or c == "\x7f" for c in str(folder)):
        raise _refuse(folder, "the folder name contains control characters")
    real = _real(folder)
    if catalogue is not None:
        _check_not_catalogue(folder, real, catalogue)
        _check_not_backups(folder, real, catalogue)
    if real.exists() and not real.is_dir():
        raise _refuse(folder, "is a file, not a folder")
    if not real.parent.is_dir():
        raise _refuse(folder, f"the folder {shown(real.parent)} does not exist")
    real.mkdir(exist_ok=True)
    return real


@contextlib.contextmanager
def replacing(target: Path, *, text: bool = False) -> Iterator[IO[Any]]:
    """A file to write ``target``'s new content into; it replaces ``target`` (keeping its
    permissions) only when the block ends without an error, and is removed otherwise. An
    OSError names ``target`` (not the temporary file), so a full disk or a read-only
    folder is reported for the file the user asked for.

    Give it the path :func:`check_output_path` returned.
    """
    temporary = target.with_name(f".{target.name[:80]}.{secrets.token_hex(4)}.part")
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    try:
        with open(handle, "w", encoding="utf-8", newline="") if text else open(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and str(error.filename) in ("None", str(temporary)):
            raise OSError(error.errno, error.strerror, str(target)) from error
        raise


def write_output(target: Path, data: bytes) -> None:
    """Replace ``target`` whole with ``data`` (see :func:`replacing`)."""
    with replacing(target) as out:
        out.write(data)


def write_text_output[T](target: Path, write: Callable[[IO[str]], T]) -> T:
    """Replace ``target`` whole with what ``write`` writes to a UTF-8 text stream (opened
    with ``newline=''``, as the csv module wants); returns what ``write`` returns."""
    with replacing(target, text=True) as out:
        return write(out)
