"""Country codes and names in English and Ukrainian, from pycountry's ISO 3166-1 data.

pycountry ships the Ukrainian names as a gettext catalogue; loading it once and keeping
the lookups in dictionaries makes name resolution free on every later call.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

LANGUAGES = ("en", "uk")


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


@cache
def _names(lang: str) -> dict[str, str]:
    tr = _translation(lang)
    names = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        # Translators key their work on the official ``name``; prefer a translated common
        # name when one exists, so "Moldova" is not shown as "Republic of Moldova".
        translated = tr.gettext(english)
        if translated == english and lang != "en":
            translated = tr.gettext(country.name)
        names[country.alpha_2] = translated
    return names


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (any case)."""
    return code.upper() in _names("en")


def country_name(code: str, lang: str = "en") -> str:
    """The country's short name in ``lang`` (``en`` or ``uk``); the code itself if unknown."""
    return _names(lang if lang in LANGUAGES else "en").get(code.upper(), code)


def countries(lang: str = "en") -> list[tuple[str, str]]:
    """Every country as ``(code, name)``, sorted by name in ``lang``."""
    return sorted(_names(lang).items(), key=lambda item: item[1].casefold())


def party_label(key: str, lang: str = "en") -> str:
    """How to show a party key: a country's name, or an organisation's name as stored."""
    return country_name(key, lang) if len(key) == 2 and is_country(key) else key
