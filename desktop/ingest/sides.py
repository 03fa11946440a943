"""Who signs for whom: the home side, and the party each signatory signs for.

The home party (the catalogue's own country) is a preference for ambiguous cases, never
a default: it joins a document only when the text is about its side, by naming the
country, one of its institutions or a person with a home given name. A signatory's side
is what the text states; failing that, what the name, the office ("міністерка" for the
one ministry among the parties) or the order of the text tells.
"""

from __future__ import annotations

import itertools
from functools import cache

from db import Signatory
from desktop.ingest.drafts import Builder
from desktop.ingest.lexicon import PhraseIndex, load
from desktop.ingest.parties import mentions
from desktop.ingest.people import Person, people
from desktop.ingest.signers import counterpart_role, has_home_name
from desktop.ingest.text import Sentence

DEFAULT_HOME = "UA"


@cache
def _home_cues(home: str, lang: str) -> PhraseIndex:
    index = PhraseIndex(lang, capitalised=True)
    for phrase in load("parties.json")["home_cues"].get(home, {}).get(lang, []):
        index.add(phrase, True)
    return index


def about_home(all_sentences: list[Sentence], home: str) -> bool:
    """Whether the text is about the home side: it names the country, one of its
    institutions ("Верховна Рада"), or a person with a home given name."""
    return any(
        any(m.key == home for m in mentions(s))
        or _home_cues(home, s.lang).find(s)
        or (home == DEFAULT_HOME and any(has_home_name(p.name) for p in people(s)))
        for s in all_sentences
    )


def assign_signatories(builder: Builder, persons: list[Person], home: str, lang: str) -> None:
    """Signatories with the party each signs for, stated or inferred.

    A role without a country ("President Volodymyr Zelenskyy") is read by the name: a
    Ukrainian first name signs for the home party; anyone else for the one party left.
    """
    claimed = {builder.speaker_for(p.party) for p in persons if p.party}
    home_side = builder.speaker_for(home)
    parties: dict[str, str] = {}
    for person in persons:
        if person.party:
            parties[person.name] = builder.speaker_for(person.party)
        elif (
            home_side in builder.parties and home_side not in claimed and has_home_name(person.name)
        ):
            parties[person.name] = home_side
            claimed.add(home_side)
    for person in persons:
        # "міністерка Катрін Вотрен" signs for the one ministry among the parties.
        ministries = [k for k in builder.parties if k.startswith(("Ministry", "Міністерство"))]
        office = person.role.lower().startswith(("minister", "мініст")) or " minister" in (
            person.role.lower()
        )
        if person.name not in parties and office and len(ministries) == 1:
            parties[person.name] = ministries[0]
            claimed.add(ministries[0])
    _by_order(builder, persons, parties, claimed)
    for person in persons:
        if person.name in parties:
            continue
        free = [k for k in builder.parties if k not in claimed]
        others = [k for k in free if k != home_side]
        if person.counterpart or len(others) == 1:
            pick = others[0] if len(others) == 1 else ""
        else:
            pick = free[0] if len(free) == 1 else ""
        parties[person.name] = pick
        claimed.add(pick)
    for person in persons:
        role = person.role
        party = parties[person.name]
        if person.counterpart:
            base = next((p.role_base for p in persons if p is not person and p.role_base), "")
            role = counterpart_role(base, party, lang) or role
        builder.add_signatory(Signatory(person.name, role, party))


def _by_order(
    builder: Builder, persons: list[Person], parties: dict[str, str], claimed: set[str]
) -> None:
    """Sides read from the order of the text when nothing else tells them.

    "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": with more
    signers than parties, one without a country signs with the one named just before him.
    "Saudi Arabia and Pakistan ... Crown Prince Mohammed bin Salman and Prime Minister
    Shehbaz Sharif": as many signers without a side as parties without one pair up in order.
    """
    if len(persons) > len(builder.parties) >= 2:
        for before, person in itertools.pairwise(persons):
            joined = person.start - before.end <= 2
            if person.name not in parties and parties.get(before.name) and joined:
                parties[person.name] = parties[before.name]
    left = [p for p in persons if p.name not in parties]
    free = [k for k in builder.parties if k not in claimed]
    if len(left) >= 2 and len(left) == len(free):
        for person, party in zip(left, free, strict=True):
            parties[person.name] = party
            claimed.add(party)
