"""What Help › About shows: version, catalogue, schema, and the licences of what ships.

Qt-free so that the window's About box, ``pactum about`` and the tests read the same facts.
Library licences come from the installed distributions' metadata (the bundle carries it,
see packaging/pactum.spec), so the list follows the dependencies without being kept by hand;
font licences come from the licence files beside the fonts under ``resources/fonts``.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from db import MIGRATION_NAMES, Catalog
from desktop import __version__
from resources import resource_path

APP_ID = "org.pactum.Pactum"
"""Reverse-DNS id: the .desktop file's name, AppStream id and QGuiApplication.desktopFileName."""

FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|ofl|copyright)", re.IGNORECASE)
# Known font licences, recognised by a phrase from their text.
FONT_LICENCES = (
    ("SIL OPEN FONT LICENSE", "OFL-1.1"),
    ("Apache License", "Apache-2.0"),
    ("UBUNTU FONT LICENCE", "Ubuntu-font-1.0"),
    ("Bitstream Vera", "Bitstream-Vera"),
    ("GNU GENERAL PUBLIC LICENSE", "GPL"),
)


@dataclass(frozen=True)
class Licence:
    """One shipped component and the licence it comes under."""

    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class About:
    version: str
    python: str
    catalogue: Path | None  # None: a catalogue in memory
    schema: tuple[str, ...]  # the catalogue's applied migrations, oldest first
    schema_known: tuple[str, ...]  # the migrations this version of Pactum knows
    libraries: tuple[Licence, ...]
    fonts: tuple[Licence, ...]


def about_info(catalog: Catalog | None = None) -> About:
    """Everything the About box lists; ``catalog`` is the open one, if any."""
    return About(
        version=__version__,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        catalogue=catalog.path if catalog else None,
        schema=tuple(catalog.schema_version()) if catalog else (),
        schema_known=tuple(MIGRATION_NAMES),
        libraries=(
            Licence("Python", platform.python_version(), "PSF-2.0"),
            *library_licences("pactum"),
        ),
        fonts=tuple(font_licences(resource_path("fonts"))),
    )


def _requirement_names(dist_name: str) -> list[str]:
    """The distributions ``dist_name`` needs at run time (requirements of extras left out)."""
    names = []
    for requirement in distribution(dist_name).requires or []:
        if re.search(r"\bextra\s*==", requirement):
            continue
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if match:
            names.append(match.group(0))
    return names


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def library_licences(root: str) -> list[Licence]:
    """Every installed distribution ``root`` depends on, directly or not, sorted by name.

    A requirement that is not installed (a marker excluded it on this platform) is not
    shipped, so it is not listed either.
    """
    found: dict[str, Licence] = {}
    todo = _requirement_names(root)
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            meta = distribution(name).metadata
        except PackageNotFoundError:
            continue
        found[_key(name)] = Licence(meta["Name"], meta["Version"], licence_of(meta))
        todo += _requirement_names(name)
    return sorted(found.values(), key=lambda item: _key(item.name))


def licence_of(meta) -> str:
    """The licence a distribution declares: SPDX expression, short License field, classifier.

    A long ``License`` field is the whole licence text pasted in; the classifier names it
    better then.
    """
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(c.split(" :: ")[-1] for c in classifiers)
    return text.splitlines()[0] if text else "not stated"


def font_licences(folder: Path) -> list[Licence]:
    """Each font family under ``folder`` with the licence in the licence file beside it."""
    if not folder.is_dir():
        return []
    families: dict[tuple[Path, str], str] = {}
    for font in sorted(folder.rglob("*")):
        if font.suffix.lower() in FONT_SUFFIXES:
            family = font.stem.split("-")[0]
            families.setdefault((font.parent, family), _folder_licence(font.parent))
    return [Licence(family, "", licence) for (_, family), licence in sorted(families.items())]


def _folder_licence(folder: Path) -> str:
    """The licence named by the licence file in ``folder`` (or the folders above it)."""
    for directory in (folder, *folder.parents):
        for candidate in sorted(directory.iterdir()) if directory.is_dir() else ():
            if candidate.is_file() and LICENCE_FILE.match(candidate.name):
                text = candidate.read_text(encoding="utf-8", errors="replace")
                for phrase, spdx in FONT_LICENCES:
                    if phrase.lower() in text.lower():
                        return spdx
                first = next((line.strip() for line in text.splitlines() if line.strip()), "")
                return first or candidate.name
        if directory.name == "fonts":
            break
    return "no licence file"
