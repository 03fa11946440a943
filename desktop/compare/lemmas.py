"""Word keys for Ukrainian-aware diffs: forms of one lemma compare equal.

Deliberately tiny: a search normaliser (``db/search/normalise.py``) is being written
separately and may replace this. Only what a diff needs is here.
"""

from __future__ import annotations

import functools

import pymorphy3

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


@functools.lru_cache(maxsize=65536)
def normal_forms(word: str) -> frozenset[str]:
    """Every dictionary form the word may be (all of them: the first parse of a place name
    can be wrong, e.g. Києві → "кий" before "київ")."""
    folded = word.casefold().translate(_APOSTROPHES)
    if not any(ch.isalpha() for ch in folded):
        return frozenset((folded,))
    return frozenset(p.normal_form for p in _analyzer().parse(folded)) or frozenset((folded,))


def lemma_keys(words: list[str]) -> list[str]:
    """One key per word such that words sharing any normal form share the key.

    Keys are only meaningful within one call: pass the words of every text being compared
    together, so "Литва" in one and "Литвою" in the other get the same key.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    forms = [sorted(normal_forms(w)) for w in words]
    for group in forms:
        root = find(group[0])
        for other in group[1:]:
            parent[find(other)] = root
    return [find(group[0]) for group in forms]
