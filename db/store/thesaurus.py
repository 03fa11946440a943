"""The subject thesaurus: concepts with Ukrainian and English names, shipped as data.

``resources/thesaurus/subjects.json`` is SKOS-shaped (prefLabel, altLabel, broader) as
EuroVoc is. A catalogue stores a subject as a concept id; a subject that names no concept
is a *local* concept whose id is the label the analyst typed, shown as typed in both
languages until it is mapped to a concept. Every label, in either language and any case,
names its concept, so "БпЛА", "UAV" and "drones" are one subject.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from resources import resource_path

type Language = Literal["uk", "en"]
LANGUAGES: tuple[Language, ...] = ("uk", "en")
FORMAT = "pactum-thesaurus"

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def label_key(label: str) -> str:
    """What two spellings of one label share: case, spacing and apostrophes aside."""
    return _SPACES.sub(" ", label.translate(_APOSTROPHES)).strip().casefold()


class ThesaurusError(ValueError):
    """The thesaurus file breaks its own rules (a packaging or editing mistake)."""


@dataclass(frozen=True)
class Concept:
    """One subject: its stable id, its preferred and alternative labels, its broader ones."""

    id: str
    pref_uk: str
    pref_en: str
    alt_uk: tuple[str, ...] = ()
    alt_en: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    local: bool = False

    def label(self, language: str) -> str:
        """The preferred label in ``language`` ('uk' or 'en'; English otherwise)."""
        return self.pref_uk if language == "uk" else self.pref_en

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label, preferred first: Ukrainian, then English."""
        return (self.pref_uk, *self.alt_uk, self.pref_en, *self.alt_en)


@dataclass(frozen=True)
class Thesaurus:
    """The concepts of one version of the shipped file, looked up by id or by any label."""

    version: int
    concepts: dict[str, Concept]
    _by_label: dict[str, str]
    _narrower: dict[str, tuple[str, ...]]

    def concept(self, subject: str) -> Concept:
        """The concept a stored subject names; a local concept when it is none of ours."""
        found = self.concepts.get(subject)
        if found is not None:
            return found
        return Concept(id=subject, pref_uk=subject, pref_en=subject, local=True)

    def lookup(self, label: str) -> Concept | None:
        """The concept any of whose labels (or its id) is ``label``, else None."""
        concept_id = self._by_label.get(label_key(label))
        return None if concept_id is None else self.concepts[concept_id]

    def canonical(self, subject: str) -> str:
        """The id to store for what someone typed: the concept it names, or itself (local)."""
        found = self.lookup(subject)
        return found.id if found is not None else subject.strip()

    def label(self, subject: str, language: str) -> str:
        """A stored subject as a reader of ``language`` sees it."""
        return self.concept(subject).label(language)

    def with_narrower(self, concept_id: str) -> tuple[str, ...]:
        """The concept and every concept under it (long-range drones under drones)."""
        seen = [concept_id]
        for child in self._narrower.get(concept_id, ()):
            seen += [c for c in self.with_narrower(child) if c not in seen]
        return tuple(seen)

    def completions(self) -> Iterator[tuple[str, str]]:
        """(label, concept id) for every label: what a completer offers."""
        for concept in self.concepts.values():
            for text in concept.labels:
                yield text, concept.id


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ThesaurusError(f"{where}: must be a list of non-empty texts")
    return tuple(value)


def _concept(item: Any) -> Concept:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        raise ThesaurusError(f"a concept without an id: {item!r}")
    cid = item["id"]
    pref, alt = item.get("prefLabel"), item.get("altLabel", {})
    if not isinstance(pref, dict) or not isinstance(alt, dict):
        raise ThesaurusError(f"{cid}: prefLabel and altLabel must be objects")
    for language in LANGUAGES:
        if not isinstance(pref.get(language), str) or not pref[language].strip():
            raise ThesaurusError(f"{cid}: no {language} prefLabel")
    return Concept(
        id=cid,
        pref_uk=pref["uk"],
        pref_en=pref["en"],
        alt_uk=_strings(alt.get("uk", []), f"{cid} altLabel uk"),
        alt_en=_strings(alt.get("en", []), f"{cid} altLabel en"),
        broader=_strings(item.get("broader", []), f"{cid} broader"),
    )


def parse(data: Any) -> Thesaurus:
    """Check and read a thesaurus document; ThesaurusError names the first rule it breaks."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ThesaurusError(f'not a thesaurus (no "format": "{FORMAT}")')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ThesaurusError("version must be a whole number from 1")
    items = data.get("concepts")
    if not isinstance(items, list):
        raise ThesaurusError("concepts must be a list")
    concepts: dict[str, Concept] = {}
    by_label: dict[str, str] = {}
    for concept in map(_concept, items):
        if concept.id in concepts:
            raise ThesaurusError(f"{concept.id}: two concepts have this id")
        concepts[concept.id] = concept
        for text in (concept.id, *concept.labels):
            owner = by_label.setdefault(label_key(text), concept.id)
            if owner != concept.id:
                raise ThesaurusError(f"{text!r} is a label of both {owner} and {concept.id}")
    narrower: dict[str, list[str]] = {}
    for concept in concepts.values():
        for parent in concept.broader:
            if parent not in concepts:
                raise ThesaurusError(f"{concept.id}: broader {parent!r} is no concept")
            narrower.setdefault(parent, []).append(concept.id)
    thesaurus = Thesaurus(version, concepts, by_label, {k: tuple(v) for k, v in narrower.items()})
    for concept in concepts.values():
        if concept.id in _ancestors(thesaurus, concept.broader):
            raise ThesaurusError(f"{concept.id}: is broader than itself")
    return thesaurus


def _ancestors(thesaurus: Thesaurus, parents: Iterable[str], depth: int = 0) -> set[str]:
    if depth > len(thesaurus.concepts):
        return set(thesaurus.concepts)  # a cycle: everything is its own ancestor
    found = set(parents)
    for parent in list(found):
        found |= _ancestors(thesaurus, thesaurus.concepts[parent].broader, depth + 1)
    return found


def load(path: Path) -> Thesaurus:
    """Read and check the thesaurus file at ``path``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ThesaurusError(f"{path.name}: {error}") from error
    return parse(data)


@cache
def thesaurus() -> Thesaurus:
    """The shipped thesaurus (read once per process)."""
    return load(resource_path("thesaurus", "subjects.json"))


def subject_key(subject: str) -> str:
    """What two subjects share when the store keeps them as one ("UAV", "дрони")."""
    return thesaurus().canonical(subject).casefold()


def subject_label(subject: str, language: str) -> str:
    """A stored subject (concept id) in the reader's language ('uk' or 'en')."""
    return thesaurus().label(subject, language)


def subject_json(subject: str) -> dict[str, Any]:
    """A stored subject as files and ``list --json`` carry it: the concept id, its
    Ukrainian and English labels, and whether it is a local concept (no thesaurus one)."""
    concept = thesaurus().concept(subject)
    return {"id": concept.id, "uk": concept.pref_uk, "en": concept.pref_en, "local": concept.local}


def concepts_known_as(concepts: Any) -> dict[str, str]:
    """Concept ids of the file (a newer thesaurus's, say) that ours does not know, each to
    our concept one of the file's labels for it names; an unnamed one stays local."""
    mapped: dict[str, str] = {}
    for item in concepts if isinstance(concepts, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        if item.get("local") is not False or item["id"] in thesaurus().concepts:
            continue
        labels = [item.get(language) for language in ("en", "uk")]
        found = [
            c for label in labels if isinstance(label, str) if (c := thesaurus().lookup(label))
        ]
        if found:
            mapped[item["id"]] = found[0].id
    return mapped
