"""Several signers under one plural role: "Президенти України та Литви Володимир Зеленський і
Гітанас Науседа", "the defence ministers of Ukraine and Latvia, Rustem Umerov and Andris
Sprūds". The n-th name signs for the n-th country; each gets the role in the singular.
"""

from __future__ import annotations

from db import country_name
from desktop.ingest.lexicon import sentence_keys, stem
from desktop.ingest.morph import inflect_word, name_case, nominative_name, readings
from desktop.ingest.parties import Mention, mentions
from desktop.ingest.people import ROLE_HEADS, Person, name_tokens
from desktop.ingest.text import Sentence, wordset

_JOIN = wordset("та і й and ,")
_EN_CHAIN = frozenset(map(stem, wordset("of the and defence defense foreign prime")))


def _plural_head(sentence: Sentence, i: int) -> bool:
    if not sentence_keys(sentence)[i] & ROLE_HEADS[sentence.lang]:
        return False
    word = sentence.tokens[i].text
    if sentence.lang == "en":
        return word.lower().endswith("s")
    nouns = [r for r in readings(word) if r.pos == "NOUN"]
    return bool(nouns) and all("plur" in r.grammemes for r in nouns)


def _continues(sentence: Sentence, end: int, found: list[Mention]) -> bool:
    """ "міністри оборони України та Литви": joiners and genitives inside the role."""
    word = sentence.tokens[end].text
    if word.lower() in _JOIN:
        return any(m.start == end + 1 for m in found)
    if sentence.lang == "en":
        return bool(sentence_keys(sentence)[end] & _EN_CHAIN)
    return word.islower() and any(r.case == "gent" for r in readings(word))


def _chain(sentence: Sentence, head: int, found: list[Mention]) -> tuple[int, list[Mention]]:
    """End of the role phrase after a plural head, and the countries it names in order."""
    tokens = sentence.tokens
    countries: list[Mention] = []
    end = head + 1
    while end < len(tokens):
        at = next((m for m in found if m.start == end and m.how != "city"), None)
        if at is not None:
            countries.append(at)
            end = at.end
        elif _continues(sentence, end, found):
            end += 1
        else:
            break
    return end, countries


def _names(sentence: Sentence, end: int, found: list[Mention], count: int) -> list[list[int]]:
    tokens = sentence.tokens
    out: list[list[int]] = []
    j = end + 1 if end < len(tokens) and tokens[end].text in _LIST_OPENERS else end
    while len(out) < count:
        name = name_tokens(sentence, j, found)
        if not name:
            return []
        out.append(name)
        j = name[-1] + 1
        if len(out) < count:
            if j >= len(tokens) or tokens[j].text.lower() not in _JOIN:
                return []
            j += 1
    return out


def group(sentence: Sentence, head: int) -> list[Person]:
    """The people a plural role at ``head`` introduces, one per country it names."""
    if not _plural_head(sentence, head):
        return []
    found = mentions(sentence)
    end, countries = _chain(sentence, head, found)
    if len(countries) < 2:
        return _listed_after(sentence, head, end, found)
    names = _names(sentence, end, found, len(countries))
    if not names:
        return []
    tokens = sentence.tokens
    start = head
    while start > 0 and sentence_keys(sentence)[start - 1] & _EN_CHAIN and sentence.lang == "en":
        start -= 1
    start = start + 1 if tokens[start].text.lower() == "the" else start
    taken = {i for m in countries for i in range(m.start, m.end)}
    words = [
        t.text for k, t in enumerate(tokens[start:end], start)
        if k not in taken and t.text.lower() not in _JOIN and t.text.lower() not in ("of", "the")
    ]  # fmt: skip
    if sentence.lang == "uk":
        words[head - start] = inflect_word(tokens[head].text, {"nomn", "sing"})
        case = next((r.case for r in readings(tokens[head].text) if r.pos == "NOUN"), None)
    else:
        words = [w[:-1] if w == tokens[head].text else w for w in words]
        case = None
    base = " ".join(words)
    base = base[:1].upper() + base[1:]
    people = []
    for country, name in zip(countries, names, strict=True):
        texts = [tokens[i].text for i in name if tokens[i].text != "."]
        if sentence.lang == "uk":
            text_case, gender = name_case(texts, case, None)
            person = nominative_name(texts, text_case, gender)
            written = " ".join(t.text for t in tokens[country.start : country.end])
            role = f"{base} {written}"
        else:
            person = sentence.text[
                tokens[name[0]].start - sentence.start : tokens[name[-1]].end - sentence.start
            ]
            role = f"{base} of {country_name(country.key, 'en')}"
        people.append(Person(person, role, country.key, False, base, name[0], name[-1] + 1))
    return people


_LIST_OPENERS = frozenset({"—", "–", "-", ":", ","})


def _described_to(sentence: Sentence, end: int) -> int:
    """Past the lower-case words that say whose the role is ("of the two border
    commissions"), up to six, stopping at a verb."""
    tokens = sentence.tokens
    j = end
    while j < len(tokens) and j - end < 6 and tokens[j].is_word and not tokens[j].is_capitalised:
        word = tokens[j].text.lower()
        if (sentence.lang == "en" and word.endswith(("ed", "ing"))) or any(
            r.pos == "VERB" for r in (readings(word) if sentence.lang == "uk" else ())
        ):
            break
        j += 1
    return j


def _listed_after(sentence: Sentence, head: int, end: int, found: list[Mention]) -> list[Person]:
    """ "міністри внутрішніх справ обох держав — Томаш Сємоняк та Агне Біліотайте", "the
    defence ministers Hanno Pevkur and Antti Häkkänen": names after a plural role that
    names no countries; their sides are read from the draft."""
    tokens = sentence.tokens
    if end >= len(tokens):
        return []
    # "the defence ministers Hanno Pevkur and Antti Häkkänen": the names may follow at once.
    opened = tokens[end].text in _LIST_OPENERS
    if not opened and not (tokens[end].is_word and tokens[end].is_capitalised):
        # "the heads of the two border commissions, Marko Petrović and Ilir Deva".
        end = _described_to(sentence, end)
        if end >= len(tokens) or tokens[end].text not in _LIST_OPENERS:
            return []
        opened = True
    names: list[list[int]] = []
    j = end + 1 if opened else end
    while j < len(tokens):
        name = name_tokens(sentence, j, found)
        if len(name) < 2:
            break
        names.append(name)
        j = name[-1] + 1
        if j >= len(tokens) or tokens[j].text.lower() not in _JOIN:
            break
        j += 1
    if len(names) < 2:
        return []
    if sentence.lang == "uk":
        base = inflect_word(tokens[head].text, {"nomn", "sing"})
        case = next((r.case for r in readings(tokens[head].text) if r.pos == "NOUN"), None)
    else:
        base, case = tokens[head].text.rstrip("s"), None
    base = base[:1].upper() + base[1:]
    people = []
    for name in names:
        texts = [tokens[i].text for i in name if tokens[i].text != "."]
        if sentence.lang == "uk":
            text_case, gender = name_case(texts, case if case != "nomn" else None, None)
            person = nominative_name(texts, text_case, gender)
        else:
            person = " ".join(texts)
        people.append(Person(person, base, "", False, base, name[0], name[-1] + 1))
    return people
