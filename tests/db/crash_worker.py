"""Run by test_crash_safety in a child process that the test kills with SIGKILL.

``python -m tests.db.crash_worker CATALOGUE IMPORT_FILE BASE LABEL FIRST`` repeats, until
killed, the long operations a user could be interrupted in, starting with FIRST: importing
a large file, one batch edit of the first BASE records, and rebuilding every registered
derived index (the search index). It prints each operation's name as it starts, so the
test knows what the child was doing when it was killed.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from pathlib import Path

from db import Catalog, open_catalog
from db.features.interchange import import_file
from db.safety.check import INDEXES


def operations(catalog: Catalog, import_path: Path, base: int, label: str) -> dict:
    counter = itertools.count(1)

    def batch_edit() -> None:
        place = f"{label} round {next(counter)}"
        with catalog.writing():
            for agreement_id in range(1, base + 1):
                stored = catalog.get(agreement_id)
                catalog.update(dataclasses.replace(stored, place=place))

    def reindex() -> None:
        for index in INDEXES.values():
            if index.rebuild is not None:
                index.rebuild(catalog)

    return {
        "import": lambda: import_file(catalog, import_path),
        "edit": batch_edit,
        "reindex": reindex,
    }


def main(catalogue: str, import_path: str, base: int, label: str, first: str) -> None:
    with open_catalog(Path(catalogue)) as catalog:
        ops = operations(catalog, Path(import_path), base, label)
        names = list(ops)
        start = names.index(first)
        for name in itertools.cycle(names[start:] + names[:start]):
            print(name, flush=True)
            ops[name]()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
