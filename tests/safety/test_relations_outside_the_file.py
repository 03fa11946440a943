"""An interchange file whose new record relates to a record the catalogue holds but the
file does not (exported with a filter, edited by hand): imported with that relation —
never an unexpected KeyError (the streaming import resolves targets in the catalogue).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.safety.records import fill


def test_a_new_record_related_to_a_record_held_but_not_in_the_file_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.pactum"
    with open_catalog(source, create=True, user="tester") as catalog:
        fill(catalog, 2)  # the second relates to the first
    out = tmp_path / "all.json"
    assert main(["--catalog", str(source), "export", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["agreements"] = [a for a in data["agreements"] if a.get("relations")]
    data["agreements"][0]["uuid"] = str(uuid.uuid4())  # a new record, related to one held
    out.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    code = main(["--catalog", str(source), "import", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
