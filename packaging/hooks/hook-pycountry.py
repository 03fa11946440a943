"""Pactum's hook for pycountry: every database, but only the Ukrainian translations.

The stock hook copies all ~100 locales (22 MB); Pactum shows names in English (the
databases themselves) and Ukrainian (``locales/uk``), so the rest would be dead weight.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

KEPT_LOCALES = {"uk"}


def _kept(target: str) -> bool:
    """Databases always; a translation only when its language is one Pactum shows."""
    parts = PurePath(target).parts  # e.g. ("pycountry", "locales", "uk", "LC_MESSAGES")
    if "locales" not in parts or parts[-1] == "locales":
        return True
    return parts[parts.index("locales") + 1] in KEPT_LOCALES


datas = copy_metadata("pycountry") + [
    (source, target) for source, target in collect_data_files("pycountry") if _kept(target)
]
