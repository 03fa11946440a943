"""Migration m006_subject_concepts: subjects as thesaurus concepts; titles and summaries
in the other language.

Imported by ``db.store.schema`` at its end (see ``db.store.migrations``) and registered in
``db.store.migration_registry``; its SQL is frozen here like every shipped migration's.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration


@migration("m006_subject_concepts")
def m006_subject_concepts(db: Database) -> None:
    """Subjects become thesaurus concepts; a record may carry its title and summary in the
    other language. ``subjects.name`` now holds a concept id (a local concept's id is the
    label typed). The subjects are converted to concept ids on open, by
    db.store.concepts.map_subjects, because the thesaurus grows and the mapping follows
    it: this migration marks the catalogue as mapped by no thesaurus yet."""
    for statement in _M006.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


_M006 = """
ALTER TABLE agreements ADD COLUMN title_translation TEXT NOT NULL DEFAULT ''
    /* the title in the other language: English for a Ukrainian title, and back */;

ALTER TABLE agreements ADD COLUMN summary_translation TEXT NOT NULL DEFAULT ''
    /* the short summary in the other language */;

INSERT OR REPLACE INTO catalog_settings (key, value) VALUES ('thesaurus_version', '0')
"""
