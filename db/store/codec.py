"""Records to and from plain JSON-able values: one encoding for history and interchange.

Keeping a single encoding means a value written to the history table reads back exactly
as the same value in an exported file, and ``decode`` reports every problem it finds with
the field it belongs to, instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from typing import Any

from db.errors import FieldProblem
from db.store.model import (
    Agreement,
    Commitment,
    GdpBasis,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    Stage,
    StageStep,
    Status,
)

STORE_FIELDS = ("uuid", "version", "created_at", "updated_at", "deleted_at")
MAX_INT = 2**63 - 1
"""SQLite's largest integer: a bigger version number cannot be stored."""
MAX_AMOUNT = 10**300
"""Past this an integer amount cannot become a float."""


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value is not None else None


def encode_stages(stages: tuple[StageStep, ...]) -> list[dict[str, Any]]:
    """A commitment's stages as JSON-able values (the store keeps them in this form too)."""
    return [
        {"stage": str(s.stage), "on": _date(s.on), "amount": s.amount, "source": s.source}
        for s in stages
    ]


def encode_gdp(basis: GdpBasis | None) -> dict[str, Any] | None:
    """A percent-of-GDP commitment's money as a JSON-able value (None when it has none)."""
    if basis is None:
        return None
    return {"amount": basis.amount, "unit": basis.unit, "year": basis.year, "source": basis.source}


def _commitment(c: Commitment) -> dict[str, Any]:
    encoded: dict[str, Any] = {
        "party": c.party,
        "description": c.description,
        "amount": c.amount,
        "unit": c.unit,
        "until": _date(c.until),
    }
    if c.stages:  # a commitment only pledged encodes as it always did
        encoded["stages"] = encode_stages(c.stages)
    if c.gdp is not None:
        encoded["gdp"] = encode_gdp(c.gdp)
    return encoded


def encode_field(agreement: Agreement, name: str) -> Any:
    """One field of ``agreement`` as a JSON-able value."""
    value = getattr(agreement, name)
    match name:
        case "kind" | "status":
            return str(value)
        case "signed_on":
            return _date(value)
        case "parties":
            return [
                {"country": p.code} if p.code is not None else {"organisation": p.organisation}
                for p in value
            ]
        case "signatories":
            return [{"name": s.name, "role": s.role, "party": s.party} for s in value]
        case "commitments":
            return [_commitment(c) for c in value]
        case "sources":
            return [
                {
                    "outlet": s.outlet,
                    "url": s.url,
                    "published_on": _date(s.published_on),
                    "quotation": s.quotation,
                }
                for s in value
            ]
        case "relations":
            return [{"kind": str(r.kind), "target": r.target} for r in value]
        case "subjects" | "notes":
            return list(value)
        case _:
            return value


def encode(agreement: Agreement, fields: tuple[str, ...]) -> dict[str, Any]:
    """The record's ``fields`` as plain JSON values (the interchange format's encoding)."""
    return {name: encode_field(agreement, name) for name in fields}


def decode_gdp(text: Any) -> tuple[GdpBasis | None, list[str]]:
    """A commitment's stored GDP basis (JSON text, '' for none) and what is wrong with it."""
    if text == "":
        return None, []
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        value = None
    reader = _Reader({}, None)
    basis = reader.gdp(value if isinstance(value, dict) else text)
    return basis, [problem.message for problem in reader.problems]


def decode_stages(text: Any) -> tuple[tuple[StageStep, ...], list[str]]:
    """A commitment's stored stages (JSON text), and what is wrong with them if anything."""
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        value = None
    if not isinstance(value, list):
        return (), [f"{text!r} is not a list of stages"]
    reader = _Reader({}, None)
    stages = reader.stages({"stages": value})
    return stages, [problem.message for problem in reader.problems]


class _Reader:
    """Reads one encoded record, collecting problems rather than raising on the first."""

    def __init__(self, data: dict[str, Any], record: int | None) -> None:
        self.data = data
        self.record = record
        self.problems: list[FieldProblem] = []

    def bad(self, field: str, message: str) -> None:
        self.problems.append(FieldProblem(field, message, record=self.record))

    def text(self, obj: dict[str, Any], key: str, field: str, required: bool = False) -> str:
        value = obj.get(key, "")
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.bad(field, f"{key} must be text, not {type(value).__name__}")
            return ""
        if required and not value.strip():
            self.bad(field, f"{key} is empty")
        return value

    def timestamp(self, value: Any, field: str) -> str | None:
        """An ISO 8601 timestamp as text (the store's own, or any a person would write)."""
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                dt.datetime.fromisoformat(value)
                return value
            except ValueError:
                pass
        self.bad(field, f"{value!r} is not a timestamp (ISO 8601, e.g. 2025-08-25T10:00:00Z)")
        return None

    def date(self, obj: dict[str, Any], key: str, field: str) -> PartialDate | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.bad(field, f"{key} must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            self.bad(field, str(error))
            return None

    def amount(self, obj: dict[str, Any], field: str) -> float | None:
        amount = obj.get("amount")
        if amount is None:
            return None
        if isinstance(amount, bool) or not isinstance(amount, int | float):
            self.bad(field, "amount must be a number")
            return None
        if isinstance(amount, int) and abs(amount) > MAX_AMOUNT:
            self.bad(field, "amount is too large")
            return None
        return float(amount)

    def stages(self, commitment: dict[str, Any]) -> tuple[StageStep, ...]:
        """A commitment's stages (none when the key is missing: only pledged)."""
        value = commitment.get("stages") or []
        if not isinstance(value, list):
            self.bad("commitments", "stages must be a list")
            return ()
        steps = []
        for n, item in enumerate(value, 1):
            if not isinstance(item, dict):
                self.bad("commitments", f"stage {n} must be an object")
                continue
            try:
                stage = Stage(str(item.get("stage")))
            except ValueError:
                self.bad("commitments", f"{item.get('stage')!r} is not one of {', '.join(Stage)}")
                continue
            steps.append(
                StageStep(
                    stage,
                    self.date(item, "on", "commitments"),
                    self.amount(item, "commitments"),
                    self.text(item, "source", "commitments"),
                )
            )
        return tuple(steps)

    def gdp(self, value: Any) -> GdpBasis | None:
        """The money a percent-of-GDP commitment means (None when not given)."""
        if value is None:
            return None
        if not isinstance(value, dict):
            self.bad("commitments", "gdp must be an object (amount, unit, year, source)")
            return None
        amount = self.amount(value, "commitments")
        year = value.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            self.bad("commitments", "the GDP figure's year must be a whole number")
            year = None
        if amount is None:
            self.bad("commitments", "gdp needs an amount")
            return None
        return GdpBasis(
            amount,
            self.text(value, "unit", "commitments"),
            year,
            self.text(value, "source", "commitments"),
        )

    def items(self, field: str) -> list[dict[str, Any]]:
        value = self.data.get(field, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(field, "must be a list")
            return []
        good = []
        for n, item in enumerate(value, 1):
            if isinstance(item, dict):
                good.append(item)
            else:
                self.bad(field, f"item {n} must be an object")
        return good

    def strings(self, field: str) -> tuple[str, ...]:
        value = self.data.get(field, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.bad(field, "must be a list of texts")
            return ()
        return tuple(value)

    def choice[E: StrEnum](self, field: str, enum: type[E], default: E | None = None) -> E:
        """The field as one of ``enum``'s members, ``default`` when it is missing. A value
        that is none of them is a problem, and the record is not returned: the result is
        then a stand-in (``default``, or the first member)."""
        value: Any = self.data.get(field, default)  # any JSON value: only a member passes
        try:
            return enum(value)
        except ValueError:
            self.bad(field, f"{value!r} is not one of {', '.join(enum)}")
            return default if default is not None else next(iter(enum))


def decode(data: Any, record: int | None = None) -> tuple[Agreement | None, list[FieldProblem]]:
    """Read one encoded record; returns the record, or ``None`` and what is wrong with it."""
    if not isinstance(data, dict):
        return None, [FieldProblem("record", "must be an object", record=record)]
    r = _Reader(data, record)
    parties = []
    for n, item in enumerate(r.items("parties"), 1):
        if "country" in item and isinstance(item["country"], str):
            parties.append(Party.state(item["country"]))
        elif "organisation" in item and isinstance(item["organisation"], str):
            parties.append(Party.org(item["organisation"]))
        else:
            r.bad("parties", f"party {n} needs a 'country' code or an 'organisation' name")
    commitments = []
    for item in r.items("commitments"):
        commitments.append(
            Commitment(
                party=r.text(item, "party", "commitments"),
                description=r.text(item, "description", "commitments"),
                amount=r.amount(item, "commitments"),
                unit=r.text(item, "unit", "commitments"),
                until=r.date(item, "until", "commitments"),
                stages=r.stages(item),
                gdp=r.gdp(item.get("gdp")),
            )
        )
    relations = []
    for n, item in enumerate(r.items("relations"), 1):
        try:
            kind = RelationKind(item.get("kind", ""))
        except ValueError:
            r.bad("relations", f"relation {n}: {item.get('kind')!r} is not a relation kind")
            continue
        relations.append(Relation(kind, r.text(item, "target", "relations", required=True)))
    uuid = r.text(data, "uuid", "uuid")
    created_at = r.timestamp(data.get("created_at"), "created_at") or ""
    updated_at = r.timestamp(data.get("updated_at"), "updated_at") or ""
    deleted_at = r.timestamp(data.get("deleted_at"), "deleted_at")
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or not 0 <= version <= MAX_INT:
        r.bad("version", "must be a whole number")
        version = 0
    agreement = Agreement(
        title=r.text(data, "title", "title", required=True),
        kind=r.choice("kind", Kind),
        parties=tuple(parties),
        status=r.choice("status", Status, Status.SIGNED),
        signed_on=r.date(data, "signed_on", "signed_on"),
        place=r.text(data, "place", "place"),
        signatories=tuple(
            Signatory(
                name=r.text(item, "name", "signatories", required=True),
                role=r.text(item, "role", "signatories"),
                party=r.text(item, "party", "signatories"),
            )
            for item in r.items("signatories")
        ),
        subjects=r.strings("subjects"),
        commitments=tuple(commitments),
        summary=r.text(data, "summary", "summary"),
        full_text=r.text(data, "full_text", "full_text"),
        title_translation=r.text(data, "title_translation", "title_translation"),
        summary_translation=r.text(data, "summary_translation", "summary_translation"),
        sources=tuple(
            Source(
                outlet=r.text(item, "outlet", "sources"),
                url=r.text(item, "url", "sources"),
                published_on=r.date(item, "published_on", "sources"),
                quotation=r.text(item, "quotation", "sources"),
            )
            for item in r.items("sources")
        ),
        relations=tuple(relations),
        notes=r.strings("notes"),
        uuid=uuid,
        version=version,
        created_at=created_at,
        updated_at=updated_at,
        deleted_at=deleted_at,
    )
    if r.problems:
        return None, r.problems
    return agreement, []
