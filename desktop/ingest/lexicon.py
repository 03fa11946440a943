"""Phrase matching over word keys: lemmas for Ukrainian, light stems for English.

Every vocabulary (kinds, subjects, countries, organisations) is a list of phrases mapped
to a value. A phrase matches a run of tokens when each phrase word shares a key with the
token at its place, so "лист про наміри", "листа про наміри" and "листу про наміри" are one
phrase, and "letters of intent" is "letter of intent".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from desktop.ingest.morph import APOSTROPHES, lemmas
from desktop.ingest.text import Sentence, Token, wordset
from resources import resource_path

__all__ = ["Match", "PhraseIndex", "load", "sentence_keys", "stem", "word_keys", "wordset"]


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light English stem: enough to equate plural and singular, "produced" and "produce"."""
    w = word.lower().translate(APOSTROPHES)
    w = re.sub(r"'s?$", "", w)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("es") and w[-3] in "sxh":
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    return w.rstrip("e") if len(w) > 3 else w


@lru_cache(maxsize=200_000)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """The keys a word matches by: its lemmas (Ukrainian) or its stem (English)."""
    if lang == "uk" and not word.isascii():
        return lemmas(word) | {word.lower().translate(APOSTROPHES)}
    return frozenset({stem(word)})


def sentence_keys(sentence: Sentence) -> list[frozenset[str]]:
    """Keys of every token of ``sentence`` (computed once per sentence and reused)."""
    return sentence.remember(
        "keys", lambda: [word_keys(t.text, sentence.lang) for t in sentence.tokens]
    )


_PHRASE_WORD = re.compile(r"[^\W_]+(?:['’ʼ.-][^\W_]+)*\.?")


@dataclass(frozen=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) of a sentence name ``value``."""

    start: int
    end: int
    value: Any
    phrase: str


class PhraseIndex:
    """Phrases of one language, found in a sentence's token keys.

    ``gap`` lets other words stand between the words of a phrase ("фінансування для
    закупівлі"); a phrase added as ``capitalised`` matches only where its first word is
    written with a capital (country and organisation names: "turkey" the bird is no party).
    """

    def __init__(self, lang: str, gap: int = 0, capitalised: bool = False) -> None:
        self.lang = lang
        self.gap = gap
        self.capitalised = capitalised
        self._first: dict[str, list[tuple[tuple[frozenset[str], ...], Any, str, bool]]] = {}

    def add(self, phrase: str, value: Any, capitalised: bool | None = None) -> None:
        words = _PHRASE_WORD.findall(phrase)
        if not words:
            return
        keys = tuple(word_keys(w, self.lang) for w in words)
        entry = (keys, value, phrase, self.capitalised if capitalised is None else capitalised)
        for key in keys[0]:
            self._first.setdefault(key, []).append(entry)

    def find(self, sentence: Sentence) -> list[Match]:
        """Every match, longest first where two start at the same token; no nested ones."""
        keys = sentence_keys(sentence)
        tokens = sentence.tokens
        found: list[Match] = []
        first = self._first
        for i, token_keys in enumerate(keys):
            if not tokens[i].is_word:
                continue
            starting = [first[key] for key in token_keys if key in first]
            if not starting:
                continue  # most words start no phrase: nothing more to do for them
            upper = tokens[i].is_capitalised
            seen: set[int] = set()
            for entries in starting:
                for entry in entries:
                    if id(entry) in seen or (entry[3] and not upper):
                        continue
                    seen.add(id(entry))
                    end = self._match_rest(keys, tokens, i, entry[0])
                    if end is not None:
                        found.append(Match(i, end, entry[1], entry[2]))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Match] = []
        reach = -1  # the furthest end of a kept match: each starts no later than this one
        for match in found:
            if match.end <= reach:
                continue
            kept.append(match)
            reach = match.end
        return kept

    def find_word(self, word: str) -> list[Any]:
        """Values of the one-word phrases ``word`` is (a word inside a compound)."""
        if self.capitalised and not word[:1].isupper():
            return []
        keys = word_keys(word, self.lang)
        return [e[1] for k in keys for e in self._first.get(k, ()) if len(e[0]) == 1]

    def _match_rest(
        self,
        keys: list[frozenset[str]],
        tokens: list[Token],
        i: int,
        phrase: tuple[frozenset[str], ...],
    ) -> int | None:
        pos = i + 1
        for want in phrase[1:]:
            limit = min(len(keys), pos + 1 + self.gap)
            hit = None
            for j in range(pos, limit):
                if not tokens[j].is_word and tokens[j].text not in "-'":
                    break
                if keys[j] & want:
                    hit = j
                    break
            if hit is None:
                return None
            pos = hit + 1
        return pos


@cache
def load(name: str) -> dict[str, Any]:
    """A vocabulary shipped in ``resources/ingest/``."""
    with open(resource_path("ingest", name), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
