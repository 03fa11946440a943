"""A long-lived process on a catalogue, driven line by line by a safety test.

``python -m tests.safety.holder CATALOGUE`` opens the catalogue as the window does and
keeps it open, answering each command on stdin with one line on stdout:

- ``add TAG``: add one sample record titled with TAG (answers ``added TAG``);
- ``touch``: what a window does to the file besides its own connection — open and close
  a second catalogue connection, check the header, ask whether it needs a passphrase;
- ``close``: close the catalogue; ``kill``: SIGKILL itself, mid-session.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from db import open_catalog
from db.safety.cipher import key_for
from db.safety.opening import check_file, is_plain_sqlite
from tests.db.safety_helpers import sample


def main(path: Path) -> None:
    catalog = open_catalog(path, user="holder")
    print("open", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "add":
            catalog.add(sample(1, tag=argument))
            print(f"added {argument}", flush=True)
        elif command == "touch":
            with open_catalog(path) as second:
                second.count()
            check_file(path)
            key_for(path, "a passphrase at hand")
            is_plain_sqlite(path)
            print("touched", flush=True)
        elif command == "close":
            catalog.close()
            print("closed", flush=True)
        elif command == "kill":
            os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
