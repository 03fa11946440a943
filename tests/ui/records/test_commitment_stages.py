"""The editor keeps what a commitment row does not show (earlier stages, the GDP basis)
and moves a commitment to another stage as a step dated today."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db import Commitment, GdpBasis, PartialDate, Stage, StageStep
from desktop.ui.records.editor.rows import CommitmentRow
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT


def test_saving_an_edit_keeps_the_stages_and_gdp_basis_it_did_not_show(
    window: MainWindow,
) -> None:
    record = window.catalog.get(LT)
    steps = (StageStep(Stage.ALLOCATED, PartialDate(2026, 2), 0.2, "MoD"),)
    basis = GdpBasis(197_000_000.0, "EUR", 2024, "Eurostat")
    moved = dataclasses.replace(record.commitments[0], stages=steps, gdp=basis)
    window.catalog.update(dataclasses.replace(record, commitments=(moved,)))
    assert record.id is not None
    editor = window.records.edit(record.id)
    editor.place.setText("Vilnius")
    editor.try_save()
    saved = window.catalog.get(LT)
    assert saved.place == "Vilnius" and saved.commitments[0] == moved


def test_choosing_another_stage_adds_a_step_dated_today(qtbot) -> None:
    row = CommitmentRow()
    qtbot.addWidget(row)
    row.set_value(Commitment("LT", "air defence", 0.25, "% of GDP", PartialDate(2027)))
    assert row.stage.currentData() == "pledged"
    row.stage.setCurrentIndex(row.stage.findData("delivered"))
    today = dt.date.today()
    value = row.value()
    assert value.stage is Stage.DELIVERED
    assert value.stages == (
        StageStep(Stage.DELIVERED, PartialDate(today.year, today.month, today.day)),
    )
