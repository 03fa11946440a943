"""Shared fixtures. Qt must find no display: the offscreen platform is set before it loads."""

from __future__ import annotations

import os
import sys
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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_STATUS] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final teardown: by then Qt has gone, and destroying
    the last Qt objects and worker threads in whatever order finalisation picks crashed
    the process after every test had passed (seen once in CI). The status is pytest's."""
    if _STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[_STATUS])


_STATUS = pytest.StashKey[int]()
