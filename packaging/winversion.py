"""The Windows version resource of ``pactum.exe``, built from the package's version.

Explorer's Properties › Details and installers read it; without one the bundle shows no
version at all. PyInstaller takes it as a text file (``EXE(version=path)``) in the format
``pyi-grab_version`` prints; written here as text because PyInstaller's own classes need
pywin32 and so import on Windows only, and this way a test can check it on any platform.
"""

from __future__ import annotations

from packaging.version import InvalidVersion, Version

LANG_CODEPAGE = "040904B0"  # U.S. English, Unicode: what Explorer looks up first


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four 16-bit numbers Windows wants: 0.1.0 → (0, 1, 0, 0); 1.2rc1 → (1, 2, 0, 0)."""
    try:
        release = Version(version).release
    except InvalidVersion:  # not PEP 440: the resource still needs four numbers
        release = ()
    numbers = [*release[:4], 0, 0, 0, 0]
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_file_text(version: str, description: str) -> str:
    """The VSVersionInfo text for ``EXE(version=...)``, with ``version`` in every field."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "The Pactum team",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": "pactum",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": "pactum.exe",
        "ProductName": "Pactum",
        "ProductVersion": version,
    }
    structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        {LANG_CODEPAGE!r},
        [
{structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: str, version: str, description: str) -> str:
    """Write the version file for the spec; returns its path for ``EXE(version=...)``."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(version_file_text(version, description))
    return path
