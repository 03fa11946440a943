"""Migrations from m005 on, one module each, named by number so that importing them in
name order (``db.store.schema`` does, at its end) registers them in number order. Each
holds its SQL frozen, like m001-m004 in ``schema``."""
