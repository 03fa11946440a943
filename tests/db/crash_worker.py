"""Run by test_crash_safety in a child process that the test kills with SIGKILL.

``python -m tests.db.crash_worker CATALOGUE IMPORT_FILE BASE LABEL`` repeats, until killed, the
long operations a user could be interrupted in: importing a large file, one batch edit of
the first BASE records, and rebuilding every registered derived index. It prints each
operation's name as it starts, so the test knows the child is at work before killing it.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from pathlib import Path

from db import open_catalog
from db.check import INDEXES
from db.interchange import import_file


def main(catalogue: str, import_path: str, base: int, label: str) -> None:
    with open_catalog(Path(catalogue)) as catalog:
        for round_ in itertools.count(1):
            print("import", flush=True)
            import_file(catalog, Path(import_path))
            print("edit", flush=True)
            with catalog.writing():
                for agreement_id in range(1, base + 1):
                    stored = catalog.get(agreement_id)
                    catalog.update(dataclasses.replace(stored, place=f"{label} round {round_}"))
            for index in INDEXES.values():
                if index.rebuild is not None:
                    print("reindex", flush=True)
                    index.rebuild(catalog)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
