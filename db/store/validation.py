"""The rules a record must satisfy before it is written.

Each rule names the field it concerns, so the window can mark that field and the
importer can say "record 12, parties: ..." instead of a bare refusal.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

from db.errors import FieldProblem
from db.store.countries import is_country
from db.store.model import Agreement, Kind, PartialDate, RelationKind, Status

MAX_TEXT = 10_000_000
"""Longest text field accepted (characters): far past any treaty, short of filling RAM."""
MAX_SHORT = 10_000
"""Longest name-like field (a subject, a name, a role, an outlet, an address)."""


def problems(agreement: Agreement, today: dt.date | None = None) -> list[FieldProblem]:
    """Everything wrong with ``agreement``; an empty list means it may be saved."""
    today = today or dt.date.today()
    found: list[FieldProblem] = []

    def bad(field: str, message: str) -> None:
        found.append(FieldProblem(field, message))

    if not agreement.title.strip():
        bad("title", "the title is empty")
    if not isinstance(agreement.kind, Kind):
        bad("kind", f"{agreement.kind!r} is not a kind ({', '.join(Kind)})")
    if not isinstance(agreement.status, Status):
        bad("status", f"{agreement.status!r} is not a status ({', '.join(Status)})")
    _check_parties(agreement, bad)
    if agreement.signed_on is not None:
        if not isinstance(agreement.signed_on, PartialDate):
            bad("signed_on", "not a date")
        elif agreement.signed_on.first_day() > today:
            bad("signed_on", f"{agreement.signed_on} is in the future")
    keys = set(agreement.party_keys)
    for n, signatory in enumerate(agreement.signatories, 1):
        if not signatory.name.strip():
            bad("signatories", f"signatory {n} has no name")
        if signatory.party and signatory.party not in keys:
            bad("signatories", f"signatory {n} signs for {signatory.party}, not a party")
    for n, commitment in enumerate(agreement.commitments, 1):
        if not commitment.description.strip():
            bad("commitments", f"commitment {n} has no description")
        if commitment.party and commitment.party not in keys:
            bad("commitments", f"commitment {n} is by {commitment.party}, not a party")
        if commitment.amount is not None and not math.isfinite(commitment.amount):
            bad("commitments", f"commitment {n} has an amount that is not a number")
    for n, source in enumerate(agreement.sources, 1):
        if not (source.outlet.strip() or source.url.strip() or source.quotation.strip()):
            bad("sources", f"source {n} is empty (give an outlet, an address or a quotation)")
    for n, relation in enumerate(agreement.relations, 1):
        if not isinstance(relation.kind, RelationKind):
            bad("relations", f"relation {n} has an unknown kind {relation.kind!r}")
        if agreement.uuid and relation.target == agreement.uuid:
            bad("relations", f"relation {n} points at the agreement itself")
    for n, subject in enumerate(agreement.subjects, 1):
        if not subject.strip():
            bad("subjects", f"subject {n} is empty")
    if len({s.casefold() for s in agreement.subjects}) != len(agreement.subjects):
        bad("subjects", "a subject is listed twice")
    for name in ("title", "place", "summary", "full_text"):
        if len(getattr(agreement, name)) > MAX_TEXT:
            bad(name, f"longer than {MAX_TEXT:,} characters")
    _check_texts(agreement, bad)
    return found


def _texts(agreement: Agreement) -> Iterator[tuple[str, str, int]]:
    """Every text of the record: (field, text, longest allowed)."""
    for name in ("title", "place", "summary", "full_text"):
        yield name, getattr(agreement, name), MAX_TEXT
    for note in agreement.notes:
        yield "notes", note, MAX_TEXT
    for subject in agreement.subjects:
        yield "subjects", subject, MAX_SHORT
    for party in agreement.parties:
        yield "parties", party.organisation or "", MAX_SHORT
    for s in agreement.signatories:
        for text in (s.name, s.role, s.party):
            yield "signatories", text, MAX_SHORT
    for c in agreement.commitments:
        yield "commitments", c.description, MAX_TEXT
        for text in (c.party, c.unit):
            yield "commitments", text, MAX_SHORT
    for source in agreement.sources:
        yield "sources", source.quotation, MAX_TEXT
        for text in (source.outlet, source.url):
            yield "sources", text, MAX_SHORT


def _check_texts(agreement: Agreement, bad) -> None:
    """Lengths, and text SQLite cannot store: lone surrogates (from JSON escapes such as
    \\ud800), which are not Unicode text at all."""
    for field, text, longest in _texts(agreement):
        if len(text) > longest and field not in ("title", "place", "summary", "full_text"):
            bad(field, f"a text is longer than {longest:,} characters")
        elif not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as error:
                bad(field, f"a text is not valid Unicode (character {error.start + 1})")


def _check_parties(agreement: Agreement, bad) -> None:
    parties = agreement.parties
    if len(parties) < 2:
        bad("parties", "an agreement needs at least two parties")
    for n, party in enumerate(parties, 1):
        if (party.code is None) == (party.organisation is None):
            bad("parties", f"party {n} must be either a country or an organisation")
        elif party.code is not None and not is_country(party.code):
            bad("parties", f"{party.code!r} is not an ISO 3166-1 country code")
        elif party.organisation is not None and not party.organisation.strip():
            bad("parties", f"party {n} has an empty organisation name")
    if len(set(agreement.party_keys)) != len(parties):
        bad("parties", "a party is listed twice")
