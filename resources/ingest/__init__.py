"""Vocabularies the article reader ships with (kinds, subjects, parties)."""
