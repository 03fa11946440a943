"""Organisations a text names without a list of them: companies, charities, agencies, blocs.

A state is not the only party a document can have: a ministry signs with a charity, an
agency with a manufacturer. Such names are found by their shape, in both languages:

- a word for a kind of body before the name: "the German manufacturer Rheinmetall",
  "компанія Visa", "благодійний фонд «Повернись живим»" (the name is what follows: a
  quoted name, or capitalised words in Latin letters);
- a capitalised name that ends in such a word: "the NATO Support and Procurement Agency
  (NSPA)", "Агенція оборонних закупівель України"; an abbreviation in brackets after it
  is the short name kept;
- an abbreviation after a country's possessive: "South Korea's KHNP".

A demonym or a country before or inside the name ("the Czech utility CEZ") says whose
body it is, so the country is not read as a party of its own.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.ingest.lexicon import load, sentence_keys, stem
from desktop.ingest.morph import inflect_word, lemmas, readings
from desktop.ingest.parties import Mention
from desktop.ingest.text import Sentence, wordset

_QUOTES_OPEN = frozenset('«“„"')
_QUOTES_CLOSE = frozenset('»”“"')
_EN_INSIDE = wordset("of and for the &")
_EN_SUFFIXES = wordset("Inc Ltd AG SE GmbH plc PLC Corp LLC SA NV AB ASA Oy")
_MAX_NAME = 8
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_EN_PARTNER = wordset("with between")
_EN_OFFICES = frozenset(
    map(stem, wordset("minister president secretary ambassador chancellor commissioner premier"))
)


@cache
def _words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per language: words for a body before its name, and heads of a body's name."""
    data = load("organisations.json")
    out = {}
    for lang in ("uk", "en"):
        key = (lambda w: w) if lang == "uk" else stem
        out[lang] = (
            frozenset(key(w) for w in data["descriptors"][lang]),
            frozenset(key(w) for w in data["heads"][lang]),
        )
    return out


def organisations(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Organisations named in ``sentence`` that ``found`` (known parties) does not cover."""
    reader = _uk if sentence.lang == "uk" else _en
    out: list[Mention] = []
    for mention in reader(sentence, found):
        if not any(m.start < mention.end and mention.start < m.end for m in out):
            out.append(mention)
    return out


def _owner(found: list[Mention], start: int, end: int) -> Mention | None:
    """A country or demonym right before (or inside) a body's name: whose body it is."""
    return next(
        (
            m
            for m in found
            if m.how in ("country", "demonym") and (m.end == start or start <= m.start < end)
        ),
        None,
    )


def _latin_run(sentence: Sentence, i: int, found: list[Mention]) -> int:
    """The end of capitalised words in Latin letters from ``i`` (a company's name)."""
    tokens = sentence.tokens
    j = i
    while j < len(tokens) and j - i < 4:
        text = tokens[j].text
        if not (tokens[j].is_word and not _CYRILLIC.match(text) and (text[:1].isupper() or j > i)):
            break
        if j > i and not (text[:1].isupper() or text in _EN_SUFFIXES):
            break
        if any(m.start == j and m.how == "country" for m in found):
            break
        j += 1
    return j


def _quoted(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """ "«Повернись живим»" from ``i``: the words inside the quotes and the end past them."""
    tokens = sentence.tokens
    if i >= len(tokens) or tokens[i].text not in _QUOTES_OPEN:
        return None
    j = i + 1
    while j < len(tokens) and j - i <= _MAX_NAME and tokens[j].text not in _QUOTES_CLOSE:
        j += 1
    if j >= len(tokens) or j == i + 1 or tokens[j].text not in _QUOTES_CLOSE:
        return None
    return i + 1, j + 1


def _text(sentence: Sentence, start: int, end: int) -> str:
    tokens = sentence.tokens
    return sentence.text[
        tokens[start].start - sentence.start : tokens[end - 1].end - sentence.start
    ]


def _acronym_after(sentence: Sentence, end: int) -> tuple[str, int] | None:
    """ "(NSPA)" right after a name: its short name and the end past the bracket."""
    tokens = sentence.tokens
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
        word = tokens[end + 1].text
        if word.isupper() and len(word) >= 2 and word.isalpha():
            return word, end + 3
    return None


_CAMEL = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")
_CAMEL_IN = re.compile(r"\b[A-Z][a-z]{3,}[A-Z][a-z]")


def _abbreviated_from(sentence: Sentence, i: int, short: str) -> int:
    """Where the name before "(" at ``i`` starts: the nearest start whose words' initials
    hold the abbreviation's letters ("NATO Support and Procurement Agency (NSPA)"), else
    the capitalised words back to an "and" ("Doosan and Vietnam Electricity (EVN)")."""
    tokens = sentence.tokens
    letters = set(short.lower())
    start, initials, fallback = i, set(), None
    while (
        start > 0
        and i - start < _MAX_NAME
        and (tokens[start - 1].is_capitalised or tokens[start - 1].text in _EN_INSIDE)
        and tokens[start - 1].text not in ("The", "A", "An")
        and not tokens[start - 1].text.endswith(("'s", "’s"))
    ):
        start -= 1
        word = tokens[start].text
        if word in ("and", "&") and fallback is None:
            fallback = start + 1
        initials.add(word[:1].lower())
        if tokens[start].is_capitalised and letters <= initials:
            return start
    start = fallback if fallback is not None else start
    while start < i and not tokens[start].is_capitalised:
        start += 1
    return start


def _shaped(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Bodies known by their shape alone, in either language: a capitalised name followed by
    its abbreviation in brackets ("Vietnam Electricity (EVN)", "the World Food Programme
    (WFP)"; the abbreviation is the name kept), or one word with a capital inside
    ("QatarEnergy", "TotalEnergies"; not "McCarthy" or "DeSantis")."""
    if "(" not in sentence.text and not _CAMEL_IN.search(sentence.text):
        return []
    tokens = sentence.tokens
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        if token.text == "(" and (short := _acronym_after(sentence, i)) is not None:
            start = _abbreviated_from(sentence, i, short[0])
            inside = [m for m in found if start <= m.start < i]
            if start == i or (
                len(inside) == 1
                and inside[0].how in ("country", "organisation")
                and inside[0].start == start
                and inside[0].end == i
            ):
                continue  # "the United States (US)", "the African Union (AU)": known already
            owner = _owner(found, start, i)
            out.append(Mention(start, short[1], short[0], "organisation", None, short[0],
                               _key(owner)))  # fmt: skip
        elif (
            token.is_word
            and _CAMEL.match(token.text)
            and token.text.isascii()
            and not any(m.start <= i < m.end for m in found)
        ):
            out.append(Mention(i, i + 1, token.text, "organisation", None, token.text, ""))
    return out


def _en(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    descriptors, heads = _words()["en"]
    keys = sentence_keys(sentence)
    tokens = sentence.tokens
    out: list[Mention] = _shaped(sentence, found)
    for i, token in enumerate(tokens):
        if not token.is_word:
            continue
        if keys[i] & descriptors and (token.text[:1].islower() or _opens(sentence, i, found)):
            end = _latin_run(sentence, i + 1, found)
            if end > i + 1:
                owner = _owner(found, _descriptor_start(sentence, i), i)
                start = owner.start if owner else i + 1
                name = _text(sentence, i + 1, end)
                out.append(Mention(start, end, name, "organisation", None, name, _key(owner)))
        elif keys[i] & heads and token.is_capitalised:
            start = i
            while start > 0 and (
                tokens[start - 1].is_capitalised or tokens[start - 1].text in _EN_INSIDE
            ):
                if _stops_name(sentence, start - 1, found) or _joins_bodies(
                    sentence, start - 1, found
                ):
                    break
                start -= 1
            while start < i and (
                tokens[start].text.lower() in _EN_INSIDE or not tokens[start].is_capitalised
            ):
                start += 1
            if start == i:
                continue
            name, end = _text(sentence, start, i + 1), i + 1
            short = _acronym_after(sentence, end)
            if short is not None:
                name, end = short
            owner = _owner(found, start, end)
            out.append(Mention(start, end, name, "organisation", None, name, _key(owner)))
        elif token.text.lower() in _EN_PARTNER and i + 1 < len(tokens):
            end = _latin_run(sentence, i + 1, found)
            lone = end == i + 2 and not (end < len(tokens) and tokens[end].is_capitalised)
            described = end < len(tokens) and bool(keys[end] & descriptors)  # "Swedish company"
            if (
                (lone or tokens[end - 1].text in _EN_SUFFIXES)
                and not described
                and not _stops_name(sentence, i + 1, found)
            ):  # "a contract with Airbus"
                name = _text(sentence, i + 1, end)
                out.append(Mention(i + 1, end, name, "organisation", None, name, ""))
        elif token.is_capitalised and not _stops_name(sentence, i, found):
            # "South Korea's KHNP", "Norway's Equinor": one word after a country's possessive.
            before = next((m for m in found if m.end == i and m.how == "country"), None)
            end = _company_end(sentence, i, found)
            if before is not None and end and tokens[i - 1].text.lower().endswith(("'s", "’s")):
                name = _text(sentence, i, end)
                out.append(Mention(before.start, end, name, "organisation", None, name,
                                   before.key))  # fmt: skip
    return out


def _company_end(sentence: Sentence, i: int, found: list[Mention]) -> int:
    """ "Norway's Equinor", "South Korea's Hanwha Aerospace": the end of a company's name
    after a country's possessive (one word, or several ending in a word for a business;
    "Britain's Keir Starmer" is a person), or 0."""
    tokens = sentence.tokens
    end = _latin_run(sentence, i, found)
    keys = sentence_keys(sentence)
    if any(keys[j] & _EN_OFFICES for j in range(i, min(len(tokens), end + 3))):
        return 0  # "Vietnam's Industry and Trade Minister": an office, not a company
    if end == i + 1 and (end >= len(tokens) or not tokens[end].is_capitalised):
        return end
    if end > i + 1 and tokens[end - 1].text in _company_words():
        return end
    return 0


@cache
def _company_words() -> frozenset[str]:
    return frozenset(load("organisations.json")["company_words"]["en"])


def _stops_name(sentence: Sentence, i: int, found: list[Mention]) -> bool:
    """A word no company's name holds: a known party, a possessive, an office, "The"."""
    word = sentence.tokens[i].text
    return (
        any(m.start <= i < m.end and m.how != "organisation" for m in found)
        or word.endswith(("'s", "’s"))
        or bool(sentence_keys(sentence)[i] & _EN_OFFICES)
        or word in ("The", "A", "An")
    )


def _joins_bodies(sentence: Sentence, i: int, found: list[Mention]) -> bool:
    """ "the Department of Health and the Gates Foundation": "and" after a known name, or
    "and the", starts another body's name."""
    tokens = sentence.tokens
    word = tokens[i].text.lower()
    if word == "the" and i > 0 and tokens[i - 1].text.lower() == "and":
        return True
    return word in ("and", ",") and any(m.end == i for m in found)


def _descriptor_start(sentence: Sentence, i: int) -> int:
    """ "the German manufacturer": adjectives before a descriptor (to find a demonym)."""
    j = i
    while j > 0 and sentence.tokens[j - 1].is_word and sentence.tokens[j - 1].text != "the":
        j -= 1
        if j <= i - 3:
            break
    return j


def _key(owner: Mention | None) -> str:
    return owner.key if owner is not None else ""


def _uk(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    descriptors, heads = _words()["uk"]
    keys = sentence_keys(sentence)
    tokens = sentence.tokens
    out: list[Mention] = _shaped(sentence, found)
    for i, token in enumerate(tokens):
        if not token.is_word:
            continue
        if keys[i] & descriptors and (token.text[:1].islower() or _opens(sentence, i, found)):
            quoted = _quoted(sentence, i + 1)
            if quoted is not None:
                name = _text(sentence, quoted[0], quoted[1] - 1)
                end = quoted[1]
            else:
                end = _latin_run(sentence, i + 1, found)
                if end == i + 1:
                    named = _uk_proper_adjective(sentence, i, found)
                    if named is not None:
                        out.append(named)
                    continue
                name = _text(sentence, i + 1, end)
            start = i
            while start > 0 and _agrees(tokens[start - 1].text, token.text):
                start -= 1
            owner = _owner(found, start, i)
            out.append(Mention(owner.start if owner else start, end, name, "organisation",
                               _case(token.text), name, _key(owner)))  # fmt: skip
        elif keys[i] & heads and token.is_capitalised:
            mention = _uk_named_body(sentence, i, found)
            if mention is not None:
                out.append(mention)
    return out


#: Bodies named by a capitalised adjective of their place: "Варшавський університет".
_UK_PLACE_NAMED = wordset("університет інститут академія банк фонд")


def _uk_proper_adjective(sentence: Sentence, i: int, found: list[Mention]) -> Mention | None:
    """ "Варшавський університет", "Вільнюському університету": a body named by an adjective
    of its city (a capital letter, not a demonym, not the sentence's first word unless it
    is joined to another such name), the name in the nominative."""
    tokens = sentence.tokens
    head = tokens[i].text
    if i == 0 or not sentence_keys(sentence)[i] & _UK_PLACE_NAMED:
        return None
    adjective = tokens[i - 1]
    if not (adjective.is_capitalised and _agrees(adjective.text.lower(), head)):
        return None
    if any(m.start <= i - 1 < m.end for m in found) or lemmas(adjective.text) & _demonyms():
        return None
    if i - 1 == 0 and not _joined_alike(sentence, i):
        return None
    gender = next((r.gender for r in readings(head) if r.pos == "NOUN" and r.gender), None)
    words = [
        inflect_word(adjective.text, {"nomn", gender} if gender else {"nomn"}),
        inflect_word(head, {"nomn"}),
    ]
    name = " ".join(words)
    return Mention(i - 1, i + 1, name, "organisation", _case(head), name, "")


def _joined_alike(sentence: Sentence, i: int) -> bool:
    """ "Варшавський університет і Вільнюський університет": another such name follows."""
    tokens = sentence.tokens
    return (
        i + 3 < len(tokens)
        and tokens[i + 1].text.lower() in ("і", "та", "й")
        and tokens[i + 2].is_capitalised
        and bool(sentence_keys(sentence)[i + 3] & sentence_keys(sentence)[i])
    )


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(load("parties.json")["demonyms"]["uk"])


def _opens(sentence: Sentence, i: int, found: list[Mention]) -> bool:
    """ "Компанія Nokia та ...": a capitalised descriptor opening the sentence, a name after."""
    return i == 0 and (_quoted(sentence, 1) is not None or _latin_run(sentence, 1, found) > 1)


def _case(word: str) -> str | None:
    return next((r.case for r in readings(word) if r.pos == "NOUN" and r.case), None)


def _agrees(adjective: str, noun: str) -> bool:
    """ "благодійний фонд", "шведська компанія": an adjective in the noun's case."""
    cases = {r.case for r in readings(noun) if r.pos == "NOUN"}
    return adjective[:1].islower() and any(
        r.pos == "ADJF" and r.case in cases for r in readings(adjective)
    )


_UK_FIELDS = wordset("питань справах справ")


def _uk_named_body(sentence: Sentence, i: int, found: list[Mention]) -> Mention | None:
    """ "Агенцією оборонних закупівель України": a capitalised head, the genitive words of
    its field and, if any, its country in the genitive; the name in the nominative."""
    tokens = sentence.tokens
    words = [inflect_word(tokens[i].text, {"nomn"})]
    j = i + 1
    country: Mention | None = None
    while j < len(tokens) and j - i <= _MAX_NAME:
        at = next((m for m in found if m.start == j), None)
        if at is not None and at.how == "country" and at.case == "gent":
            country = at
            break
        word = tokens[j].text
        if word in ("з", "у", "в") and j + 1 < len(tokens) and tokens[j + 1].text in _UK_FIELDS:
            words += [word, tokens[j + 1].text]
            j += 2
            continue
        genitive = (
            tokens[j].is_word
            and not tokens[j].is_capitalised
            and any(r.case == "gent" for r in readings(word))
        )
        if not (genitive or (word in ("та", "і", "й") and len(words) > 1)):
            break
        words.append(word)
        j += 1
    while words and words[-1] in ("та", "і", "й"):
        words.pop()
    if len(words) < 2 and country is None:
        return None
    end = j
    if country is not None:
        words += [t.text for t in tokens[country.start : country.end]]
        end = country.end
    name = " ".join(words)
    return Mention(i, end, name, "organisation", _case(tokens[i].text), name,
                   country.key if country else "")  # fmt: skip
