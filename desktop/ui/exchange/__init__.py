"""Tools › Exchange…: packages of changes between copies of a catalogue, and the conflict
review (``db.export_changes``, ``db.import_changes``, ``db.resolve_conflict``)."""
