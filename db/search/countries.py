"""Country names as search finds them: code, English name, Ukrainian name in any case form.

A record stores ``LT``; analysts type "Lithuania", "Литвою" or "литовська". The index
already holds every form of every party's names (see :func:`party_text`); this module
answers the reverse question for queries and ``partner:`` chips: which country does a
word (or an adjective made from a country's name) mean?
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry

from db.search.normalise import _morph, forms, lemmas, words
from db.store.countries import country_name, is_country

_UK_ADJECTIVE_ENDINGS = ("ський", "цький", "зький")
_EN_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "an", "ic", "i")
_PARENTHESES = re.compile(r"\(.*?\)")
_VOWELS = "аеєиіїоуюяьйaeiouy"


def names(code: str) -> list[str]:
    """Every name Pactum knows for the country: English (short, official) and Ukrainian."""
    country = pycountry.countries.get(alpha_2=code)
    found = [country_name(code, "en"), country_name(code, "uk")]
    if country is not None:
        found.append(country.name)
    return list(dict.fromkeys(n for n in found if n))


@lru_cache(maxsize=1024)
def party_text(key: str) -> str:
    """What the index holds for a party: its key and, for a state, all its names."""
    return " ".join([key, *names(key)]) if is_country(key) else key


@cache
def _name_forms() -> dict[str, list[list[frozenset[str]]]]:
    """For each country, each of its names as a list of per-word form sets."""
    table: dict[str, list[list[frozenset[str]]]] = {}
    for country in pycountry.countries:
        table[country.alpha_2] = [
            [frozenset(forms(w)) for w in words(name)] for name in names(country.alpha_2)
        ]
    return table


@lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """The ISO code ``text`` names: a code in any case, or a name in either language in
    any case form ("Литвою", "lithuania", "Велику Британію"); None when it names none."""
    stripped = text.strip()
    if len(stripped) == 2 and is_country(stripped):
        return stripped.upper()
    query = [frozenset(forms(w)) for w in words(stripped)]
    if not query:
        return None
    for code, country_names in _name_forms().items():
        for name in country_names:
            if len(name) == len(query) and all(q & n for q, n in zip(query, name, strict=True)):
                return code
    return None


def _stem(word: str) -> str:
    return word.rstrip(_VOWELS)


@cache
def _noun_stems() -> dict[str, list[str]]:
    """Per country, the stems of the nouns of its names (Литва → литв, Sweden → sweden).

    Ukrainian names keep the words pymorphy3 reads as nouns first, English names their
    last word, so "Велика Британія" and "American Samoa" lend no adjective of their own.
    """
    stems: dict[str, list[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        uk, en = (_PARENTHESES.sub("", country_name(code, lang)) for lang in ("uk", "en"))
        nouns = [w for w in words(uk) if "NOUN" in _morph().parse(w)[0].tag]
        nouns += words(en)[-1:]
        stems[code] = [s for s in map(_stem, nouns) if len(s) >= 3]
    return stems


def _adjective_stem(word: str) -> str:
    for lemma in lemmas(word):
        for ending in _UK_ADJECTIVE_ENDINGS:
            if lemma.endswith(ending):
                return lemma[: -len(ending)]
    if word.isascii():
        for ending in _EN_ADJECTIVE_ENDINGS:
            if word.endswith(ending):
                return word[: -len(ending)]
    return ""


def _score(adjective: str, noun: str) -> tuple[float, float]:
    """How surely ``adjective``'s stem comes from ``noun``'s, then how alike they are."""
    from rapidfuzz.distance import Indel  # on first use: a command may never need it

    similarity = Indel.normalized_similarity(adjective, noun) * 100
    if noun.startswith(adjective) or adjective.startswith(noun):
        return 100.0, similarity
    common = 0
    for a, b in zip(adjective, noun, strict=False):
        if a != b:
            break
        common += 1
    if common < 3:
        return 0.0, 0.0
    return (90.0 if common >= len(adjective) - 1 else similarity), similarity


@lru_cache(maxsize=4096)
def countries_of_adjective(word: str) -> tuple[str, ...]:
    """The countries an adjective is made from: "литовська" → LT, "Swedish" → SE.

    Ukrainian adjectives are recognised by their lemma's ending (-ський, -цький, -зький),
    English ones by common suffixes; the stem is then matched against the stems of the
    nouns in country names, best score only (so "австрійський" is Austria, not Australia).
    """
    stem = _adjective_stem(word.casefold())
    if len(stem) < 3:
        return ()
    scored = [
        (max((_score(stem, noun) for noun in stems), default=(0.0, 0.0)), code)
        for code, stems in _noun_stems().items()
    ]
    best = max(score for score, _ in scored)
    if best[0] < 85:
        return ()
    return tuple(sorted(code for score, code in scored if score == best))
