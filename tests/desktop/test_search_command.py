"""``pactum search``: plain and JSON output, ordering, saved searches, reindex."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plain_output_marks_matches(demo_file: Path, capsys) -> None:
    code, out, err = run(capsys, "--catalog", str(demo_file), "search", "Литвою")
    assert code == 0
    assert "UA–LT" in out and "[Литва]" in out
    assert err.startswith("1 result for word: литвою")


def test_json_carries_hits_snippets_and_chips(demo_file: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "--catalog",
        str(demo_file),
        "search",
        "kind:loi",
        "Shmyhal",
        "--by",
        "date",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert [c["kind"] for c in data["chips"]] == ["kind", "word"]
    assert [h["signed_on"] for h in data["hits"]] == ["2025-08-25", "2025-08-23"]
    parts = data["hits"][0]["snippet"]["parts"]
    assert ["Шмигаль", True] in parts


def test_limit_and_malformed_query(demo_file: Path, capsys) -> None:
    _, out, _ = run(capsys, "--catalog", str(demo_file), "search", "Шмигаль", "--limit", "1")
    assert out.count("UA–") == 1
    code, out, err = run(capsys, "--catalog", str(demo_file), "search", 'AND ( "*', "NEAR")
    assert code == 0 and "result" in err


def test_saved_searches_round_trip(demo_file: Path, capsys) -> None:
    where = ("--catalog", str(demo_file), "search")
    assert run(capsys, *where, "partner:LT", "--save", "Lithuania")[0] == 0
    _, out, _ = run(capsys, *where, "--views")
    assert "Lithuania" in out and "partner:LT" in out
    _, out, _ = run(capsys, *where, "--view", "lithuania", "--json")
    assert [h["parties"] for h in json.loads(out)["hits"]] == [["UA", "LT"]]
    assert run(capsys, *where, "--forget", "Lithuania")[0] == 0
    assert run(capsys, *where, "--view", "Lithuania")[0] == 1


def test_reindex(demo_file: Path, capsys) -> None:
    code, _, err = run(capsys, "--catalog", str(demo_file), "search", "--reindex")
    assert code == 0 and "reindexed 3 records" in err


def test_every_name_of_drones_finds_the_lithuanian_letter_and_says_so(
    demo_file: Path, capsys
) -> None:
    for query in ("дрони", "БпЛА", "drones"):
        code, out, _ = run(capsys, "--catalog", str(demo_file), "search", query, "--json")
        found = json.loads(out)
        assert code == 0
        assert [h["uuid"] for h in found["hits"]] == ["6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"]
        assert found["expanded"][0]["concept"] == "drones"
    code, _, err = run(capsys, "--catalog", str(demo_file), "search", "дрони")
    assert code == 0 and "дрони → drones, UAV" in err and "quote" in err


def test_list_json_carries_concept_ids_and_both_labels(demo_file: Path, capsys) -> None:
    code, out, _ = run(capsys, "--catalog", str(demo_file), "list", "--json")
    assert code == 0
    subjects = {s["id"]: s for row in json.loads(out) for s in row["subjects"]}
    assert subjects["long-range drones"] == {
        "id": "long-range drones",
        "uk": "далекобійні дрони",
        "en": "long-range drones",
        "local": False,
    }
    assert all(s["uk"] and s["en"] for s in subjects.values())
