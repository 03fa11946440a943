"""``pactum deadlines``: the demo's Lithuanian 0.25 %-of-GDP commitment until 2027, as a
line, as JSON, and as an iCalendar file that a parser reads back."""

from __future__ import annotations

import json
from pathlib import Path

from icalendar import Calendar

from desktop.cli import main
from resources import DEMO_CATALOGUE, resource_path

LT = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def demo(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "demo.pactum"
    assert run(capsys, "--catalog", path, "import", resource_path(*DEMO_CATALOGUE))[0] == 0
    return path


def test_deadlines_within_1000_days_list_lithuanias_gdp_commitment(tmp_path, capsys) -> None:
    path = demo(tmp_path, capsys)
    code, out, _ = run(capsys, "--catalog", path, "deadlines", "--within", "1000")
    assert code == 0
    assert "2027-12-31" in out and "% of GDP" in out and LT in out
    code, out, _ = run(capsys, "--catalog", path, "deadlines", "--within", "1000", "--json")
    found = json.loads(out)
    assert [(d["uuid"], d["until"], d["amount"], d["stage"]) for d in found] == [
        (LT, "2027", 0.25, "pledged")
    ]


def test_deadlines_ics_is_a_calendar_a_parser_reads_back(tmp_path, capsys) -> None:
    path = demo(tmp_path, capsys)
    ics = tmp_path / "deadlines.ics"
    code, _, _ = run(capsys, "--catalog", path, "deadlines", "--within", "1000", "--ics", ics)
    assert code == 0
    calendar = Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["uid"]) == f"{LT}-commitment-0@pactum"
    assert event.decoded("dtstart").isoformat() == "2027-12-31"
    assert "0.25 % of GDP" in str(event["summary"])
    again = Calendar.from_ical(calendar.to_ical())
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(event["uid"])]


def test_deadlines_ics_refuses_the_catalogue_itself_in_one_line(tmp_path, capsys) -> None:
    path = demo(tmp_path, capsys)
    before = path.read_bytes()
    code, _, err = run(capsys, "--catalog", path, "deadlines", "--ics", path)
    assert code == 1 and err.startswith("pactum: ") and err.count("\n") == 1
    assert path.read_bytes() == before
