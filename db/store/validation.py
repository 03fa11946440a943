"""The rules a record must satisfy before it is written.

Each rule names the field it concerns, so the window can mark that field and the
importer can say "record 12, parties: ..." instead of a bare refusal.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator

from db.errors import FieldProblem
from db.store.countries import is_country
from db.store.model import Agreement, Kind, PartialDate, RelationKind, Status
from db.store.thesaurus import subject_key

TRANSLATIONS = ("title_translation", "summary_translation")

MAX_TEXT = 10_000_000
"""Longest text field accepted (characters): far past any treaty, short of filling RAM."""
MAX_SHORT = 10_000
"""Longest name-like field (a subject, a name, a role, an outlet, an address)."""


def problems(agreement: Agreement, today: dt.date | None = None) -> list[FieldProblem]:
    """Everything wrong with ``agreement``; an empty list means it may be saved."""
    today = today or dt.date.today()
    found: list[FieldProblem] = []

    def bad(field: str, code: str, **params: object) -> None:
        found.append(FieldProblem(field, code, params))

    if not agreement.title.strip():
        bad("title", "title_empty")
    if not isinstance(agreement.kind, Kind):
        bad("kind", "not_a_kind", value=agreement.kind, choices=", ".join(Kind))
    if not isinstance(agreement.status, Status):
        bad("status", "not_a_status", value=agreement.status, choices=", ".join(Status))
    _check_parties(agreement, bad)
    if agreement.signed_on is not None:
        if not isinstance(agreement.signed_on, PartialDate):
            bad("signed_on", "not_a_date")
        elif agreement.signed_on.first_day() > today:
            bad("signed_on", "date_in_future", value=agreement.signed_on)
    keys = set(agreement.party_keys)
    for n, signatory in enumerate(agreement.signatories, 1):
        if not signatory.name.strip():
            bad("signatories", "signatory_unnamed", n=n)
        if signatory.party and signatory.party not in keys:
            bad("signatories", "signatory_not_a_party", n=n, party=signatory.party)
    for n, commitment in enumerate(agreement.commitments, 1):
        if not commitment.description.strip():
            bad("commitments", "commitment_undescribed", n=n)
        if commitment.party and commitment.party not in keys:
            bad("commitments", "commitment_not_a_party", n=n, party=commitment.party)
        if commitment.amount is not None and not math.isfinite(commitment.amount):
            bad("commitments", "commitment_amount", n=n)
        if commitment.gdp is not None and not math.isfinite(commitment.gdp.amount):
            bad("commitments", "commitment_amount", n=n)
        for step in commitment.stages:
            if step.amount is not None and not math.isfinite(step.amount):
                bad("commitments", "commitment_amount", n=n)
            if step.on is not None and step.on.first_day() > today:
                bad("commitments", "stage_in_future", n=n, stage=str(step.stage), value=step.on)
    for n, source in enumerate(agreement.sources, 1):
        if not (source.outlet.strip() or source.url.strip() or source.quotation.strip()):
            bad("sources", "source_empty", n=n)
    for n, relation in enumerate(agreement.relations, 1):
        if not isinstance(relation.kind, RelationKind):
            bad("relations", "relation_kind", n=n, value=relation.kind)
        if agreement.uuid and relation.target == agreement.uuid:
            bad("relations", "relation_to_itself", n=n)
    for n, subject in enumerate(agreement.subjects, 1):
        if not subject.strip():
            bad("subjects", "subject_empty", n=n)
    if len({subject_key(s) for s in agreement.subjects}) != len(agreement.subjects):
        bad("subjects", "subject_twice")
    for name in ("title", "place", "summary", "full_text", *TRANSLATIONS):
        if len(getattr(agreement, name)) > MAX_TEXT:
            bad(name, "too_long", longest=MAX_TEXT)
    _check_texts(agreement, bad)
    return found


def _texts(agreement: Agreement) -> Iterator[tuple[str, str, int]]:
    """Every text of the record: (field, text, longest allowed)."""
    for name in ("title", "place", "summary", "full_text", *TRANSLATIONS):
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


def _check_texts(agreement: Agreement, bad: Callable[..., None]) -> None:
    """Lengths, and text SQLite cannot store: lone surrogates (from JSON escapes such as
    \\ud800), which are not Unicode text at all."""
    for field, text, longest in _texts(agreement):
        if len(text) > longest and field not in ("title", "place", "summary", "full_text"):
            bad(field, "text_too_long", longest=longest)
        elif not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as error:
                bad(field, "not_unicode", position=error.start + 1)


def _check_parties(agreement: Agreement, bad: Callable[..., None]) -> None:
    parties = agreement.parties
    if len(parties) < 2:
        bad("parties", "too_few_parties")
    for n, party in enumerate(parties, 1):
        if (party.code is None) == (party.organisation is None):
            bad("parties", "party_country_or_organisation", n=n)
        elif party.code is not None and not is_country(party.code):
            bad("parties", "not_a_country", value=party.code)
        elif party.organisation is not None and not party.organisation.strip():
            bad("parties", "party_organisation_empty", n=n)
    if len(set(agreement.party_keys)) != len(parties):
        bad("parties", "party_twice")
