"""Ukrainian morphology through pymorphy3: lemmas of any word form, and names in the nominative.

Ukrainian inflects everything a reader needs (Литвою, Литві and Литви are one country), so
every matcher in this package compares lemmas, never surface forms. Analyses are cached per
word: news texts repeat a small vocabulary, which keeps a 20,000-word article fast.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

import pymorphy3

from resources import resource_path

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    # No г→ґ substitution: it slows every lookup of a word with "г" and news spell ґ as is.
    return pymorphy3.MorphAnalyzer(lang="uk", char_substitutes={})


def parseable(word: str) -> bool:
    """False for words pymorphy3 cannot look at: it names every character with unicodedata,
    which fails for characters without a name (Tangut, private use, unassigned)."""
    return all(unicodedata.name(ch, None) is not None for ch in word)


@dataclass(frozen=True)
class Reading:
    """One analysis of a word: its lemma, part of speech, grammemes and where it came from."""

    lemma: str
    pos: str
    grammemes: frozenset[str]
    known: bool

    @cached_property  # readings are cached per word and asked for their case again and again
    def case(self) -> str | None:
        found = next((c for c in CASES if c in self.grammemes), None)
        if found is None and self.pos == "NOUN" and "Fixd" not in self.grammemes:
            return "nomn"  # the dictionary tags some nominatives ("секретар") without a case
        return found

    @property
    def gender(self) -> str | None:
        return next((g for g in ("masc", "femn", "neut") if g in self.grammemes), None)


def _reading(parse: pymorphy3.analyzer.Parse, known: bool) -> Reading:
    return Reading(parse.normal_form, parse.tag.POS or "", frozenset(parse.tag.grammemes), known)


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """Every dictionary (or, failing that, predicted) analysis of ``word``."""
    word = standard(word.lower().translate(APOSTROPHES))
    if not parseable(word):
        return ()
    out = _parse(word)
    if "ґ" in word and not any(r.known for r in out):
        out += _parse(word.replace("ґ", "г"))  # "Ґданськ", "леґальний"
    return tuple(out)


def _parse(word: str) -> list[Reading]:
    out = []
    for parse in analyzer().parse(word):
        method = parse.methods_stack[0][0].__class__.__name__
        out.append(_reading(parse, method == "DictionaryAnalyzer"))
    return out


@cache
def _spellings() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    with open(resource_path("ingest", "spelling.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    prefixes = sorted(data["prefixes"].items(), key=lambda kv: -len(kv[0]))
    return data["words"], tuple(prefixes)


def standard(word: str) -> str:
    """A lower-case word in today's standard spelling ("европейський" → "європейський",
    "міністер" → "міністр"): diaspora and older texts read like any other."""
    words, prefixes = _spellings()
    if word in words:
        return words[word]
    for old, new in prefixes:
        if word.startswith(old):
            return new + word[len(old) :]
    return word


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """All normal forms of ``word`` (the first parse is often wrong for place names)."""
    return frozenset(r.lemma for r in readings(word))


@cache
def _suffix_predictor() -> Any:  # a pymorphy3 analyzer (untyped)
    for unit in analyzer()._units:
        if type(unit.analyzer).__name__ == "KnownSuffixAnalyzer":
            return unit.analyzer
    raise LookupError("pymorphy3 has no suffix predictor")


@lru_cache(maxsize=20_000)
def predicted(word: str) -> tuple[Reading, ...]:
    """What the suffix predictor makes of ``word``, even when the dictionary knows it.

    The dictionary sometimes holds a wrong entry for a rare surname ("Сибігою" as a form of
    "сибігой"); the predictor reads it by analogy with common paradigms instead.
    """
    word = word.lower().translate(APOSTROPHES)
    if not parseable(word):
        return ()
    found = _suffix_predictor().parse(word, word, set())
    parser = analyzer()
    return tuple(
        Reading(normal, parser.TagClass(str(tag)).POS or "", frozenset(tag.grammemes), False)
        for _word, tag, normal, *_rest in found
    )


def inflect_word(word: str, grammemes: set[str]) -> str:
    """``word`` put into ``grammemes`` (e.g. ``{"nomn"}``), keeping its number and capitals."""
    return _inflected(word, frozenset(grammemes))


@lru_cache(maxsize=50_000)
def _inflected(word: str, grammemes: frozenset[str]) -> str:
    if not parseable(word):
        return word
    parses = analyzer().parse(word.lower().translate(APOSTROPHES))
    for parse in sorted(parses, key=lambda p: p.tag.POS not in ("NOUN", "ADJF")):
        singular = "sing" in grammemes or "plur" not in parse.tag
        if grammemes <= {"nomn", "sing"} and parse.tag.POS == "NOUN" and singular:
            # The dictionary tags some nominatives without a case: the lemma is that form.
            return match_case(parse.normal_form, word)
        want = set(grammemes)
        if "plur" not in parse.tag.grammemes and "plur" not in want:
            want.add("sing")
        changed = parse.inflect(want) or parse.inflect(set(grammemes))
        if changed is not None:
            return match_case(changed.word, word)
    return word


def match_case(new: str, model: str) -> str:
    """Give ``new`` the capitalisation of ``model`` (all caps, initial capital or lower)."""
    if model.isupper() and len(model) > 1:
        return new.upper()
    if model[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def capitalised(word: str) -> str:
    """Capitalise a lemma part by part ("ан-марі" → "Ан-Марі")."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _best(candidates: list[Reading], case: str, gender: str | None, flag: str) -> str | None:
    fitting = [r for r in candidates if r.pos == "NOUN" and case in r.grammemes]
    if not fitting:
        return None
    for want in (
        lambda r: flag in r.grammemes and r.gender == gender,
        lambda r: flag in r.grammemes,
        lambda r: r.gender == gender,
        lambda r: True,
    ):
        chosen = [r for r in fitting if want(r)]
        if chosen:
            return chosen[0].lemma
    return None


def name_case(
    words: list[str], hint_case: str | None, hint_gender: str | None
) -> tuple[str | None, str | None]:
    """The case and gender a name is in: from its first name's analysis, else from ``hint``.

    ``hint`` is the role noun the name stands beside ("міністром ... Девідом Макгінті"):
    a name in apposition takes the role's case and usually its gender.
    """
    for reading in readings(words[0]):
        fits = hint_case is None or reading.case == hint_case
        if reading.known and "Name" in reading.grammemes and reading.case and fits:
            return reading.case, reading.gender
    return hint_case, hint_gender


def nominative_name(words: list[str], case: str | None, gender: str | None) -> str:
    """A person's name (first name, surname) in the nominative.

    Each word is put back into the nominative through an analysis in the name's case and
    gender: the dictionary first, then the suffix predictor for unknown foreign surnames.
    A word with no analysis in that case is indeclinable ("Макгінті", "Шакалєне") and stays
    as written.
    """
    if case is None or case == "nomn":
        return " ".join(words)
    out = []
    for n, word in enumerate(words):
        flag = "Name" if n == 0 else "Surn"
        lemma = _best(list(readings(word)), case, gender, flag)
        if lemma is None or (n > 0 and not any(r.known for r in readings(word))):
            lemma = _best(list(predicted(word)), case, gender, flag) or lemma
        if lemma is None:
            out.append(word)
        else:
            out.append(match_case(capitalised(lemma), word) if not word.isupper() else word)
    return " ".join(out)
