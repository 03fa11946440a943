"""Store functions the window needs: save a copy, open now and verify in the background."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Catalog, OutputPathError, open_catalog


def test_copy_opens_with_the_same_records(demo: Catalog, tmp_path: Path) -> None:
    target = tmp_path / "copy.pactum"
    demo.save_copy(target)
    with open_catalog(target) as copy:
        assert copy.ids() == demo.ids()
        assert copy.get(copy.ids()[0]) == demo.get(demo.ids()[0])
    assert not list(tmp_path.glob(".*partial"))


def test_copy_refuses_to_overwrite_its_source(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog, pytest.raises(OutputPathError):
        catalog.save_copy(demo_file)


def test_open_without_verify_still_refuses_non_catalogues_and_verifies_later(
    demo_file: Path, tmp_path: Path
) -> None:
    from db import NotACatalogError

    text = tmp_path / "x.pactum"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(NotACatalogError):
        open_catalog(text, verify=False)
    with open_catalog(demo_file, verify=False) as catalog:
        catalog.verify()
        assert catalog.count() == 3
