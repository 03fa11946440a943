"""Drafts under construction and finished: values, their sentences, and how drafts merge.

A text often reports one document twice (a headline, then the body) or several at once
("security agreements with Germany and France"); the builders collected while reading are
merged or split here before each becomes an ``Agreement`` with its provenance.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from db import (
    Agreement,
    Commitment,
    Kind,
    PartialDate,
    Party,
    Signatory,
    Source,
    Status,
    is_country,
)
from desktop.ingest.events import DocumentMention
from desktop.ingest.text import Article, Sentence


@dataclass(frozen=True)
class Quote:
    """A sentence of the article (its text and where it stands) that a value came from."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, sentence: Sentence) -> Quote:
        return cls(sentence.text, sentence.start, sentence.end)


@dataclass
class Draft:
    """A proposed record (not saved) and, per field, the sentences that support it."""

    agreement: Agreement
    provenance: dict[str, tuple[Quote, ...]] = field(default_factory=dict)
    date_stated: bool = False

    def quotes(self) -> list[Quote]:
        """Every supporting sentence once, in the order of the text."""
        seen = {q.start: q for quotes in self.provenance.values() for q in quotes}
        return [seen[k] for k in sorted(seen)]


class Builder:
    """Collects one draft's values and their sentences before it becomes a record.

    Values are added through its methods, which keep sets of what is already there: a
    document reported again and again (and merged each time) costs the same per report.
    """

    def __init__(self, kind: Kind, title: str, sentence: Sentence) -> None:
        self.kind = kind
        self.sentence_index = sentence.index
        self.title = title
        self.parties: list[str] = []
        self.signatories: list[Signatory] = []
        self.subjects: list[str] = []
        self.commitments: list[Commitment] = []
        self.signed_on: PartialDate | None = None
        self.date_stated = False
        self.place = ""
        self.country_of: dict[str, str] = {}
        self.provenance: dict[str, list[Quote]] = {"kind": [], "title": []}
        self._noted: set[tuple[str, Quote]] = set()
        self._subjects: set[str] = set()
        self._folded_subjects: set[str] = set()
        self._signers: set[str] = set()
        self._commitments: set[Commitment] = set()
        self.note("kind", sentence)
        self.note("title", sentence)

    def note(self, name: str, sentence: Sentence | Quote) -> None:
        quotes = self.provenance.setdefault(name, [])
        quote = sentence if isinstance(sentence, Quote) else Quote.of(sentence)
        if (name, quote) not in self._noted:
            self._noted.add((name, quote))
            quotes.append(quote)

    def add_subject(self, subject: str, *, any_case: bool) -> None:
        """Add ``subject`` unless the draft has it (or, with ``any_case``, has it written in
        other capitals)."""
        if subject in self._subjects or (any_case and subject.casefold() in self._folded_subjects):
            return
        self.subjects.append(subject)
        self._subjects.add(subject)
        self._folded_subjects.add(subject.casefold())

    def add_signatory(self, signatory: Signatory) -> None:
        """Add ``signatory`` unless someone of that name already signs the draft."""
        if signatory.name not in self._signers:
            self._signers.add(signatory.name)
            self.signatories.append(signatory)

    def add_commitment(self, commitment: Commitment, *, once: bool) -> None:
        """Add ``commitment``; with ``once``, only if the draft does not hold it yet."""
        if not (once and commitment in self._commitments):
            self._commitments.add(commitment)
            self.commitments.append(commitment)

    def keep_parties(self, parties: list[str]) -> None:
        """Make ``parties`` the draft's parties, with only their signatories and commitments."""
        self.parties = parties
        self.signatories = [s for s in self.signatories if s.party in parties]
        self.commitments = [c for c in self.commitments if c.party in parties]
        self._signers = {s.name for s in self.signatories}
        self._commitments = set(self.commitments)

    def add_party(self, key: str, sentence: Sentence | Quote, country: str = "") -> None:
        if country:
            self.country_of[key] = country
        if key and key not in self.parties and self.speaker_for(key) == key:
            self.parties.append(key)
            self.note("parties", sentence)

    def speaker_for(self, key: str) -> str:
        """The party that acts for ``key``: a country's ministry when that is the party."""
        if key in self.parties:
            return key
        return next((k for k in self.parties if self.country_of.get(k) == key), key)

    @property
    def origin_index(self) -> int:
        """Index of the sentence that reports the document."""
        return self.sentence_index

    @property
    def origin(self) -> Quote:
        """The sentence that reports the document."""
        return self.provenance["kind"][0]

    def countries(self) -> frozenset[str]:
        return frozenset(self.country_of.get(k, k) for k in self.parties)


def _party(key: str) -> Party:
    return (
        Party.state(key) if len(key) == 2 and key.isupper() and is_country(key) else Party.org(key)
    )


def finish(builder: Builder, article: Article) -> Draft:
    # A merge may have replaced the parties: keep every signatory and commitment on one.
    builder.signatories = [
        dataclasses.replace(
            s, party=p if (p := builder.speaker_for(s.party)) in builder.parties else ""
        )
        for s in builder.signatories
    ]
    claimed = {s.party for s in builder.signatories}
    unclaimed = [k for k in builder.parties if k not in claimed]
    sideless = [s for s in builder.signatories if not s.party]
    if len(unclaimed) == 1 or 2 <= len(sideless) == len(unclaimed):
        # The one side left; or as many signers without a side as sides without a signer,
        # paired in the order the text names them.
        sides = iter(unclaimed if len(unclaimed) > 1 else unclaimed * len(sideless))
        builder.signatories = [
            s if s.party else dataclasses.replace(s, party=next(sides)) for s in builder.signatories
        ]
    builder.commitments = [
        dataclasses.replace(c, party=builder.speaker_for(c.party))
        for c in builder.commitments
        if builder.speaker_for(c.party) in builder.parties
    ]
    provenance = {k: tuple(sorted(v, key=lambda q: q.start)) for k, v in builder.provenance.items()}
    quotes = sorted({q for v in provenance.values() for q in v}, key=lambda q: q.start)
    source = Source(
        outlet=article.outlet,
        url=article.url,
        published_on=article.published_on,
        quotation=" … ".join(q.text for q in quotes),
    )
    agreement = Agreement(
        title=builder.title,
        kind=builder.kind,
        parties=tuple(_party(k) for k in builder.parties),
        status=Status.SIGNED,
        signed_on=builder.signed_on,
        place=builder.place,
        signatories=tuple(builder.signatories),
        subjects=tuple(builder.subjects),
        commitments=tuple(builder.commitments),
        full_text=article.text,
        sources=(source,),
    )
    return Draft(agreement, provenance, builder.date_stated)


def per_partner(
    builder: Builder, short_title: str, doc: DocumentMention, home: str
) -> list[Builder]:
    """ "signed security agreements with Germany and France": one document per partner."""
    home_side = builder.speaker_for(home)
    partners = [k for k in builder.parties if k != home_side]
    if not doc.plural or home_side not in builder.parties or len(partners) < 2:
        return [builder]
    out = []
    for partner in partners:
        one = copy.deepcopy(builder)
        one.title = short_title
        one.keep_parties([home_side, partner])
        out.append(one)
    return out


def merge(into: Builder, other: Builder) -> None:
    """A headline and the body often report one document twice: keep one draft."""
    if other.date_stated and not into.date_stated:
        into.signed_on, into.date_stated = other.signed_on, True
    elif into.signed_on is None:
        into.signed_on = other.signed_on  # a headline's draft takes the body's day
    if len(other.title) > len(into.title):
        into.title = other.title
    if len(other.parties) > len(into.parties) or (
        len(other.parties) == len(into.parties) and len(other.country_of) > len(into.country_of)
    ):
        # The body names parties more precisely than a headline ("the Ministry of ...").
        into.parties, into.country_of = other.parties, other.country_of
    into.place = into.place or other.place
    for signatory in other.signatories:
        into.add_signatory(signatory)
    for subject in other.subjects:
        into.add_subject(subject, any_case=False)
    for commitment in other.commitments:
        into.add_commitment(commitment, once=True)
    for name, quotes in other.provenance.items():
        into.provenance.setdefault(name, [])
        for quote in quotes:
            into.note(name, quote)
