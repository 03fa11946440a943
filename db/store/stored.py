"""Reading values as the catalogue file holds them, without trusting them.

The catalogue is an ordinary SQLite file that other programs may write (the README invites
the sqlite3 shell and Datasette), and SQLite's column types do not stop them: a date
written as ``2025-8-5``, a blob in a text column, a party list that is not JSON, text that
is not UTF-8. Reading must never crash on one such value. Each reader here returns a
stand-in for the field and records a :class:`DamagedValue` naming it and the value as
stored, so the record is still listed and shown (marked damaged), ``check`` lists it and
export leaves it out and says so. Writing stays strict (db.store.validation); only reading
forgives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from db.safety.cipher import Connection
from db.store.codec import decode_gdp, decode_stages
from db.store.model import (
    Agreement,
    AgreementRow,
    Change,
    Commitment,
    DamagedValue,
    GdpBasis,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    StageStep,
    Status,
)

SHOWN = 80
"""Characters of a damaged text shown (the rest is elided)."""
E = TypeVar("E", bound=StrEnum)


class NotUtf8(bytes):
    """Text in the file that is not UTF-8, read as its bytes (see :func:`read_leniently`)."""


def decode_text(data: bytes) -> str | bytes:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return NotUtf8(data)


def read_leniently(conn: Connection) -> None:
    """Make ``conn`` return text that is not UTF-8 as :class:`NotUtf8` bytes: by default
    fetching it raises, and one such value would fail every listing of the catalogue."""
    conn.text_factory = decode_text


def shown(value: Any) -> str:
    """A stored value written out for a person (text quoted, a blob in hex)."""
    if isinstance(value, NotUtf8):
        text = value.decode("utf-8", errors="replace")
        return repr(text[:SHOWN]) + ("…" if len(text) > SHOWN else "") + " (not UTF-8)"
    if isinstance(value, bytes):
        return "X'" + value[:32].hex().upper() + ("…" if len(value) > 32 else "") + "'"
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return repr(value[:SHOWN]) + ("…" if len(value) > SHOWN else "")
    return repr(value)


def _kind_of(value: Any) -> str:
    if isinstance(value, NotUtf8):
        return "text that is not UTF-8"
    return {bytes: "a blob", int: "a number", float: "a number", type(None): "NULL"}.get(
        type(value), "text"
    )


def json_value(text: Any) -> tuple[Any, bool]:
    """A stored JSON text decoded, and whether it was JSON (if not, the text as shown)."""
    if type(text) is str:
        try:
            return json.loads(text), True
        except (ValueError, RecursionError):
            pass
    return shown(text), False


def date_or_none(value: Any) -> PartialDate | None:
    """A stored partial date, or None when it is missing or not one (for aggregates)."""
    try:
        return PartialDate.parse(value) if type(value) is str and value else None
    except ValueError:
        return None


class Values:
    """Reads the stored values of one record, collecting those it cannot read."""

    def __init__(self) -> None:
        self.damaged: list[DamagedValue] = []

    def bad(self, field: str, value: Any, reason: str, item: str = "") -> None:
        where = f"{item}: " if item else ""
        self.damaged.append(DamagedValue(field, shown(value), where + reason))

    def text(self, field: str, value: Any, item: str = "") -> str:
        if type(value) is str:
            return value
        self.bad(field, value, f"should be text, is {_kind_of(value)}", item)
        return ""

    def date(self, field: str, value: Any, item: str = "") -> PartialDate | None:
        if value is None or value == "":
            return None
        if type(value) is str:
            try:
                return PartialDate.parse(value)
            except ValueError as error:
                # "month 13 does not exist" says it; "'x' is not a date (...)" repeats it.
                reason = str(error)
                if reason.startswith(repr(value.strip())):
                    reason = "not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        else:
            reason = f"should be a date as text, is {_kind_of(value)}"
        self.bad(field, value, reason, item)
        return None

    def choice(self, field: str, value: Any, enum: type[E], default: E, item: str = "") -> E:
        try:
            return enum(value)
        except ValueError:
            self.bad(field, value, f"not one of {', '.join(enum)}", item)
            return default

    def whole(self, field: str, value: Any, item: str = "") -> int:
        if type(value) is int and value >= 0:
            return value
        self.bad(field, value, "should be a whole number, 0 or more", item)
        return 0

    def amount(self, value: Any, item: str) -> float | None:
        if value is None:
            return None
        if type(value) in (int, float) and math.isfinite(value):
            return float(value)
        self.bad("commitments", value, "the amount should be a number", item)
        return None

    def stages(self, value: Any, item: str) -> tuple[StageStep, ...]:
        """A commitment's stages; those that cannot be read are reported, the rest kept."""
        steps, problems = decode_stages(value)
        for problem in problems:
            self.bad("commitments", value, problem, item)
        return steps

    def gdp(self, value: Any, item: str) -> GdpBasis | None:
        """A commitment's GDP basis; one that cannot be read is reported and left out."""
        basis, problems = decode_gdp(value)
        for problem in problems:
            self.bad("commitments", value, problem, item)
        return basis

    def timestamp(self, field: str, value: Any, nullable: bool = False) -> str | None:
        """The stored text (even when damaged: it still says whether a record is in the
        trash), or None when ``nullable`` and there is none."""
        if value is None and nullable:
            return None
        if type(value) is str:
            try:
                dt.datetime.fromisoformat(value)
                return value
            except ValueError:
                pass
        self.bad(field, value, "should be a timestamp (ISO 8601)")
        return value if type(value) is str else shown(value)

    def texts(self, field: str, value: Any) -> tuple[str, ...]:
        """A JSON list of texts (the listing copies of parties and signatories)."""
        data, ok = json_value(value)
        if ok and type(data) is list and all(type(item) is str for item in data):
            return tuple(data)
        self.bad(field, value, "should be a JSON list of texts")
        return ()

    def party(self, code: Any, organisation: Any, n: int) -> Party | None:
        if type(code) is str and organisation is None:
            return Party(code=code)
        if code is None and type(organisation) is str:
            return Party(organisation=organisation)
        self.damaged.append(
            DamagedValue(
                "parties",
                f"country {shown(code)}, organisation {shown(organisation)}",
                f"party {n}: should be a country code or an organisation name",
            )
        )
        return None


AGREEMENT_COLUMNS = (
    "id, uuid, kind, title, signed_on, place, status, summary, full_text, version, "
    "created_at, updated_at, deleted_at, title_translation, summary_translation"
)
CHILDREN = {
    "parties": "SELECT agreement_id, country_code, organisation FROM parties "
    "WHERE agreement_id IN ({ids}) ORDER BY agreement_id, position",
    "signatories": "SELECT agreement_id, name, role, party_key FROM signatories "
    "WHERE agreement_id IN ({ids}) ORDER BY agreement_id, position",
    "subjects": "SELECT x.agreement_id, s.name FROM agreement_subjects x "
    "JOIN subjects s ON s.id = x.subject_id "
    "WHERE x.agreement_id IN ({ids}) ORDER BY x.agreement_id, x.position",
    "commitments": "SELECT agreement_id, party_key, description, amount, unit, until, stages, gdp "
    "FROM commitments WHERE agreement_id IN ({ids}) ORDER BY agreement_id, position",
    "sources": "SELECT agreement_id, outlet, url, published_on, quotation FROM sources "
    "WHERE agreement_id IN ({ids}) ORDER BY agreement_id, position",
    "relations": "SELECT x.agreement_id, x.kind, t.uuid FROM relations x "
    "JOIN agreements t ON t.id = x.target_id "
    "WHERE x.agreement_id IN ({ids}) ORDER BY x.agreement_id, x.position",
    "notes": "SELECT agreement_id, body FROM notes "
    "WHERE agreement_id IN ({ids}) ORDER BY agreement_id, position",
}
"""Each child table's rows of some agreements (``{ids}``: their marks), in the records'
order, with the agreement's id first."""


@contextlib.contextmanager
def one_snapshot(conn: Connection) -> Iterator[Connection]:
    """One read transaction (or the caller's): every statement inside sees one state of the
    catalogue, whatever other windows or processes commit meanwhile."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def load_many(conn: Connection, ids: Sequence[int]) -> dict[int, Agreement]:
    """The whole records with these ids (those that exist), each read leniently.

    A record is several statements (its children, then its row): read outside one
    snapshot, a commit elsewhere between them would give the new version number with the
    old children, and saving that back would silently undo the other window's edit."""
    with one_snapshot(conn):
        return _load_many(conn, ids)


def _load_many(conn: Connection, ids: Sequence[int]) -> dict[int, Agreement]:
    found: dict[int, Agreement] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        children: dict[str, defaultdict[int, list[tuple[Any, ...]]]] = {}
        for name, sql in CHILDREN.items():
            rows: defaultdict[int, list[tuple[Any, ...]]] = defaultdict(list)
            for row in conn.execute(sql.format(ids=marks), chunk):
                rows[row[0]].append(row[1:])
            children[name] = rows
        for row in conn.execute(
            f"SELECT {AGREEMENT_COLUMNS} FROM agreements WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = agreement(row, {name: rows[row[0]] for name, rows in children.items()})
    return found


def agreement(row: Sequence[Any], children: dict[str, list[tuple[Any, ...]]]) -> Agreement:
    """One record from its ``agreements`` row (AGREEMENT_COLUMNS) and its child rows."""
    v = Values()
    parties = [v.party(code, org, n) for n, (code, org) in enumerate(children["parties"], 1)]
    relations = []
    for n, (kind, target) in enumerate(children["relations"], 1):
        found = v.choice("relations", kind, RelationKind, RelationKind.FOLLOWS_UP, f"relation {n}")
        relations.append(Relation(found, v.text("relations", target, f"relation {n} target")))
    return Agreement(
        id=row[0],
        uuid=v.text("uuid", row[1]),
        kind=v.choice("kind", row[2], Kind, Kind.OTHER),
        title=v.text("title", row[3]),
        signed_on=v.date("signed_on", row[4]),
        place=v.text("place", row[5]),
        status=v.choice("status", row[6], Status, Status.SIGNED),
        summary=v.text("summary", row[7]),
        full_text=v.text("full_text", row[8]),
        version=v.whole("version", row[9]),
        created_at=v.timestamp("created_at", row[10]) or "",
        updated_at=v.timestamp("updated_at", row[11]) or "",
        deleted_at=v.timestamp("deleted_at", row[12], nullable=True),
        title_translation=v.text("title_translation", row[13]),
        summary_translation=v.text("summary_translation", row[14]),
        parties=tuple(p for p in parties if p is not None),
        signatories=tuple(
            Signatory(
                v.text("signatories", name, f"signatory {n} name"),
                v.text("signatories", role, f"signatory {n} role"),
                v.text("signatories", party, f"signatory {n} party"),
            )
            for n, (name, role, party) in enumerate(children["signatories"], 1)
        ),
        subjects=tuple(v.text("subjects", name) for (name,) in children["subjects"]),
        commitments=tuple(
            Commitment(
                v.text("commitments", party, f"commitment {n} party"),
                v.text("commitments", description, f"commitment {n} description"),
                v.amount(amount, f"commitment {n}"),
                v.text("commitments", unit, f"commitment {n} unit"),
                v.date("commitments", until, f"commitment {n} until"),
                v.stages(stages, f"commitment {n}"),
                v.gdp(gdp, f"commitment {n}"),
            )
            for n, (party, description, amount, unit, until, stages, gdp) in enumerate(
                children["commitments"], 1
            )
        ),
        sources=tuple(
            Source(
                v.text("sources", outlet, f"source {n} outlet"),
                v.text("sources", url, f"source {n} address"),
                v.date("sources", published, f"source {n} published on"),
                v.text("sources", quotation, f"source {n} quotation"),
            )
            for n, (outlet, url, published, quotation) in enumerate(children["sources"], 1)
        ),
        relations=tuple(relations),
        notes=tuple(
            v.text("notes", body, f"note {n}") for n, (body,) in enumerate(children["notes"], 1)
        ),
        damaged=tuple(v.damaged),
    )


def agreement_row(r: Sequence[Any]) -> AgreementRow:
    """A table row (queries' row columns) read value by value, its damage named."""
    v = Values()
    return AgreementRow(
        r[0],
        v.text("uuid", r[1]),
        v.date("signed_on", r[2]),
        v.choice("kind", r[3], Kind, Kind.OTHER),
        v.text("title", r[4]),
        v.texts("parties", r[5]),
        v.choice("status", r[6], Status, Status.SIGNED),
        v.texts("signatories", r[7]),
        v.timestamp("deleted_at", r[8], nullable=True),
        tuple(v.damaged),
    )


HISTORY_ACTIONS = ("created", "updated", "deleted", "restored", "imported", "merged")
HISTORY_COLUMNS = "version, action, field, old_value, new_value, changed_at, changed_by"


def change(agreement_id: int, row: Sequence[Any]) -> Change:
    """One history entry (HISTORY_COLUMNS); a value that is not JSON is kept as shown."""
    version, action, field, old, new, at, by = row
    v = Values()
    item = f"entry of version {shown(version)}"

    def value(stored: Any, which: str) -> Any:
        if stored is None:
            return None
        data, ok = json_value(stored)
        if not ok:
            v.bad("history", stored, f"the {which} value should be JSON", item)
        return data

    if type(action) is str and action not in HISTORY_ACTIONS:
        v.bad("history", action, f"not one of {', '.join(HISTORY_ACTIONS)}", item)
    return Change(
        agreement_id,
        v.whole("history", version, item),
        v.text("history", action, item),
        v.text("history", field, item),
        value(old, "old"),
        value(new, "new"),
        v.timestamp("history", at) or "",
        v.text("history", by, item),
        tuple(v.damaged),
    )
