"""Migration m005: summary tables, so facets, partnerships and the matrix never scan.

Triggers keep the counts in the transaction of every write, whichever program writes. A
record's BEFORE DELETE trigger removes its children while the record still says whether it
was live, so their triggers can subtract it. A partnership cell's earliest and latest date
are kept too: adding a record widens them; removing the one that held one recomputes it.
db.store.summary_recount holds the recount the tables are filled with (and checked and
rebuilt with, by db.store.summaries). Registered after m004 (see db.store.migrations).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration
from db.store.summary_recount import RECOUNT


@migration("m005_summary_counts")
def m005_summary_counts(db: Database) -> None:
    for statement in _M005.split(";\n\n"):
        if statement.strip():
            db.execute(statement, {"above": 0} if ":above" in statement else None)


def _others(row: str, skip: str) -> str:
    """FROM and WHERE of the other parties of a party row's record (but ``skip``: an
    updated row, already holding its new values while its old ones are taken out)."""
    return (
        f"FROM parties WHERE agreement_id = {row}.agreement_id AND party_key <> {row}.party_key"
        + (f" AND id <> {skip}" if skip else "")
    )


def _pairs(row: str, skip: str = "") -> str:
    """The ordered pairs a party row ``row`` (new or old) makes with its record's others."""
    others = _others(row, skip)
    return (
        f"SELECT {row}.party_key, party_key {others} "
        f"UNION ALL SELECT party_key, {row}.party_key {others}"
    )


def _record_pairs(record: str) -> str:
    """Every ordered pair of parties of the record whose id is ``record``."""
    return (
        "SELECT h.party_key, p.party_key FROM parties h JOIN parties p "
        "ON p.agreement_id = h.agreement_id AND p.party_key <> h.party_key "
        f"WHERE h.agreement_id = {record}"
    )


def _with_subjects(pairs: str, record: str) -> str:
    joined = f"JOIN agreement_subjects x ON x.agreement_id = {record}"
    return f"SELECT k.*, x.subject_id FROM ({pairs}) k {joined} WHERE true"


_COUNTED = "(SELECT coalesce(min(above), 9223372036854775807) FROM summary_deferred)"
"""The highest record id the triggers count (a bulk import counts those above itself)."""


WALK = 5000
"""Records nearest a removed date searched for a cell's new one (see :func:`_recomputed`)."""


def _in_cell(t: str, record: str) -> str:
    """Whether the record with id ``record`` counts in the row of table ``t``."""
    both = (
        f"EXISTS (SELECT 1 FROM parties WHERE agreement_id = {record} AND party_key = {t}.party) "
        f"AND EXISTS (SELECT 1 FROM parties WHERE agreement_id = {record} "
        f"AND party_key = {t}.partner)"
    )
    if t == "summary_partners":
        return f"{both} AND (SELECT kind FROM agreements WHERE id = {record}) = {t}.kind"
    return (
        f"{both} AND EXISTS (SELECT 1 FROM agreement_subjects WHERE agreement_id = {record} "
        f"AND subject_id = {t}.subject_id)"
    )


def _recomputed(t: str, date: str, latest: bool) -> str:
    """The row's latest (or earliest) date once the record dated ``date`` left it: the
    first of the WALK live records nearest that date that counts in the row (at once for a
    partnership of any size), else a read of the row's records from its rarer party."""
    order, compare, pick = ("DESC", "<=", "max") if latest else ("ASC", ">=", "min")
    walk = (
        f"(SELECT w.signed_on FROM (SELECT a.id, a.signed_on FROM agreements a "
        f"INDEXED BY agreements_live_signed_on WHERE a.deleted_at IS NULL "
        f"AND a.signed_on {compare} {date} ORDER BY a.signed_on {order} LIMIT {WALK}) w "
        f"WHERE {_in_cell(t, 'w.id')} LIMIT 1)"
    )
    count = (
        "coalesce((SELECT sum(n) FROM summary_facets WHERE facet = 'partner' AND value = {}), 0)"
    )
    rarer = f"{count.format(f'{t}.party')} <= {count.format(f'{t}.partner')}"
    driven = (
        f"(SELECT {pick}(a.signed_on) FROM (SELECT CASE WHEN {rarer} THEN {t}.party "
        f"ELSE {t}.partner END AS party LIMIT 1) k CROSS JOIN parties pa "
        "CROSS JOIN agreements a WHERE pa.party_key = k.party AND a.id = pa.agreement_id "
        f"AND a.deleted_at IS NULL AND {_in_cell(t, 'a.id')})"
    )
    return f"coalesce({walk}, {driven})"


def _subtract(pairs: str | None, subject_pairs: str, live: str, kind: str, date: str) -> str:
    """Take one record (live when ``live``, of ``kind``, dated ``date``) out of the pair
    counts; a cell whose earliest or latest date it held is recomputed."""
    p = "summary_partners"
    s = "summary_partner_subjects"
    sql = ""
    if pairs is not None:
        sql += f"""
    UPDATE {p} SET n = n - 1 WHERE {live} AND kind = {kind} AND (party, partner) IN ({pairs});
    UPDATE {p} SET
        first = CASE WHEN first = {date} THEN {_recomputed(p, date, False)} ELSE first END,
        latest = CASE WHEN latest = {date} THEN {_recomputed(p, date, True)} ELSE latest END
    WHERE {live} AND n > 0 AND kind = {kind} AND (first = {date} OR latest = {date})
        AND (party, partner) IN ({pairs});
    DELETE FROM {p} WHERE n <= 0 AND kind = {kind} AND (party, partner) IN ({pairs});"""
    return (
        sql
        + f"""
    UPDATE {s} SET n = n - 1 WHERE {live} AND (party, partner, subject_id) IN ({subject_pairs});
    UPDATE {s} SET latest = {_recomputed(s, date, True)}
    WHERE {live} AND n > 0 AND latest = {date}
        AND (party, partner, subject_id) IN ({subject_pairs});
    DELETE FROM {s} WHERE n <= 0 AND (party, partner, subject_id) IN ({subject_pairs});"""
    )


def _add(pairs: str | None, subject_pairs: str, live: str, kind: str, date: str) -> str:
    """Count one record in the pair counts (see :func:`_subtract`)."""
    sql = ""
    if pairs is not None:
        sql += f"""
    INSERT INTO summary_partners (party, partner, kind, n, first, latest)
    SELECT k.*, {kind}, 1, {date}, {date} FROM ({pairs}) k WHERE {live}
    ON CONFLICT DO UPDATE SET n = n + 1,
        first = coalesce(min(first, excluded.first), first, excluded.first),
        latest = coalesce(max(latest, excluded.latest), latest, excluded.latest);"""
    return (
        sql
        + f"""
    INSERT INTO summary_partner_subjects (party, partner, subject_id, n, latest)
    SELECT k.*, 1, {date} FROM ({subject_pairs}) k WHERE {live}
    ON CONFLICT DO UPDATE SET n = n + 1,
        latest = coalesce(max(latest, excluded.latest), latest, excluded.latest);"""
    )


def _facet(facet: str, trashed: str, values: str, add: bool) -> str:
    """Count (``add``) or uncount one record under each of ``values`` (a SELECT of them)."""
    if add:
        return f"""
    INSERT INTO summary_facets (facet, trashed, value, n)
    SELECT '{facet}', {trashed}, v.value, 1 FROM ({values}) v WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1;"""
    return f"""
    UPDATE summary_facets SET n = n - 1
    WHERE facet = '{facet}' AND trashed = {trashed} AND value IN ({values});
    DELETE FROM summary_facets WHERE facet = '{facet}' AND n <= 0;"""


def _own(row: str) -> list[tuple[str, str]]:
    """The record's own facet values: kind, status, year."""
    return [
        ("kind", f"SELECT {row}.kind AS value"),
        ("status", f"SELECT {row}.status AS value"),
        ("year", f"SELECT substr({row}.signed_on, 1, 4) AS value WHERE {row}.signed_on NOT NULL"),
    ]


def _parent(row: str, column: str) -> str:
    return f"(SELECT {column} FROM agreements WHERE id = {row}.agreement_id)"


def _child_triggers(table: str, facet: str, value: str) -> str:
    """Insert, delete and update triggers of a record's parties or subjects (an update, as
    another program may make, takes the old row out and counts the new one)."""
    out = []
    for name, event, row, add in (
        ("insert", "INSERT", "new", True),
        ("delete", "DELETE", "old", False),
        ("update_old", "UPDATE", "old", False),
        ("update_new", "UPDATE", "new", True),
    ):
        skip = "new.id" if name == "update_old" and table == "parties" else ""
        pairs: str | None = None
        if table == "parties":
            pairs = _pairs(row, skip)
            subject_pairs = _with_subjects(pairs, f"{row}.agreement_id")
        else:
            subject_pairs = (
                f"SELECT k.*, {row}.subject_id FROM ({_record_pairs(f'{row}.agreement_id')}) k"
            )
        live = f"{_parent(row, 'deleted_at IS NULL')}"
        kind = _parent(row, "kind")
        date = _parent(row, "signed_on")
        pair_sql = (_add if add else _subtract)(pairs, subject_pairs, live, kind, date)
        cube_rows = _cube_party(row, skip) if table == "parties" else _cube_subject(row)
        status = _parent(row, "status")
        pair_sql += _cube(cube_rows, live, kind, status, date, add)
        trashed = _parent(row, "deleted_at IS NOT NULL")
        out.append(
            f"CREATE TRIGGER summary_{table}_{name} AFTER {event} ON {table}\n"
            f"WHEN {row}.agreement_id <= {_COUNTED}\n"
            f"AND EXISTS (SELECT 1 FROM agreements WHERE id = {row}.agreement_id) BEGIN"
            + _facet(facet, trashed, f"SELECT {row}.{value} AS value", add)
            + pair_sql
            + "\nEND"
        )
    return ";\n\n".join(out)


_CONTEXTS = "SELECT '' AS party UNION ALL SELECT party_key FROM parties WHERE agreement_id = {r}"


def _cube_record(r: str) -> str:
    """Every (party, facet, value) row of summary_cube the record with id ``r`` counts in."""
    return (
        f"SELECT x.party, 'record' AS facet, '' AS value FROM ({_CONTEXTS.format(r=r)}) x "
        f"UNION ALL SELECT x.party, 'partner', p.party_key FROM ({_CONTEXTS.format(r=r)}) x "
        f"JOIN parties p ON p.agreement_id = {r} "
        f"UNION ALL SELECT x.party, 'subject', s.subject_id FROM ({_CONTEXTS.format(r=r)}) x "
        f"JOIN agreement_subjects s ON s.agreement_id = {r}"
    )


def _cube_party(row: str, skip: str = "") -> str:
    """The rows a party row (new or old) of a record adds to the record's."""
    others = _others(row, skip)
    key = f"{row}.party_key"
    return (
        f"SELECT {key}, 'record', '' "
        f"UNION ALL SELECT '', 'partner', {key} UNION ALL SELECT {key}, 'partner', {key} "
        f"UNION ALL SELECT {key}, 'partner', party_key {others} "
        f"UNION ALL SELECT party_key, 'partner', {key} {others} "
        f"UNION ALL SELECT {key}, 'subject', subject_id FROM agreement_subjects "
        f"WHERE agreement_id = {row}.agreement_id"
    )


def _cube_subject(row: str) -> str:
    """The rows a subject row (new or old) of a record adds to the record's."""
    return (
        f"SELECT '', 'subject', {row}.subject_id UNION ALL SELECT party_key, 'subject', "
        f"{row}.subject_id FROM parties WHERE agreement_id = {row}.agreement_id"
    )


def _cube(rows: str, live: str, kind: str, status: str, date: str, add: bool) -> str:
    """Count (``add``) or uncount one record, live when ``live``, in the cell of ``kind``,
    ``status`` and the year of ``date``, under each of ``rows``."""
    year = f"coalesce(substr({date}, 1, 4), '')"
    if add:
        return f"""
    INSERT INTO summary_cube (party, facet, value, kind, status, year, n)
    SELECT r.*, {kind}, {status}, {year}, 1 FROM ({rows}) r WHERE {live}
    ON CONFLICT DO UPDATE SET n = n + 1;"""
    cell = f"kind = {kind} AND status = {status} AND year = {year}"
    return f"""
    UPDATE summary_cube SET n = n - 1
    WHERE {live} AND {cell} AND (party, facet, value) IN ({rows});
    DELETE FROM summary_cube WHERE n <= 0 AND {cell} AND (party, facet, value) IN ({rows});"""


def _record_triggers() -> str:
    """The agreements table's triggers: its own facets, and its children's on a trash
    move or a change of kind or date; a record's children go before it does."""
    old_trashed = "(old.deleted_at IS NOT NULL)"
    new_trashed = "(new.deleted_at IS NOT NULL)"
    insert = "".join(_facet(f, new_trashed, v, True) for f, v in _own("new"))
    delete = "".join(_facet(f, old_trashed, v, False) for f, v in _own("old"))
    update = delete + insert
    children = [
        ("partner", "SELECT party_key AS value FROM parties WHERE agreement_id = new.id"),
        (
            "subject",
            "SELECT subject_id AS value FROM agreement_subjects WHERE agreement_id = new.id",
        ),
    ]
    trash = "".join(_facet(f, old_trashed, v, False) for f, v in children)
    trash += "".join(_facet(f, new_trashed, v, True) for f, v in children)
    pairs = _record_pairs("new.id")
    subject_pairs = _with_subjects(pairs, "new.id")
    moved = _subtract(pairs, subject_pairs, "old.deleted_at IS NULL", "old.kind", "old.signed_on")
    moved += _add(pairs, subject_pairs, "new.deleted_at IS NULL", "new.kind", "new.signed_on")
    rows = _cube_record("new.id")
    update += _cube(
        rows, "old.deleted_at IS NULL", "old.kind", "old.status", "old.signed_on", False
    )
    update += _cube(rows, "new.deleted_at IS NULL", "new.kind", "new.status", "new.signed_on", True)
    insert += _cube(
        _cube_record("new.id"),
        "new.deleted_at IS NULL",
        "new.kind",
        "new.status",
        "new.signed_on",
        True,
    )
    delete += _cube(
        _cube_record("old.id"),
        "old.deleted_at IS NULL",
        "old.kind",
        "old.status",
        "old.signed_on",
        False,
    )
    return f"""
CREATE TRIGGER summary_agreement_insert AFTER INSERT ON agreements
WHEN new.id <= {_COUNTED} BEGIN{insert}
END;

CREATE TRIGGER summary_agreement_delete BEFORE DELETE ON agreements
WHEN old.id <= {_COUNTED} BEGIN
    DELETE FROM parties WHERE agreement_id = old.id;
    DELETE FROM agreement_subjects WHERE agreement_id = old.id;{delete}
END;

CREATE TRIGGER summary_agreement_update AFTER UPDATE OF kind, status, signed_on, deleted_at
ON agreements WHEN new.id <= {_COUNTED} AND (old.kind IS NOT new.kind
    OR old.status IS NOT new.status OR old.signed_on IS NOT new.signed_on
    OR {old_trashed} <> {new_trashed}) BEGIN{update}
END;

CREATE TRIGGER summary_agreement_trash AFTER UPDATE OF deleted_at ON agreements
WHEN new.id <= {_COUNTED} AND {old_trashed} <> {new_trashed} BEGIN{trash}
END;

CREATE TRIGGER summary_agreement_pairs AFTER UPDATE OF kind, signed_on, deleted_at ON agreements
WHEN new.id <= {_COUNTED} AND (old.kind IS NOT new.kind
    OR old.signed_on IS NOT new.signed_on OR {old_trashed} <> {new_trashed}) BEGIN{moved}
END"""


_TABLES = """
CREATE TABLE summary_facets (
    -- How many records have each value of a facet: live ones (trashed = 0) or those in
    -- the trash (1). Kept by the summary_* triggers; the catalogue's facets read them.
    facet    TEXT NOT NULL,   -- 'kind', 'status', 'year', 'partner' or 'subject'
    trashed  INTEGER NOT NULL,
    value    NOT NULL,        -- the kind, status, year (4 digits), party_key or subject id
    n        INTEGER NOT NULL,
    PRIMARY KEY (facet, trashed, value)
) WITHOUT ROWID;

CREATE TABLE summary_partners (
    -- For each ordered pair of parties and each kind: how many live records both are
    -- parties to, the earliest and the latest date among them (partnerships, matrix).
    party    NOT NULL,
    partner  NOT NULL,
    kind     NOT NULL,
    n        INTEGER NOT NULL,
    first    TEXT,
    latest   TEXT,
    PRIMARY KEY (party, partner, kind)
) WITHOUT ROWID;

CREATE TABLE summary_partner_subjects (
    -- The same per subject (a subjects.id): the partner × subject matrix.
    party       NOT NULL,
    partner     NOT NULL,
    subject_id  NOT NULL,
    n           INTEGER NOT NULL,
    latest      TEXT,
    PRIMARY KEY (party, partner, subject_id)
) WITHOUT ROWID;

CREATE TABLE summary_cube (
    -- Live records per cell (kind, status, year) and facet value: of all records (party
    -- ''), and of those each party is party to ('record' rows count the records
    -- themselves). Facets narrowed by one partner, kinds, statuses or years are sums over
    -- a party's rows of the cells asked for.
    party   NOT NULL,       -- '' for every record, else a party_key
    facet   TEXT NOT NULL,  -- 'record' (value ''), 'partner' (a party_key), 'subject' (an id)
    value   NOT NULL,
    kind    NOT NULL,
    status  NOT NULL,
    year    NOT NULL,       -- the first 4 characters of signed_on, '' when undated
    n       INTEGER NOT NULL,
    PRIMARY KEY (party, facet, kind, status, year, value)
) WITHOUT ROWID;

CREATE TABLE summary_deferred (
    -- Set only inside a bulk import's transaction: records with ids above 'above' are
    -- counted by the import itself, in one pass, before it commits (empty otherwise).
    above  INTEGER NOT NULL
)
"""

_FILL = ";\n\n".join(f"INSERT INTO {table} SELECT * FROM ({sql})" for table, sql in RECOUNT.items())

_M005 = ";\n\n".join(
    (
        _TABLES,
        _FILL,
        _record_triggers(),
        _child_triggers("parties", "partner", "party_key"),
        _child_triggers("agreement_subjects", "subject", "subject_id"),
    )
)
