"""A large table shows its first rows and its full length at once, and reads the rest of
its ids a chunk per turn of the event loop (a million rows never stall the window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from db import Agreement, Catalog, Filters, Kind, PartialDate, Party
from desktop.ui.browse import table_model
from desktop.ui.browse.table_model import CatalogueModel


@pytest.fixture
def thirty(catalog: Catalog) -> Catalog:
    for n in range(30):
        catalog.add(
            Agreement(
                title=f"record {n}",
                kind=Kind.AGREEMENT,
                parties=(Party.state("UA"), Party.state("PL" if n % 3 else "LT")),
                signed_on=PartialDate(1990 + n),
            )
        )
    return catalog


def test_table_counts_every_row_at_once_and_fills_its_ids_a_chunk_at_a_time(
    thirty: Catalog, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.setattr(table_model, "FIRST", 10)
    monkeypatch.setattr(table_model, "CHUNK", 7)
    model = CatalogueModel(thirty)
    assert model.rowCount() == 30 and not model.complete
    assert model.row_at(0) is not None and model.id_at(25) is None
    with qtbot.waitSignal(model.dataChanged):
        pass  # the next chunk arrives on the next turn of the event loop
    assert model.id_at(16) is not None and model.id_at(17) is None
    qtbot.waitUntil(lambda: model.complete)
    assert [model.id_at(r) for r in range(30)] == thirty.ids()
    assert model.row_at(29).title == "record 0"
    assert model.rowCount() == 30


def test_a_reload_while_ids_are_coming_stops_the_old_reading(
    thirty: Catalog, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.setattr(table_model, "FIRST", 5)
    monkeypatch.setattr(table_model, "CHUNK", 5)
    model = CatalogueModel(thirty)
    model.set_filters(Filters(partners=("LT",)))
    qtbot.waitUntil(lambda: model.complete)
    for _ in range(10):
        QCoreApplication.processEvents()
    assert model.rowCount() == 10
    assert [model.id_at(r) for r in range(10)] == thirty.ids(Filters(partners=("LT",)))
