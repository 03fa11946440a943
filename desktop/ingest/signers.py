"""Who signs for whom across the article: speakers, people named by surname, sides.

``people`` finds a role and a name within one sentence; these helpers use the whole
article: a person introduced with a role may later be named by surname alone, a person who
only "said" something reports the signing, a role without a country is read by the name.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from translitua import translit

from db import country_name
from desktop.ingest.events import signing
from desktop.ingest.lexicon import load, sentence_keys, stem
from desktop.ingest.morph import inflect_word, lemmas, readings
from desktop.ingest.parties import mentions
from desktop.ingest.people import Person, people
from desktop.ingest.text import Sentence, wordset
from resources import resource_path

#: Verbs of saying: a person followed by one reports the signing rather than signs.
_SPEECH = frozenset(
    map(stem, wordset("said says told announced stated noted added wrote tweeted posted"))
) | wordset("сказати заявити повідомити зазначити написати додати наголосити розповісти")


@cache
def _home_names() -> frozenset[str]:
    with open(resource_path("ingest", "ukrainian-given-names.txt"), encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    return frozenset(n.casefold() for n in names) | {translit(n).casefold() for n in names}


def has_home_name(name: str) -> bool:
    """True when the first name is a common Ukrainian one (in Cyrillic or transliterated)."""
    return name.split()[0].casefold().replace("’", "'") in _home_names()


def counterpart_role(base: str, party: str, lang: str) -> str:
    """The role of "his Swedish counterpart": the other signatory's role, for ``party``."""
    if not base or not party:
        return ""
    if lang == "uk":
        country = " ".join(inflect_word(w, {"gent"}) for w in country_name(party, "uk").split())
        return f"{base} {country}"
    return f"{base} of {country_name(party, 'en')}"


def speaks(sentence: Sentence, person: Person) -> bool:
    """ "..., Dutch Defence Minister Ruben Brekelmans said": the person is the source."""
    keys = sentence_keys(sentence)
    following = keys[person.end : person.end + 2]
    if any(k & _SPEECH for k in following):
        return True
    # "Як повідомив міністр ...", "according to Foreign Minister ...": the source first.
    before = [t.text.lower() for t in sentence.tokens[max(0, person.start - 2) : person.start]]
    return bool(before) and (
        any(k & _SPEECH for k in keys[max(0, person.start - 2) : person.start])
        or before[-2:] == ["according", "to"]
    )


@cache
def _witness_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    data = load("signing.json")[lang]
    key = (lambda w: w) if lang == "uk" else stem
    return frozenset(key(w) for w in data["witness"]), frozenset(key(w) for w in data["attended"])


_JOINERS = wordset("and та і й , as well")
_POSSESSIVES = wordset("his her their його її їхній")
_CLAUSE_BREAKS = wordset(". , ; : — – ( )")


def attends(sentence: Sentence, person: Person, others: list[Person]) -> bool:
    """ "in the presence of President X", "X attended", "hosted by X", "у присутності X",
    "був присутній X": a witness, a host or a chair, who did not sign."""
    keys = sentence_keys(sentence)
    tokens = sentence.tokens
    witness, attended = _witness_words(sentence.lang)
    # Words before the person, back to the clause's start: "in the presence of".
    j = person.start
    reach = 6
    if j > 0 and tokens[j - 1].text == "," and (j < 2 or tokens[j - 2].is_word):
        # "in the presence of the two prime ministers, Keir Starmer and ...": a name in
        # apposition to the words before the comma.
        j, reach = j - 2, 9
    while j >= 0 and person.start - j <= reach and tokens[j].text not in _CLAUSE_BREAKS:
        before = next((p for p in others if p is not person and p.start <= j < p.end), None)
        if before is not None:
            # "in the presence of President A and Prime Minister B": B is a witness too.
            between = tokens[before.end : person.start]
            joined = bool(between) and all(
                t.text.lower() in (_JOINERS | _POSSESSIVES) - {","} for t in between
            )
            if joined and attends(sentence, before, others):
                return True
            break
        if keys[j] & witness or tokens[j].text.lower() in witness:
            return True
        j -= 1
    # The first verb after the person and those joined to it: "X and Y attended", "X on
    # Thursday witnessed" (a time may stand between).
    starts = {p.start: p.end for p in others}
    j = person.end
    while j < len(tokens):
        if j in starts and starts[j] > j:
            j = starts[j]
        elif tokens[j].text.lower() in _JOINERS | _POSSESSIVES:
            j += 1
        else:
            break
    for k in range(j, min(len(tokens), j + 4)):
        if keys[k] & (attended | witness):
            return True
        if tokens[k].text in _CLAUSE_BREAKS or not _time_word(tokens[k].text):
            break
    return False


_TIME_WORDS = wordset(
    "on last this yesterday today earlier later also jointly у в вчора сьогодні також спільно"
)


def _time_word(word: str) -> bool:
    """ "on Thursday", "у вівторок": words of time between a person and the verb."""
    lower = word.lower()
    return lower in _TIME_WORDS or lower in _WEEKDAY_WORDS


_WEEKDAY_WORDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday понеділок вівторок середа "
    "середу четвер п'ятниця п'ятницю субота суботу неділя неділю"
)


def by_surname(known: list[Person]) -> dict[str, Person]:
    """People the article introduced with a role, by surname (lower case), first one kept."""
    out: dict[str, Person] = {}
    for person in known:
        out.setdefault(person.name.split()[-1].lower(), person)
    return out


def people_in(sentence: Sentence, known: dict[str, Person]) -> list[Person]:
    """The people of ``sentence``, including those named by surname alone ("Umerov and his
    Norwegian counterpart ...") when the article introduced them earlier with a role."""
    found = list(people(sentence))
    taken = {i for p in found for i in range(p.start, p.end)}
    for i, token in enumerate(sentence.tokens):
        if i in taken or not token.is_word or not token.is_capitalised:
            continue
        keys = {token.text.lower()}
        if sentence.lang == "uk":
            keys |= lemmas(token.text)
        match = next((known[k] for k in keys if k in known), None)
        if match is not None and all(p.name != match.name for p in found):
            found.append(dataclasses.replace(match, counterpart=False, start=i, end=i + 1))
    return sorted(found, key=lambda p: p.start)


_FIRST_PERSON = re.compile(r"\b(?:I|[Яя])\s")


def signed_myself(sentence: Sentence) -> bool:
    """ "'I signed the memorandum this morning,' the minister told reporters": the one who
    speaks signed."""
    if not _FIRST_PERSON.search(sentence.text):
        return False
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.text in ("I", "Я", "я"):
            following = tokens[i + 1].text.lower()
            if following in signing("en").verbs or any(
                r.lemma in signing("uk").verbs and "past" in r.grammemes
                for r in readings(following)
            ):
                return True
    return False


_SUBORDINATORS = wordset("as while when after before як коли поки після")


def hosts_it(sentence: Sentence, end: int) -> bool:
    """ "Qatar hosted a signing ceremony": the word after a party's name makes it the host."""
    return end < len(sentence.tokens) and sentence.tokens[end].text.lower() in _HOSTED


_HOSTED = wordset("hosted welcomed organised organized приймав приймала прийняв прийняла")


def side_stated(sentence: Sentence, person: Person) -> str:
    """ "Від Польщі — міністр ...", "З канадського боку документ підписала ...", "on behalf
    of Greece by ...": the side a clause before the person names, or ``""``."""
    tokens = sentence.tokens
    found = mentions(sentence)
    j = person.start - 1
    stops = (",", ";", ".", "(", "and", "та", "і", "й")
    while j >= 1 and person.start - j <= 8 and tokens[j].text not in stops:
        word = tokens[j].text.lower()
        at = next((m for m in found if m.start == j and m.how in ("country", "demonym")), None)
        before = tokens[j - 1].text.lower()
        if at is not None and before in ("від", "of", "for") and at.how == "country":
            return at.key
        if word in ("імені", "behalf"):
            # "від імені польського уряду", "on behalf of the Greek government".
            named = [m for m in found if j < m.start <= j + 3 and m.how in ("country", "demonym")]
            if named:
                return named[0].key
        if word == "боку" and before in ("з", "із", "зі") and j + 1 < person.start:
            # "З боку Saab документ підписав ...": the side named after "боку".
            after = next((m for m in found if m.start == j + 1 and m.how != "city"), None)
            if after is not None:
                return after.key
            if tokens[j + 1].is_capitalised and tokens[j + 1].text.isascii():
                return tokens[j + 1].text  # a company named in Latin letters
        if word == "боку" and before not in ("з", "із", "зі"):
            demonyms = load("parties.json")["demonyms"]["uk"]
            side = next((demonyms[f] for f in lemmas(tokens[j - 1].text) if f in demonyms), "")
            if side and j >= 2 and tokens[j - 2].text.lower() in ("з", "із", "зі"):
                return side
        j -= 1
    return ""


def in_own_clause(sentence: Sentence, person: Person) -> bool:
    """ "..., as President Lee Jae-myung wrapped up a visit": a person in a clause of its own."""
    tokens = sentence.tokens
    visitor = tokens[person.end - 1].text.endswith(("'s", "’s"))  # "during X's visit"
    return visitor or (person.start > 0 and tokens[person.start - 1].text.lower() in _SUBORDINATORS)
