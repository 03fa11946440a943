"""Files Pactum ships: fonts, icons, translations, dictionaries, sample data.

Found through ``importlib.resources`` so the same call works from a source checkout, an
installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

DEMO_CATALOGUE = ("samples", "seed-article-2025-08-25.json")


def resource_path(*parts: str) -> Path:
    """A real filesystem path to a shipped file (they ship unzipped in every layout)."""
    traversable = files(__name__).joinpath(*parts)
    with as_file(traversable) as path:
        return Path(path)
