"""A draft's fields as editable text and back: what a review form shows and reads.

Kept apart from Qt so the round trip (text shown → text edited → record) is tested on its
own: lists are one item a line, parts of an item separated by " | ".
"""

from __future__ import annotations

import dataclasses
from typing import Any

from db import Agreement, Commitment, Kind, PartialDate, Party, Signatory, Status, is_country

EDITABLE = (
    "kind",
    "title",
    "parties",
    "signed_on",
    "place",
    "status",
    "signatories",
    "subjects",
    "commitments",
    "summary",
)
SEPARATOR = " | "


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def show(agreement: Agreement, name: str) -> str:
    """Field ``name`` of ``agreement`` as the text a form shows."""
    match name:
        case "kind" | "status":
            return str(getattr(agreement, name))
        case "parties":
            return ", ".join(agreement.party_keys)
        case "signed_on":
            return agreement.signed_on.iso() if agreement.signed_on else ""
        case "signatories":
            return "\n".join(
                SEPARATOR.join((s.name, s.role, s.party)) for s in agreement.signatories
            )
        case "subjects":
            return "; ".join(agreement.subjects)
        case "commitments":
            return "\n".join(
                SEPARATOR.join(
                    (
                        c.party,
                        c.description,
                        _number(c.amount),
                        c.unit,
                        c.until.iso() if c.until else "",
                    )
                )
                for c in agreement.commitments
            )
        case _:
            return str(getattr(agreement, name))


class FieldError(ValueError):
    """Text that cannot become the field's value; ``field`` says which field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def _parts(line: str, count: int) -> list[str]:
    parts = [p.strip() for p in line.split("|")]
    return (parts + [""] * count)[:count]


def _date(field: str, text: str) -> PartialDate | None:
    if not text.strip():
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise FieldError(field, str(error)) from None


def _party(key: str) -> Party:
    key = key.strip()
    if len(key) == 2 and is_country(key):
        return Party.state(key)
    return Party.org(key)


def read(field: str, text: str) -> Any:  # of the type Agreement gives ``field``
    """The value of ``field`` written as ``text`` (the inverse of :func:`show`)."""
    match field:
        case "kind":
            try:
                return Kind(text.strip())
            except ValueError:
                raise FieldError(field, f"{text!r} is not a kind") from None
        case "status":
            try:
                return Status(text.strip())
            except ValueError:
                raise FieldError(field, f"{text!r} is not a status") from None
        case "parties":
            return tuple(_party(k) for k in text.split(",") if k.strip())
        case "signed_on":
            return _date(field, text)
        case "signatories":
            return tuple(Signatory(*_parts(line, 3)) for line in text.splitlines() if line.strip())
        case "subjects":
            return tuple(s.strip() for s in text.split(";") if s.strip())
        case "commitments":
            out = []
            for line in text.splitlines():
                if not line.strip():
                    continue
                party, description, amount, unit, until = _parts(line, 5)
                try:
                    value = float(amount.replace(",", ".")) if amount else None
                except ValueError:
                    raise FieldError(field, f"{amount!r} is not a number") from None
                out.append(Commitment(party, description, value, unit, _date(field, until)))
            return tuple(out)
        case _:
            return text


def edited(agreement: Agreement, texts: dict[str, str]) -> Agreement:
    """``agreement`` with the fields in ``texts`` replaced by what they say."""
    return dataclasses.replace(agreement, **{k: read(k, v) for k, v in texts.items()})
