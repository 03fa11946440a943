"""The record model: plain, immutable values that every layer passes around.

Records are frozen dataclasses holding tuples, so a window can keep the version it read,
compare it with an edited copy (``dataclasses.replace``) and hand either to the store
without anyone mutating a shared object.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    """What sort of document an agreement is (``domain.md``, "What one record is")."""

    LETTER_OF_INTENT = "letter_of_intent"
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    JOINT_DECLARATION = "joint_declaration"
    PROTOCOL = "protocol"
    CONTRACT = "contract"
    TREATY = "treaty"
    OTHER = "other"


class Status(StrEnum):
    """Where an agreement stands in its life."""

    ANNOUNCED = "announced"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    SUPERSEDED = "superseded"


class RelationKind(StrEnum):
    """How one agreement stands to another (read: *this* implements *target*)."""

    IMPLEMENTS = "implements"
    AMENDS = "amends"
    SUPERSEDES = "supersedes"
    FOLLOWS_UP = "follows_up"


class Stage(StrEnum):
    """How far a commitment has come: promised, allocated, delivered (in part or whole) or
    cancelled (as the Kiel tracker separates commitments, allocations and deliveries)."""

    PLEDGED = "pledged"
    ALLOCATED = "allocated"
    DELIVERED_IN_PART = "delivered_in_part"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still owed: a deadline while its "until" lies ahead."""
        return self in (Stage.PLEDGED, Stage.ALLOCATED, Stage.DELIVERED_IN_PART)


class Precision(StrEnum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Stored and exchanged as ISO 8601 text cut to its precision (``2025``, ``2025-08``,
    ``2025-08-25``), which also sorts correctly as text.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"{self.year}-{self.month:02d} has no day {self.day}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError saying what is wrong."""
        match = _PARTIAL_DATE.fullmatch(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class Party:
    """A state (ISO 3166-1 alpha-2 ``code``) or an organisation (by name); exactly one is set."""

    code: str | None = None
    organisation: str | None = None

    @classmethod
    def state(cls, code: str) -> Party:
        return cls(code=code.upper())

    @classmethod
    def org(cls, name: str) -> Party:
        return cls(organisation=name)

    @property
    def key(self) -> str:
        """The text other fields use to name this party (signatories, commitments)."""
        return self.code if self.code is not None else (self.organisation or "")

    @property
    def is_state(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class Signatory:
    """A person who signed, in what role, and for which party (a party ``key``)."""

    name: str
    role: str = ""
    party: str = ""


@dataclass(frozen=True)
class StageStep:
    """A commitment reaching a stage: when, the amount at that stage (an allocation or a
    delivery may be less than the promise), and the source that reported it."""

    stage: Stage
    on: PartialDate | None = None
    amount: float | None = None
    source: str = ""


@dataclass(frozen=True)
class GdpBasis:
    """What a percent-of-GDP commitment means in money: the amount, its currency, and the
    GDP figure it was computed from (its year and source), so a reader can check it."""

    amount: float
    unit: str
    year: int | None = None
    source: str = ""


@dataclass(frozen=True)
class Commitment:
    """Who promises what, how much and until when, and how far it has come."""

    party: str
    description: str
    amount: float | None = None
    unit: str = ""
    until: PartialDate | None = None
    stages: tuple[StageStep, ...] = ()
    """The stages after the promise, oldest first (none: still only pledged)."""
    gdp: GdpBasis | None = None
    """For an amount in percent of GDP: the money it means, and the GDP figure used."""

    @property
    def stage(self) -> Stage:
        """Where the commitment stands now."""
        return self.stages[-1].stage if self.stages else Stage.PLEDGED


@dataclass(frozen=True)
class Source:
    """Where the agreement was reported, and the words that report it."""

    outlet: str = ""
    url: str = ""
    published_on: PartialDate | None = None
    quotation: str = ""


@dataclass(frozen=True)
class Relation:
    """A link from this agreement to another one, named by the target's UUID."""

    kind: RelationKind
    target: str


@dataclass(frozen=True)
class DamagedValue:
    """A stored value Pactum cannot read as its field (another program wrote it, say the
    sqlite3 shell): the record is still shown, with this named, instead of failing.

    ``value`` is the value as stored, written out for a person (text as it is, a blob in
    hex); ``reason`` says what it should have been.
    """

    field: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.value} — {self.reason}"


@dataclass(frozen=True)
class Agreement:
    """One catalogued document with every field of the domain model.

    ``id``, ``version``, ``created_at``, ``updated_at`` and ``deleted_at`` belong to the store:
    a new record leaves them empty and ``add`` fills them in. ``version`` is what an update
    must quote back, so that a change made elsewhere is never overwritten silently.
    """

    title: str
    kind: Kind
    parties: tuple[Party, ...]
    status: Status = Status.SIGNED
    signed_on: PartialDate | None = None
    place: str = ""
    signatories: tuple[Signatory, ...] = ()
    subjects: tuple[str, ...] = ()
    """Concept ids of the subject thesaurus (``db.store.thesaurus``); a subject naming
    no concept is a local one, its id the label typed. The store keeps them as ids."""
    commitments: tuple[Commitment, ...] = ()
    summary: str = ""
    full_text: str = ""
    sources: tuple[Source, ...] = ()
    title_translation: str = ""
    """The title in the other language (English for a Ukrainian title, and back)."""
    summary_translation: str = ""
    """The summary in the other language."""
    relations: tuple[Relation, ...] = ()
    notes: tuple[str, ...] = ()
    uuid: str = ""
    id: int | None = None
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    damaged: tuple[DamagedValue, ...] = ()
    """Stored values that could not be read; the fields they belong to hold stand-ins
    (empty, or the first choice), which saving the record writes over."""

    @property
    def party_keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.parties)


#: The fields a user edits, in the order forms, history and comparisons show them.
CONTENT_FIELDS: tuple[str, ...] = (
    "kind",
    "title",
    "title_translation",
    "parties",
    "signed_on",
    "place",
    "status",
    "signatories",
    "subjects",
    "commitments",
    "summary",
    "summary_translation",
    "full_text",
    "sources",
    "relations",
    "notes",
)


@dataclass(frozen=True)
class Filters:
    """What ``list`` narrows the catalogue to; every set criterion must hold.

    Several ``partners`` mean "touches all of them" (a partnership or a multilateral
    slice); several ``kinds``, ``statuses`` or ``subjects`` mean "any of them".
    ``since``/``until`` keep records whose (possibly partial) date may fall in the range.
    """

    partners: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()
    statuses: tuple[Status, ...] = ()
    subjects: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    since: PartialDate | None = None
    until: PartialDate | None = None
    ids: tuple[int, ...] | None = None
    trash: bool = False


class AgreementRow(NamedTuple):
    """One line of the catalogue table: enough to show and sort, cheap to fetch in bulk.

    A named tuple rather than a dataclass: listing builds tens of thousands of these, and
    a tuple is several times cheaper to create.
    """

    id: int
    uuid: str
    signed_on: PartialDate | None
    kind: Kind
    title: str
    parties: tuple[str, ...]
    status: Status
    signatories: tuple[str, ...]
    deleted_at: str | None = None
    damaged: tuple[DamagedValue, ...] = ()
    """Stored values of this row that could not be read (shown raw, marked damaged)."""

    def raw(self, field: str) -> str | None:
        """The stored value of ``field`` as text when it is damaged, else None."""
        return next((d.value for d in self.damaged if d.field == field), None)


@dataclass(frozen=True)
class Partnership:
    """A counterpart of the home party and how many agreements they share."""

    partner: str
    count: int
    first: PartialDate | None = None
    latest: PartialDate | None = None


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (a partner, kind, status, year, subject) and its record count."""

    value: str
    count: int


@dataclass(frozen=True)
class Change:
    """One field of one record changed: who, when, from what, to what (values as JSON)."""

    agreement_id: int
    version: int
    action: str
    field: str
    old: object
    new: object
    changed_at: str
    changed_by: str
    damaged: tuple[DamagedValue, ...] = ()
    """Stored values of this entry that could not be read (``old``/``new`` then hold the
    stored text as it is)."""
