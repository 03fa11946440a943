"""Where a sentence names a party: countries in any case form, demonyms, capitals, organisations.

Country names come from pycountry (English and Ukrainian) plus the shipped aliases, so every
ISO country is known; Ukrainian names are matched by lemma, so "Литвою" is Lithuania. A
demonym counts only beside a word for an actor ("шведський колега", "Swedish counterpart"):
"українських компаній" names a topic, not a party.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry

from db.countries import country_name
from desktop.ingest.lexicon import Match, PhraseIndex, load, sentence_keys
from desktop.ingest.morph import readings
from desktop.ingest.text import Sentence, wordset

#: Lemmas (uk) and stems (en) of words for people and bodies that act for a state.
ACTOR_WORDS = {
    "uk": wordset(
        "колега міністр міністерка прем'єр-міністр прем'єр-міністерка прем'єр президент "
        "президентка уряд сторона делегація посол посолка віце-прем'єр-міністр міністерство "
        "відомство канцлер канцлерка партнер очільник очільниця голова керівник керівниця "
        "генсек секретар речник парламент"
    ),
    "en": wordset(
        "counterpart colleague minister prime president government side delegation "
        "ambassador ministry chancellor partner head chief secretary foreign defence defense "
        "parliament official leader"
    ),
}
#: Country names that are also common words and must not be read as countries.
_AMBIGUOUS = frozenset({"TG", "ML"})


@dataclass(frozen=True)
class Mention:
    """Tokens ``start``..``end`` name party ``key``; ``how`` says by what kind of word."""

    start: int
    end: int
    key: str
    how: str  # "country", "demonym", "capital", "city", "organisation"
    case: str | None = None
    phrase: str = ""


@cache
def _indexes(lang: str) -> dict[str, PhraseIndex]:
    data = load("parties.json")
    names = PhraseIndex(lang, capitalised=True)
    for country in pycountry.countries:
        code = country.alpha_2
        if code in _AMBIGUOUS:
            continue
        if lang == "en":
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and "(" not in value:
                    names.add(value, code)
        else:
            value = country_name(code, "uk")
            if "," not in value and "(" not in value and value != code:
                names.add(value, code)
    for phrase, code in data["aliases"][lang].items():
        names.add(phrase, code)
    demonyms = PhraseIndex(lang, capitalised=(lang == "en"))
    for phrase, code in data["demonyms"][lang].items():
        demonyms.add(phrase, code)
    capitals = PhraseIndex(lang, capitalised=True)
    for phrase, code in data["capitals"][lang].items():
        capitals.add(phrase, code)
    cities = PhraseIndex(lang, capitalised=True)
    for phrase in data["cities"][lang]:
        cities.add(phrase, "")
    organisations = PhraseIndex(lang, capitalised=True)
    for canonical, phrases in data["organisations"].items():
        for phrase in phrases[lang]:
            organisations.add(phrase, canonical)
    return {
        "country": names,
        "demonym": demonyms,
        "capital": capitals,
        "city": cities,
        "organisation": organisations,
    }


def _case(sentence: Sentence, match: Match) -> str | None:
    """The grammatical case of a Ukrainian name (of its first noun's first reading)."""
    if sentence.lang != "uk":
        return None
    word = sentence.tokens[match.start].text
    for reading in readings(word):
        if reading.pos == "NOUN" and reading.case:
            return reading.case
    return None


def _actor_follows(sentence: Sentence, end: int) -> bool:
    keys = sentence_keys(sentence)
    actors = ACTOR_WORDS[sentence.lang]
    for j in range(end, min(end + 3, len(keys))):
        if keys[j] & actors:
            return True
        if not sentence.tokens[j].is_word:
            return False
    return False


def mentions(sentence: Sentence) -> list[Mention]:
    """Every party (and city) the sentence names, in order of appearance, no overlaps."""
    indexes = _indexes(sentence.lang)
    found: list[Mention] = []
    for how, index in indexes.items():
        for match in index.find(sentence):
            if how == "demonym" and not _actor_follows(sentence, match.end):
                continue
            case = _case(sentence, match)
            found.append(Mention(match.start, match.end, match.value, how, case, match.phrase))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
