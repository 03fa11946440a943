"""Subjects: the shipped vocabulary of topics, grown by the catalogue's own subjects.

A subject is stored in one canonical wording (the demo catalogue uses English: "joint
production"), and the vocabulary maps Ukrainian and English phrases onto it, so "спільних
виробництв" and "co-production" both propose "joint production". Subjects an analyst has
already used in the catalogue are matched as written, so the vocabulary grows with use.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.ingest.lexicon import PhraseIndex, load
from desktop.ingest.text import Sentence, language


class Subjects:
    """Finds subjects in sentences of either language."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._indexes = {lang: PhraseIndex(lang, gap=2) for lang in ("uk", "en")}
        known: set[str] = set()
        for canonical, phrases in load("subjects.json")["subjects"].items():
            known.add(canonical.casefold())
            for lang, index in self._indexes.items():
                for phrase in phrases.get(lang, ()):
                    index.add(phrase, canonical)
            self._indexes["en"].add(canonical, canonical)
        for subject in extra:
            if subject.strip() and subject.casefold() not in known:
                known.add(subject.casefold())
                self._indexes[language(subject)].add(subject, subject)

    def find(self, sentence: Sentence, names: Iterable[tuple[int, int]] = ()) -> list[str]:
        """The subjects the sentence speaks of, in order of appearance, each once.

        ``names`` are token spans of roles and organisations: "міністр цифрової
        трансформації" names a person's office, not a subject of the document.
        """
        named = {i for start, end in names for i in range(start, end)}
        seen: list[str] = []
        index = self._indexes[sentence.lang]
        for match in sentence.remember(f"subjects-{id(index)}", lambda: index.find(sentence)):
            if not named.isdisjoint(range(match.start, match.end)):
                continue
            if match.value not in seen:
                seen.append(match.value)
        return seen
