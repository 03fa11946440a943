"""Shared fixtures. Qt must find no display: the offscreen platform is set before it loads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db import Catalog, open_catalog
from db.features.interchange import import_file
from resources import DEMO_CATALOGUE, resource_path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.fixture
def catalog() -> Iterator[Catalog]:
    """An empty catalogue in memory, closed after the test."""
    with open_catalog(None, user="tester") as opened:
        yield opened


@pytest.fixture
def demo(catalog: Catalog) -> Catalog:
    """The demo catalogue (the sample article's three documents), in memory."""
    import_file(catalog, resource_path(*DEMO_CATALOGUE))
    return catalog


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo catalogue as a file on disk."""
    path = tmp_path / "demo.pactum"
    with open_catalog(path, create=True, user="tester") as opened:
        import_file(opened, resource_path(*DEMO_CATALOGUE))
    return path
