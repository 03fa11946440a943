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

from db import country_name
from desktop.ingest.lexicon import Match, PhraseIndex, load, sentence_keys, stem
from desktop.ingest.morph import inflect_word, lemmas, readings
from desktop.ingest.text import Sentence, Token, wordset

#: Lemmas (uk) and stems (en) of words for people and bodies that act for a state.
ACTOR_WORDS = {
    "uk": wordset(
        "колега міністр міністерка прем'єр-міністр прем'єр-міністерка прем'єр президент "
        "президентка уряд сторона делегація посол посолка віце-прем'єр-міністр міністерство "
        "відомство канцлер канцлерка партнер очільник очільниця голова керівник керівниця "
        "генсек секретар речник парламент представник представниця єврокомісар комісар"
    ),
    "en": frozenset(
        map(
            stem,
            wordset(
                "counterpart colleague minister prime president government side delegation "
                "ambassador ministry chancellor partner head chief secretary foreign defence "
                "defense parliament official leader premier"
            ),
        )
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
    how: str  # "country", "demonym", "capital", "city", "organisation", "compound"
    case: str | None = None
    phrase: str = ""
    country: str = ""


@cache
def _index(lang: str) -> PhraseIndex:
    """Every word for a party in ``lang``, each mapped to (how it names, what it names)."""
    data = load("parties.json")
    index = PhraseIndex(lang, capitalised=True)
    for country in pycountry.countries:
        code = country.alpha_2
        if code in _AMBIGUOUS:
            continue
        names: set[str]
        if lang == "en":
            names = {getattr(country, a, "") for a in ("name", "common_name", "official_name")}
        else:
            names = {country_name(code, "uk")} - {code}
        for value in names:
            if value and "," not in value and "(" not in value:
                index.add(value, ("country", code))
    for phrase, code in data["aliases"][lang].items():
        index.add(phrase, ("country", code))
    for phrase, code in data["demonyms"][lang].items():
        index.add(phrase, ("demonym", code), capitalised=(lang == "en"))
    for phrase, code in data["capitals"][lang].items():
        index.add(phrase, ("capital", code))
    for phrase in data["cities"][lang]:
        index.add(phrase, ("city", ""))
    for canonical, phrases in data["organisations"].items():
        for phrase in phrases[lang]:
            index.add(phrase, ("organisation", canonical))
    return index


def _body_country(name: str) -> str:
    """The country a known body belongs to ("Мінцифри" is Ukraine's), if it has one."""
    entry = load("parties.json")["organisations"].get(name, {})
    return str(entry.get("country", ""))


def _case(sentence: Sentence, match: Match) -> str | None:
    """The grammatical case of a Ukrainian name (of its first noun's first reading)."""
    if sentence.lang != "uk":
        return None
    for token in sentence.tokens[match.start : match.end]:
        for reading in readings(token.text):
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


def _family_name(sentence: Sentence, match: Match) -> bool:
    """ "Prime Minister Luís Montenegro": a one-word state's name after an office and a
    given name ends a person's name."""
    tokens, i = sentence.tokens, match.start
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        match.end == i + 1
        and i >= 2
        and tokens[i - 1].is_word
        and tokens[i - 1].is_capitalised
        and bool(sentence_keys(sentence)[i - 2] & ACTOR_WORDS[sentence.lang])
        and not (following is not None and following.is_capitalised)
    )


def mentions(sentence: Sentence) -> list[Mention]:
    """Every party (and city) the sentence names, in order of appearance, no overlaps."""
    return sentence.remember("mentions", lambda: _mentions(sentence))


def _mentions(sentence: Sentence) -> list[Mention]:
    found: list[Mention] = []
    for match in _index(sentence.lang).find(sentence):
        how, key = match.value
        if how == "demonym" and not _actor_follows(sentence, match.end):
            continue
        if how == "country" and _family_name(sentence, match):
            continue
        case = _case(sentence, match)
        country = _body_country(key) if how == "organisation" else ""
        found.append(Mention(match.start, match.end, key, how, case, match.phrase, country))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    ministries = (
        _uk_ministries(sentence, kept) if sentence.lang == "uk" else _en_ministries(sentence, kept)
    )
    if ministries:
        kept = [m for m in kept if not any(o.start < m.end and m.start < o.end for o in ministries)]
        kept = sorted(kept + ministries, key=lambda m: m.start)
    kept = _with_organisations(sentence, kept)
    kept = sorted(kept + _compounds(sentence, kept), key=lambda m: m.start)
    return sorted(kept + _acronyms(sentence, kept), key=lambda m: m.start)


def _with_organisations(sentence: Sentence, kept: list[Mention]) -> list[Mention]:
    """``kept`` and the organisations found by their shape; a longer name replaces the
    known names inside it ("NATO Support and Procurement Agency" is not NATO)."""
    from desktop.ingest.organisations import organisations  # it builds on Mention

    for body in organisations(sentence, kept):
        inside = [m for m in kept if m.start < body.end and body.start < m.end]
        if all(body.start <= m.start and m.end <= body.end for m in inside) and not any(
            m.start == body.start and m.end == body.end and m.how == "organisation" for m in inside
        ):
            kept = [m for m in kept if m not in inside] + [body]
    return sorted(kept, key=lambda m: m.start)


def _compounds(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "українсько-польську угоду", "the Canada-Ukraine agreement": two parties in one word."""
    covered = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    for i, token in enumerate(sentence.tokens):
        if "-" not in token.text or i in covered:
            continue
        keys = [_part_key(part, sentence.lang) for part in token.text.split("-")]
        if len(keys) >= 2 and all(keys):
            out += [Mention(i, i + 1, key, "compound") for key in dict.fromkeys(keys)]
    return out


#: Capitalised abbreviations that name no party (units, currencies, weapons, the army).
_NOT_ORGANISATIONS = wordset(
    "GDP ВВП USD EUR UAH GBP PLN SEK NOK DKK CAD CHF JPY LNG UAV БПЛА ППО ЗСУ ЗМІ MOU LOI ТОВ "
    "CEO ІТ IT AI ШІ"
)
_PARTNER_WORDS = wordset("and with between та і й з із зі між ,")


def _acronyms(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Ukraine's Ministry of Energy and USAID signed": an unknown organisation by its
    abbreviation, when it stands beside a known party or after "with"/"між"."""
    tokens = sentence.tokens
    covered = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        word = token.text
        if i in covered or len(word) < 3 or not word.isalpha() or not word.isupper():
            continue
        if word in _NOT_ORGANISATIONS:
            continue
        before = tokens[i - 1].text.lower() if i else ""
        after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        joined_after = before in _PARTNER_WORDS and any(m.end == i - 1 for m in found)
        joined_before = after in _PARTNER_WORDS and any(m.start == i + 2 for m in found)
        if joined_after or joined_before or before in ("with", "between", "з", "із", "зі", "між"):
            out.append(Mention(i, i + 1, word, "organisation"))
    return out


def _part_key(part: str, lang: str) -> str:
    """The country a word of a compound or a demonym names ("польсько", "Norwegian")."""
    data = load("parties.json")
    if lang == "en":
        index = _index("en")
        for how in ("country", "demonym"):
            for match in index.find_word(part):
                if match[0] == how:
                    key: str = match[1]
                    return key
        return ""
    forms = {part.lower()[:-1] + "ий"} if part.lower().endswith("о") else set(lemmas(part))
    return next((data["demonyms"]["uk"][f] for f in forms if f in data["demonyms"]["uk"]), "")


# -- ministries: organisations named after their country ------------------------------------


#: "Міністерство оборони Королівства Нідерландів": words of a state's full name.
_STATE_FORMS = wordset("королівство республіка федеративний федерація держава князівство")


def _uk_ministries(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Міністерство цифрової трансформації України", "польське Міністерство цифрових справ".

    The name is the head noun in the nominative, the genitive words that follow it and the
    country in the genitive; a demonym before the head names the country instead.
    """
    tokens = sentence.tokens
    keys = sentence_keys(sentence)
    out: list[Mention] = []
    for i, token_keys in enumerate(keys):
        if "міністерство" not in token_keys:
            continue
        demonym = next((m for m in found if m.end == i and m.how == "demonym"), None)
        words: list[str] = []
        j = i + 1
        country: Mention | None = None
        while j < len(tokens):
            at = next((m for m in found if m.start == j), None)
            if at is not None and at.how == "country" and at.case == "gent":
                country = at
                break
            word = tokens[j].text
            joiner = word in (",", "та", "і", "й") and words
            genitive = (
                tokens[j].is_word
                and (not tokens[j].is_capitalised or keys[j] & _STATE_FORMS)
                and any(r.case == "gent" for r in readings(word))
            )
            if not (genitive or joiner):
                break
            words.append(word)
            j += 1
        while words and words[-1] in (",", "та", "і", "й"):
            words.pop()
        if not words or (country is None and demonym is None):
            continue
        head = [r for r in readings(tokens[i].text) if r.pos == "NOUN"]
        if country is not None:
            tail = [t.text for t in tokens[country.start : country.end]]
            start, end, code = demonym.start if demonym else i, country.end, country.key
        else:
            assert demonym is not None
            tail = [inflect_word(w, {"gent"}) for w in country_name(demonym.key, "uk").split(" ")]
            start, end, code = demonym.start, j, demonym.key
        name = " ".join(["Міністерство", *words, *tail]).replace(" ,", ",")
        case = head[0].case if head else None
        out.append(Mention(start, end, name, "organisation", case, name, code))
    return out


def _another_body(tokens: list[Token], j: int) -> bool:
    """ "... Ministry of Energy and USAID signed": "and" joins a second party, not the name."""
    if tokens[j].text != "and" or j + 1 >= len(tokens):
        return False
    following = tokens[j + 1].text
    verb = j + 2 < len(tokens) and tokens[j + 2].text.endswith("ed")
    # "... Department of Health and the Gates Foundation": "the" opens another name.
    article = following in ("the", "a") and j + 2 < len(tokens) and tokens[j + 2].is_capitalised
    # "... Renewable Energy and Norwegian developer Scatec": a demonym opens another body.
    demonym = bool(_part_key(following, "en"))
    return following.isupper() or verb or article or demonym


def _en_ministries(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Ukraine's Ministry of Digital Transformation", "Ministry of Defence of Lithuania"."""
    tokens = sentence.tokens
    out: list[Mention] = _en_possessive_ministries(sentence, found)
    for i, token in enumerate(tokens):
        if token.text not in ("Ministry", "Department") or any(m.start <= i < m.end for m in out):
            continue
        if (
            token.text not in ("Ministry", "Department")
            or i + 1 >= len(tokens)
            or tokens[i + 1].text
            not in (
                "of",
                "for",
            )
        ):
            continue
        words = [token.text, tokens[i + 1].text]
        j = i + 2
        country: Mention | None = None
        while j < len(tokens):
            at = next((m for m in found if m.start == j and m.how == "country"), None)
            if at is not None and words[-1] == "of":
                country = at
                words.pop()
                j = at.end
                break
            word = tokens[j].text
            if not (tokens[j].is_capitalised or word in ("of", "and", "for", "the", ",")):
                break
            if at is not None or word in ("Ministry", "Department") or _another_body(tokens, j):
                break
            words.append(word)
            j += 1
        while words and words[-1] in ("of", "and", "for", "the", ","):
            words.pop()
        before = next((m for m in found if m.end == i and m.how in ("country", "demonym")), None)
        owner = country or before
        if owner is None or len(words) < 3:
            continue
        name = " ".join(words).replace(" ,", ",") + f" of {country_name(owner.key, 'en')}"
        start = before.start if before is not None and country is None else i
        out.append(Mention(start, j, name, "organisation", None, name, owner.key))
    return out


def _en_possessive_ministries(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Latvia's Defence Ministry", "the Polish Foreign Ministry": the field before the head
    and the country before that, named as "Ministry of Defence of Latvia"."""
    if "Ministry" not in sentence.text:
        return []
    tokens = sentence.tokens
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        if token.text != "Ministry" or (i + 1 < len(tokens) and tokens[i + 1].text == "of"):
            continue
        start = i
        while start > 0 and i - start < 4 and tokens[start - 1].is_capitalised:
            if any(m.start <= start - 1 < m.end for m in found):
                break
            start -= 1
        owner = next((m for m in found if m.end == start and m.how in ("country", "demonym")), None)
        if owner is None or start == i:
            continue
        field = " ".join(t.text for t in tokens[start:i])
        name = f"Ministry of {field} of {country_name(owner.key, 'en')}"
        out.append(Mention(owner.start, i + 1, name, "organisation", None, name, owner.key))
    return out
