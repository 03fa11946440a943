"""Words and their forms: the one normalisation shared by the index, queries and snippets.

SQLite's ``unicode61`` tokenizer folds case but neither lemmatises Ukrainian nor stems
English, and a custom tokenizer would make the file unreadable to other SQLite clients. So
the text is normalised here, in Python, into plain words that ``unicode61`` indexes as
they are: every surface word, every dictionary form pymorphy3 knows for it (all of them:
the first guess is wrong for some place names), an English Snowball stem, and the national
2010 transliteration of anything Cyrillic so Latin queries find it. A query word is turned
into the same forms, so any inflection finds any other.

Everything here is pure and cached per word; other parts of Pactum (article ingest,
comparison) may reuse :func:`words`, :func:`lemmas` and :func:`normalise`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3
    import snowballstemmer

APOSTROPHES = "'’ʼ‘`´ʹ′"
"""Every character that writers use as the Ukrainian apostrophe (or the English one)."""

_TO_ASCII_APOSTROPHE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")


# The dictionaries and stemmers load on first use, not on import: a command that only
# reads records (``pactum show``) never normalises a word, and importing the three costs
# about 0.2 s (snowballstemmer imports every language it has).


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


@cache
def _english() -> snowballstemmer.stemmer:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@cache
def _translit() -> Callable[[str], str]:
    from translitua import translit

    return translit


def fold(text: str) -> str:
    """Lower case, NFC, every apostrophe variant as ASCII ``'``: how words are compared."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _APOSTROPHE.sub("'", text).lower()


def words(text: str) -> list[str]:
    """The words of ``text``, folded, apostrophes kept inside words (``об'єкт``)."""
    return _WORD.findall(fold(text))


def token(word: str) -> str:
    """A folded word as the index stores it: without apostrophes, which split FTS5 words."""
    return word.replace("'", "")


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded word)`` for each word of ``text``, lazily, for highlighting.

    Folding keeps string length for the scripts Pactum handles, so offsets into the folded
    text point into the original; where it does not (rare letters), each word is folded
    alone and one whose length changed is skipped rather than misplaced.
    """
    folded = fold(text)
    if len(folded) == len(text):
        return ((m.start(), m.end(), m.group()) for m in _WORD.finditer(folded))
    return (
        (m.start(), m.end(), word)
        for m in _WORD.finditer(text)
        if len(word := fold(m.group())) == m.end() - m.start()
    )


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> tuple[str, ...]:
    """Every dictionary form of a Ukrainian word (folded), or ``()`` for any other word.

    >>> lemmas("Литвою")
    ('литва',)
    """
    folded = fold(word)
    if not _CYRILLIC.search(folded):
        return ()
    return tuple(
        dict.fromkeys(p.normal_form.translate(_TO_ASCII_APOSTROPHE) for p in _morph().parse(folded))
    )


@lru_cache(maxsize=100_000)
def transliterate(word: str) -> str:
    """The national (2010) Latin spelling of a Cyrillic word, folded; ``""`` for others."""
    if not _CYRILLIC.search(word):
        return ""
    return token("".join(_WORD.findall(fold(_translit()(word)))))


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[str, ...]:
    """Every index form of one folded word: surface, lemmas, stem, transliterations.

    The surface form comes first; the rest are unique and never repeat it.
    """
    surface = token(word)
    found = dict.fromkeys([surface])
    for lemma in lemmas(word):
        found[token(lemma)] = None
    if _LATIN.search(surface):
        found[_english().stemWord(surface)] = None
    for cyrillic in list(found):
        latin = transliterate(cyrillic)
        if latin:
            found[latin] = None
    found.pop("", None)
    return tuple(found)


@lru_cache(maxsize=100_000)
def query_forms(word: str) -> tuple[str, ...]:
    """The fewest index forms that find every record holding any form of ``word``.

    Every indexed Cyrillic word carries all its lemmas (and their transliterations), and
    every Latin word its stem, so a query needs only those: fewer alternatives make bm25
    cheaper on large result sets. The Latin surface stays, as it may be a transliteration.
    """
    found = lemmas(word)
    if found:
        return tuple(
            dict.fromkeys(
                f for lemma in found for f in (token(lemma), transliterate(token(lemma))) if f
            )
        )
    every = forms(word)
    return every[:1] + tuple(f for f in every[1:] if f.isascii())


def normalise(text: str) -> str:
    """The index text for ``text``: its words in order, then every other form once.

    Keeping the surface words in order lets quoted phrases match; listing each extra form
    once (not per occurrence) keeps the index small on long texts.
    """
    pieces = list(map(_piece, text.split()))
    surface = list(chain.from_iterable(map(itemgetter(0), pieces)))
    seen = set(surface)
    extra = dict.fromkeys(chain.from_iterable(map(itemgetter(1), pieces)))
    return " ".join(surface + [form for form in extra if form not in seen])


@lru_cache(maxsize=200_000)
def _piece(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Surface and other forms of the words of one whitespace-free piece ("Литвою,").

    Cached per piece so the bulk of a long text costs one dictionary lookup per word.
    """
    found = [forms(w) for w in words(raw)]
    return tuple(f[0] for f in found), tuple(x for f in found for x in f[1:])
