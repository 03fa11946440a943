"""Migration m009_commitment_stages: commitments through their stages, and the briefings made.

Imported by ``db.store.schema`` at its end (see ``db.store.migrations``) and registered in
``db.store.migration_registry``; its SQL is frozen
here like every shipped migration's.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration


@migration("m009_commitment_stages")
def m009_commitment_stages(db: Database) -> None:
    """Commitments through their stages (the current one kept beside the steps, so the
    deadlines list reads one indexed column) and, for percent-of-GDP ones, the money they
    mean (JSON: amount, unit, the GDP figure's year and source; '' when none); and the
    briefings Pactum made, so the next briefing of a partnership can say what changed."""
    for statement in _M009.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


_M009 = """
ALTER TABLE commitments ADD COLUMN stage TEXT NOT NULL DEFAULT 'pledged'
    CHECK (stage IN ('pledged', 'allocated', 'delivered_in_part', 'delivered', 'cancelled'));

ALTER TABLE commitments ADD COLUMN stages TEXT NOT NULL DEFAULT '[]';

ALTER TABLE commitments ADD COLUMN gdp TEXT NOT NULL DEFAULT '';

CREATE INDEX commitments_until ON commitments (until, stage) WHERE until IS NOT NULL;

CREATE TABLE briefings (
    -- Each briefing made: for whom, when, how, and a digest of every record it covered
    -- (uuid -> version), so the next one can list what was added or changed since.
    id          INTEGER PRIMARY KEY,
    partners    TEXT NOT NULL,              -- JSON list of partner keys, sorted
    made_at     TEXT NOT NULL,              -- UTC, ISO 8601
    made_by     TEXT NOT NULL DEFAULT '',
    options     TEXT NOT NULL DEFAULT '{}', -- JSON: language, scope, format
    digest      TEXT NOT NULL DEFAULT '{}'  -- JSON: {uuid: [version, stages by commitment]}
);

CREATE INDEX briefings_partners ON briefings (partners, made_at)
"""
