"""The Windows version resource of ``pactum.exe``, built from the package's version.

Explorer's Properties › Details and installers read it; without one the bundle shows no
version at all. Kept apart from the spec so a test can build it on any platform.
"""

from __future__ import annotations

from packaging.version import InvalidVersion, Version
from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

LANG_CODEPAGE = "040904B0"  # U.S. English, Unicode: what Explorer looks up first


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four 16-bit numbers Windows wants: 0.1.0 → (0, 1, 0, 0); 1.2rc1 → (1, 2, 0, 0)."""
    try:
        release = Version(version).release
    except InvalidVersion:  # not PEP 440: the resource still needs four numbers
        release = ()
    numbers = [*release[:4], 0, 0, 0, 0]
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info(version: str, description: str) -> VSVersionInfo:
    """The resource PyInstaller embeds with ``EXE(version=...)``."""
    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", "The Pactum team"),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", "pactum"),
        StringStruct("LegalCopyright", "GPL-3.0-or-later"),
        StringStruct("OriginalFilename", "pactum.exe"),
        StringStruct("ProductName", "Pactum"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(LANG_CODEPAGE, strings)]),
            VarFileInfo([VarStruct("Translation", [0x0409, 0x04B0])]),
        ],
    )
