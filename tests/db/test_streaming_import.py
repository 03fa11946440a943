"""Import reads its file as a stream (issue 14) and is still all or nothing.

The file is read a record at a time and each record is written inside the one transaction
that holds the whole import; these tests prove what streaming must not change: a refusal
or a cancel half-way leaves the catalogue as it was, a record may relate to one further
down the file, the header may come after the records, and progress is the share of the
file read. Memory and speed at a million records are in tests/benchmarks.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

import pytest

from db import (
    Cancelled,
    Catalog,
    ImportFormatError,
    Relation,
    RelationKind,
    ValidationError,
    import_file,
    open_catalog,
)
from db.features.interchange import parse
from tests.db.safety_helpers import export_dict, sample, snapshot


def _write(path: Path, document: dict, **dump) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, **dump), encoding="utf-8")
    return path


def _records(count: int) -> list:
    return [dataclasses.replace(sample(n), uuid=str(uuid.uuid4())) for n in range(count)]


def test_a_refusal_half_way_leaves_the_catalogue_as_it_was_and_the_next_import_works(
    demo_file: Path, tmp_path: Path
) -> None:
    """Records 1 and 2 were written before record 3 was found wrong: all are undone."""
    document = export_dict(_records(5))
    document["agreements"][2]["parties"] = [{"country": "XX"}]
    before = snapshot(demo_file)
    with (
        open_catalog(demo_file) as catalog,
        pytest.raises(ValidationError, match="record 3, parties"),
    ):
        import_file(catalog, _write(tmp_path / "bad.json", document))
    assert snapshot(demo_file) == before
    document["agreements"][2]["parties"] = [{"country": "UA"}, {"country": "PL"}]
    with open_catalog(demo_file) as catalog:
        assert import_file(catalog, _write(tmp_path / "good.json", document)).added == 5
        assert catalog.count() == 3 + 5


def test_a_cancel_half_way_rolls_back_and_progress_is_the_share_of_the_file(
    demo: Catalog, tmp_path: Path
) -> None:
    path = _write(tmp_path / "many.json", export_dict(_records(450)))

    class CancelSecond:
        def __init__(self) -> None:
            self.seen: list[tuple[int, int]] = []

        def set(self, done: int, total: int) -> None:
            self.seen.append((done, total))

        def cancelled(self) -> bool:
            return len(self.seen) >= 2

    progress = CancelSecond()
    with pytest.raises(Cancelled):
        import_file(demo, path, progress=progress)
    assert demo.count() == 3  # the 400 records written before the cancel are gone
    # In ten-thousandths of the file: a 3 GB file's size in bytes would overflow a Qt bar.
    assert {total for _, total in progress.seen} == {10_000}
    assert all(0 < done <= 10_000 for done, _ in progress.seen)


def test_a_record_may_relate_to_one_further_down_the_file(catalog: Catalog, tmp_path) -> None:
    first, second = _records(2)
    first = dataclasses.replace(first, relations=(Relation(RelationKind.AMENDS, second.uuid),))
    report = import_file(catalog, _write(tmp_path / "a.json", export_dict([first, second])))
    assert report.added == 2
    assert catalog.get(first.uuid).relations == (Relation(RelationKind.AMENDS, second.uuid),)


def test_a_relation_to_nowhere_is_refused_after_the_whole_file_was_read(
    catalog: Catalog, tmp_path: Path
) -> None:
    (lonely,) = _records(1)
    nowhere = str(uuid.uuid4())
    lonely = dataclasses.replace(lonely, relations=(Relation(RelationKind.AMENDS, nowhere),))
    with pytest.raises(ValidationError, match=f"record 1, relations: points at {nowhere}"):
        import_file(catalog, _write(tmp_path / "a.json", export_dict([lonely])))
    assert catalog.count() == 0


def test_the_header_may_follow_the_records_and_a_byte_order_mark_may_lead(
    catalog: Catalog, tmp_path: Path
) -> None:
    """``json.dumps(..., sort_keys=True)`` (or ``jq -S``) puts "agreements" first."""
    sorted_keys = _write(tmp_path / "sorted.json", export_dict(_records(3)), sort_keys=True)
    text = sorted_keys.read_text("utf-8")
    assert text.index('"agreements"') < text.index('"format"')
    assert import_file(catalog, sorted_keys).added == 3
    marked = tmp_path / "bom.json"
    marked.write_bytes(b"\xef\xbb\xbf" + json.dumps(export_dict(_records(2))).encode())
    assert import_file(catalog, marked).added == 2


def test_parse_reads_text_exactly_as_a_file_is_read() -> None:
    text = json.dumps(export_dict(_records(2)), sort_keys=True)
    assert len(parse(text)["agreements"]) == 2
    with pytest.raises(ImportFormatError, match="nested too deeply"):
        parse('{"agreements": [' + "[" * 100 + "]" * 100 + "]}")
