"""A record is read as one state of the catalogue, even while another window saves it.

Found by `make stress` (one lost edit in 76,132 writes): reading a record takes several
statements (its notes, parties, … then its row). When another window committed an edit
between them, the reader got the new version number with the old notes; saving that back
passed the version check and silently undid the other window's edit.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from db import open_catalog
from tests.db.safety_helpers import build


def test_an_edit_committed_while_a_record_is_read_is_not_undone_by_saving_it(
    tmp_path: Path,
) -> None:
    path = build(tmp_path / "work.pactum", 2)
    with open_catalog(path, user="left") as left, open_catalog(path, user="right") as right:
        before = right.get(1)
        edited = []

        seen_statements: list[str] = []

        def commit_elsewhere(statement: str) -> None:
            # After the reader has read the notes and before it reads the record's own row,
            # the other window saves.
            seen_statements.append(statement)
            read_notes = any("FROM notes" in s for s in seen_statements)
            if read_notes and not edited and "FROM agreements WHERE id IN" in statement:
                edited.append(right.update(dataclasses.replace(before, notes=("right's note",))))

        left.conn.set_trace_callback(commit_elsewhere)
        try:
            seen = left.get(1)
        finally:
            left.conn.set_trace_callback(None)

        assert edited, "the other window's save ran while the record was read"
        # One state: the old version with the old notes, or the new one with the new.
        assert (seen.version, seen.notes) in {
            (before.version, before.notes),
            (edited[0].version, edited[0].notes),
        }
