"""Where catalogues live: the user's default one, and throwaway copies of the demo."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Pactum"
CATALOG_SUFFIX = ".pactum"


def default_catalog_path() -> Path:
    """The catalogue used when none is named: in the platform's user data folder."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder / f"catalogue{CATALOG_SUFFIX}"


def demo_catalog_path() -> Path:
    """A fresh catalogue holding the demo records, deleted when the process ends."""
    from db import import_file, open_catalog  # here: every command reads the default path
    from resources import DEMO_CATALOGUE, resource_path

    folder = Path(tempfile.mkdtemp(prefix="pactum-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"demo{CATALOG_SUFFIX}"
    with open_catalog(path, create=True) as catalog:
        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    return path
