"""Errors and field problems carry codes; their English is rendered in one place (db.messages)."""

from __future__ import annotations

import re
from pathlib import Path

import db
from db import Agreement, CatalogError, FieldProblem, Kind, Party, Status, validation_problems
from db.messages import ERRORS, FIELDS

ROOT = Path(__file__).resolve().parents[2]


def _subclasses(cls: type) -> list[type]:
    return [cls, *(s for sub in cls.__subclasses__() for s in _subclasses(sub))]


def test_every_error_class_has_a_code_with_english() -> None:
    import db.features.merge
    import db.features.versions

    missing = [c.__name__ for c in _subclasses(CatalogError) if c.code not in ERRORS]
    assert not missing, missing
    assert db.CatalogError.code == "error"


def test_every_field_problem_code_the_store_raises_has_english() -> None:
    raised: set[str] = set()
    for path in (ROOT / "db").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        raised |= set(re.findall(r'\bbad\(\s*[\w"]+,\s*"([a-z_]+)"', text))
        raised |= set(re.findall(r'FieldProblem\(\s*"\w+",\s*"([a-z_]+)"', text))
    assert raised, "no coded field problems found: has the store changed its spelling?"
    assert raised <= set(FIELDS), raised - set(FIELDS)


def test_english_is_rendered_from_the_code_and_the_facts() -> None:
    error = db.StaleRecordError("u-1", 2, 3)
    assert error.code == "stale_record" and error.params == {
        "uuid": "u-1",
        "expected": 2,
        "actual": 3,
    }
    assert str(error) == (
        "agreement u-1 was changed elsewhere (you read version 2, "
        "the catalogue holds version 3); reload it or keep yours explicitly"
    )
    problem = FieldProblem("signatories", "signatory_unnamed", {"n": 2})
    assert str(problem) == "signatories: signatory 2 has no name"
    assert str(FieldProblem("x", "free English text", record=4)) == "record 4, x: free English text"


def test_validation_problems_have_codes() -> None:
    found = validation_problems(
        Agreement(title=" ", kind=Kind.TREATY, status=Status.SIGNED, parties=(Party("UA"),))
    )
    assert {(p.field, p.code) for p in found} == {
        ("title", "title_empty"),
        ("parties", "too_few_parties"),
    }
    assert [p.message for p in found] == [
        "the title is empty",
        "an agreement needs at least two parties",
    ]
