"""The partnership matrix, the timeline and the duplicate search on small catalogues."""

from __future__ import annotations

import csv
import dataclasses
import io

from db import Catalog, Filters, Kind, PartialDate, Party
from db.features.duplicates import Identity
from desktop.compare.duplicates import duplicates_among, find_duplicates
from desktop.compare.matrix import build_matrix, matrix_json, write_matrix_csv
from desktop.compare.timeline import build_timeline, write_timeline_csv


def test_matrix_by_kind_on_the_demo(demo: Catalog) -> None:
    matrix = build_matrix(demo, "kind")
    assert set(matrix.partners) == {"LT", "CA", "SE"}
    counts = {key: cell.count for key, cell in matrix.cells.items()}
    assert counts == {
        ("LT", "letter_of_intent"): 1,
        ("CA", "agreement"): 1,
        ("SE", "letter_of_intent"): 1,
    }
    assert matrix.cell("LT", "letter_of_intent").latest == PartialDate(2025, 8, 25)
    assert matrix.columns == ("letter_of_intent", "agreement")


def test_cells_carry_the_filters_of_their_records(demo: Catalog) -> None:
    for axis in ("kind", "subject"):
        for cell in build_matrix(demo, axis).cells.values():
            assert demo.count(cell.filters) == cell.count
    cell = build_matrix(demo, "subject").cell("SE", "joint production")
    assert cell.filters == Filters(partners=("UA", "SE"), subjects=("joint production",))
    assert [r.title for r in demo.list(cell.filters)] == [
        "Лист про наміри щодо запуску спільного виробництва оборонної продукції"
    ]


def test_matrix_by_subject_counts_and_exports(demo: Catalog) -> None:
    matrix = build_matrix(demo, "subject")
    assert matrix.columns[:2] == ("defence products", "joint production")  # 3 records each
    assert matrix.partners[0] == "LT"  # the most subjects
    data = matrix_json(matrix)
    (se,) = [r for r in data["rows"] if r["partner"] == "SE"]
    assert se["cells"]["joint production"] == {"count": 1, "latest": "2025-08-23"}
    out = io.StringIO()
    write_matrix_csv(matrix, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["partner"]: r["joint production count"] for r in rows} == {
        "LT": "1",
        "CA": "1",
        "SE": "1",
    }


def test_trashed_records_leave_the_matrix(demo: Catalog) -> None:
    demo.delete(demo.get("6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02").id)
    assert "CA" not in build_matrix(demo, "kind").partners


def test_timeline_has_one_lane_per_partner(demo: Catalog) -> None:
    timeline = build_timeline(demo, ["SE", "LT"])
    assert [lane.partner for lane in timeline.lanes] == ["SE", "LT"]
    assert [e.signed_on.iso() for lane in timeline.lanes for e in lane.events] == [
        "2025-08-23",
        "2025-08-25",
    ]
    assert (timeline.start.isoformat(), timeline.end.isoformat()) == ("2025-08-23", "2025-08-25")
    out = io.StringIO()
    write_timeline_csv(timeline, out)
    assert out.getvalue().splitlines()[1].startswith("SE,3,2025-08-23,letter_of_intent,")


def test_no_duplicates_in_the_demo(demo: Catalog) -> None:
    assert find_duplicates(demo) == []


def test_a_crafted_duplicate_is_found(demo: Catalog) -> None:
    lt = demo.get("6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01")
    again = demo.add(
        dataclasses.replace(
            lt,
            uuid="",
            id=None,
            title="Лист про наміри щодо спільного виробництва оборонної продукції (Литва)",
            parties=(Party.state("LT"), Party.state("UA")),  # other order, same parties
            signed_on=PartialDate(2025, 8, 27),
        )
    )
    (pair,) = find_duplicates(demo)
    assert (pair.left, pair.right, pair.days_apart) == (lt.id, again.id, 2)
    assert pair.score >= 85
    assert find_duplicates(demo, days=1) == []
    assert find_duplicates(demo, min_score=99) == []


def test_window_is_measured_between_date_spans() -> None:
    def ident(n: int, date: PartialDate | None, title: str = "Угода про співпрацю") -> Identity:
        return Identity(n, ("LT", "UA"), Kind.AGREEMENT, date, title)

    records = [
        ident(1, PartialDate(2025, 8)),  # the whole of August
        ident(2, PartialDate(2025, 9, 2)),  # 2 days after its end
        ident(3, PartialDate(2025, 9, 20)),
        ident(4, None),
        ident(5, None, "Угода про співпрацю."),
        ident(6, PartialDate(2025, 8, 10), "Зовсім інша назва документа"),
    ]
    found = {(p.left, p.right): p.days_apart for p in duplicates_among(records)}
    assert found == {(1, 2): 2, (4, 5): None}
