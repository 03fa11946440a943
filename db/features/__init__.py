"""What the app does with records beyond saving them, one file per feature: merge,
versions, the partnership matrix, duplicates, interchange (import and export). Each takes an
open Catalog first; Catalog offers the main ones as methods (db/catalog.py)."""
