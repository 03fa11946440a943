"""Search through the subject thesaurus: a word that names a concept finds its synonyms.

"дрони", "БпЛА" and "drones" name one concept, so each also finds the records tagged with
it (or with a narrower one: "дрони" finds long-range drones) and the records whose text
uses any of its labels, in either language and any word form. Only unquoted words expand:
``"дрони"`` searches the word alone. The engine ranks records that match the words as
typed first (:func:`literal_first`), so expansion widens a search without reordering
what it found before. Nothing here touches the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from db.search.normalise import lemmas, query_forms, token, words
from db.search.query import Parse
from db.store.thesaurus import Concept, thesaurus

MAX_LABEL_WORDS = 5
"""Longest label matched against the typed words (the thesaurus has none longer)."""


@dataclass(frozen=True)
class Expanded:
    """Typed words (terms ``first``..``last`` of the query, counted over its groups) that
    name ``concept``: a window shows the chip as "дрони → drones, БпЛА, …"."""

    first: int
    last: int
    typed: str
    concept: Concept
    chip: int = -1
    """Index in ``Parse.chips`` of the chip of the first typed word."""

    def others(self, language: str) -> tuple[str, ...]:
        """The concept's labels other than the typed one, the reader's language first."""
        c = self.concept
        ordered = (
            (c.pref_uk, *c.alt_uk, c.pref_en, *c.alt_en)
            if language == "uk"
            else (c.pref_en, *c.alt_en, c.pref_uk, *c.alt_uk)
        )
        typed = _keys(words(self.typed))
        return tuple(dict.fromkeys(label for label in ordered if _keys(words(label)) != typed))


def _word_key(word: str) -> frozenset[str]:
    """What forms of one word share: its Ukrainian lemmas, or its English index forms."""
    found = lemmas(word)
    return frozenset(found) if found else frozenset(query_forms(word))


def _keys(found: Sequence[str]) -> tuple[frozenset[str], ...]:
    return tuple(_word_key(w) for w in found)


_RAW_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")


def _label_words(label: str) -> list[tuple[str, bool]]:
    """A label's folded words, each marked when it is an abbreviation (ППО, БпЛА, UAS):
    those match as written, never stemmed ("UAS" must not find "UA")."""
    return [
        (folded, sum(c.isupper() for c in raw) >= 2)
        for raw in _RAW_WORD.findall(label)
        for folded in words(raw)
    ]


def _forms(word: str, abbreviation: bool) -> tuple[str, ...]:
    return (token(word),) if abbreviation else query_forms(word)


def _label_keys(label: str) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(_forms(w, True)) if abbr else _word_key(w) for w, abbr in _label_words(label)
    )


_LATIN = re.compile(r"[a-z]")


def _stemmed(label: str) -> bool:
    """Whether a label's keys need the English stemmer: it has a Latin word that is no
    abbreviation (abbreviations match as written) and no Ukrainian word (those key on
    their lemmas), so every key of that word is Latin."""
    return any(_LATIN.search(w) and not abbr and not lemmas(w) for w, abbr in _label_words(label))


@cache
def _labels(stemmed: bool) -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """Label word keys by one form of their first word → (keys, concept id): of the
    labels that need the English stemmer (``stemmed``), or of the others. Split so that
    a query of Ukrainian words, which no stemmed label can match, does not stem every
    English label first (a command's first search)."""
    by_first: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for concept in thesaurus().concepts.values():
        for label in (concept.id, *concept.labels):
            if _stemmed(label) != stemmed:
                continue
            keys = _label_keys(label)
            if keys and len(keys) <= MAX_LABEL_WORDS:
                for form in keys[0]:
                    entry = (keys, concept.id)
                    if entry not in by_first.setdefault(form, []):
                        by_first[form].append(entry)
    return by_first


def _candidates(
    form: str, typed: Sequence[tuple[frozenset[str], ...]]
) -> list[tuple[tuple[frozenset[str], ...], str]]:
    """The labels whose first word has ``form``; the stemmed ones only when a typed key
    has a Latin form (every key of a stemmed label's Latin word is Latin)."""
    found = _labels(False).get(form, [])
    latin = any(_LATIN.search(f) for keys in typed for key in keys for f in key)
    return found + _labels(True).get(form, []) if latin else found


def _concept_at(typed: Sequence[tuple[frozenset[str], ...]], start: int) -> tuple[int, str] | None:
    """The longest label starting at term ``start`` (how many terms, concept id)."""
    first = typed[start]
    if not first:
        return None
    best: tuple[int, int, str] | None = None  # (words, terms, concept id)
    for form in first[0]:
        for keys, concept_id in _candidates(form, typed):
            if best is not None and len(keys) <= best[0]:
                continue
            flat: list[frozenset[str]] = []
            terms = 0
            while len(flat) < len(keys) and start + terms < len(typed) and typed[start + terms]:
                flat += typed[start + terms]
                terms += 1
            if len(flat) == len(keys) and all(a & b for a, b in zip(flat, keys, strict=True)):
                best = (len(keys), terms, concept_id)
    return None if best is None else best[1:]


def expansions(parsed: Parse) -> tuple[Expanded, ...]:
    """The runs of unquoted words, each a group of its own, that name a concept."""
    terms = [group[0] if len(group) == 1 else None for group in parsed.groups]
    chips = iter([n for n, c in enumerate(parsed.chips) if c.kind in ("word", "phrase")])
    quoted = []
    first_chip = []
    for group in parsed.groups:
        group_chips = [next(chips, None) for _ in group]
        first_chip.append(group_chips[0] if group_chips[0] is not None else -1)
        quoted.append(any(n is None or parsed.chips[n].text.startswith('"') for n in group_chips))
    keys = [
        _keys(t.words) if t is not None and not q else ()
        for t, q in zip(terms, quoted, strict=True)
    ]
    found: list[Expanded] = []
    start = 0
    while start < len(keys):
        match = _concept_at(keys, start) if keys[start] else None
        if match is None:
            start += 1
            continue
        count, concept_id = match
        run = [t for t in terms[start : start + count] if t is not None]
        typed = " ".join(t.original for t in run)
        concept = thesaurus().concepts[concept_id]
        found.append(Expanded(start, start + count - 1, typed, concept, first_chip[start]))
        start += count
    return tuple(found)


def _quote(form: str) -> str:
    return '"' + form.replace('"', "") + '"'


def _label_match(label: str, wanted: set[str]) -> str:
    """A label in any word form: each of its words, in any form, anywhere in the record."""
    parts = []
    for word, abbreviation in _label_words(label):
        found = _forms(word, abbreviation)
        wanted.update(found)
        parts.append("(" + " OR ".join(map(_quote, found)) + ")")
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def concept_match(concept: Concept, wanted: set[str]) -> str:
    """A MATCH expression for records tagged with the concept (or a narrower one) or
    using any of its labels; ``wanted`` collects the forms to highlight."""
    tagged = [
        _quote(" ".join(token(w) for w in words(cid)))
        for cid in thesaurus().with_narrower(concept.id)
    ]
    labels = dict.fromkeys(_label_match(label, wanted) for label in concept.labels)
    return "(" + " OR ".join([f"({{subjects}} : ({' OR '.join(tagged)}))", *labels]) + ")"


def widen(clauses: list[str], parsed: Parse, wanted: set[str]) -> list[str]:
    """The query's group clauses with each run naming a concept OR-ed with the concept."""
    found = expansions(parsed)
    if not found:
        return clauses
    widened: list[str] = []
    runs = {e.first: e for e in found}
    n = 0
    while n < len(clauses):
        e = runs.get(n)
        if e is None:
            widened.append(clauses[n])
            n += 1
            continue
        typed = " AND ".join(c for c in clauses[e.first : e.last + 1] if c)
        widened.append(f"(({typed}) OR {concept_match(e.concept, wanted)})")
        n = e.last + 1
    return widened


class _Words(Protocol):
    wanted: set[str]

    def in_column(self, column: str, text: str) -> str: ...


def subject_clause(subject: str, words: _Words, expand: bool = True) -> str:
    """``subject:дрони``: records tagged with the concept (or narrower) or using its labels;
    the words in the subjects column when it names no concept (or ``expand`` is off)."""
    concept = thesaurus().lookup(subject) if expand else None
    if concept is None:
        return words.in_column("subjects", subject)
    return concept_match(concept, words.wanted)


def literal_first[E](
    run: Callable[..., tuple[list[tuple[int, float]], E]],
    parsed: Parse,
    limit: int | None,
    expand: bool,
    ranked: bool,
) -> tuple[list[tuple[int, float]], E]:
    """The hits of ``run(limit, expand=...)``; ``ranked``, with the records matching the
    words as typed first, then those only the concepts' labels and tags find. The widened
    search runs only when the literal one does not fill ``limit``, so a common word costs
    no more than before (the search benchmark prints both)."""
    if not (expand and ranked and expansions(parsed)):
        return run(limit, expand=expand)
    literal, expression = run(limit, expand=False)
    if limit is not None and len(literal) >= limit:
        return literal, expression
    more = None if limit is None else limit + len(literal)
    wider, expression = run(more, expand=True)
    seen = {agreement_id for agreement_id, _ in literal}
    return (literal + [hit for hit in wider if hit[0] not in seen])[:limit], expression
