"""Signatories: a role ("міністр оборони України", "Defence Minister") next to a person's name.

A name is recognised by where it stands — right after a role phrase, or before one after a
comma — not by a list of known people, so any minister of any country is found. Ukrainian
roles and names are put into the nominative with pymorphy3: a name in apposition shares the
role's case ("з міністром ... Девідом Макгінті" → "Девід Макгінті").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest.lexicon import sentence_keys, stem, word_keys
from desktop.ingest.morph import inflect_word, name_case, nominative_name, readings
from desktop.ingest.parties import Mention, mentions
from desktop.ingest.text import Sentence, wordset

ROLE_HEADS = {
    "uk": wordset(
        "міністр міністерка прем'єр-міністр прем'єр-міністерка президент президентка посол "
        "посолка віце-прем'єр-міністр канцлер канцлерка генсек генеральний секретар "
        "голова очільник очільниця керівник керівниця командувач директор директорка "
        "речник речниця спікер мер колега заступник заступниця уповноважений єврокомісар "
        "комісар прем'єр представник представниця принц король королева емір султан глава "
        "член держсекретар віцепрезидент віцепрезидентка віце-президент віцепрем'єр "
        "віцепрем'єрка віцепрем'єр-міністр віцепрем'єр-міністерка"
    ),
    "en": frozenset(
        map(
            stem,
            wordset(
                "minister president ambassador chancellor secretary secretary-general "
                "head chief commander director spokesperson speaker mayor counterpart colleague "
                "deputy commissioner premier ceo chair chairman chairwoman representative envoy "
                "prince king queen emir sultan manager executive founder undersecretary "
                "under-secretary member"
            ),
        )
    ),
}
COUNTERPARTS = {"uk": frozenset({"колега"}), "en": frozenset({"counterpart", "colleague"})}
#: English words that continue a role phrase rather than start a name.
_EN_ROLE_WORDS = frozenset(
    map(
        stem,
        wordset(
            "of for the and defence defense national foreign affairs economy economic "
            "digital transformation finance energy strategic industries industry health education "
            "agrarian agriculture infrastructure justice interior trade development deputy first "
            "vice general state security armed forces prime minister european high representative "
            "policy commission union affairs veterans culture science innovation social policy "
            "internal home office treasury cabinet commerce labour labor transport environment "
            "mining fisheries tourism petroleum oil water housing information communications "
            "technology budget planning"
        ),
    )
)
_NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "de",
        "la",
        "fon",
        "bin",
        "ibn",
        "al",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "du",
        "фон",
        "ван",
        "де",
        "дер",
        "бін",
        "аль",
    }
)


@dataclass(frozen=True)
class Person:
    """A signatory found in a sentence: name, role, party (``""`` when not stated)."""

    name: str
    role: str
    party: str
    counterpart: bool
    role_base: str
    start: int
    end: int


def _is_role_head(sentence: Sentence, i: int) -> bool:
    keys = sentence_keys(sentence)[i]
    word = sentence.tokens[i].text
    if "-" in word:  # "віцепрем'єр-міністерка": a compound office ends in its head
        keys = keys | word_keys(word.rsplit("-", 1)[1], sentence.lang)
    if not keys & ROLE_HEADS[sentence.lang]:
        return False
    if sentence.lang == "uk":
        # A plural head ("міністри оборони України та Литви") names no single signatory.
        return any(
            r.pos == "NOUN" and "plur" not in r.grammemes for r in readings(sentence.tokens[i].text)
        )
    return True


def _party_at(found: list[Mention], start: int, end: int) -> Mention | None:
    inside = [m for m in found if start <= m.start and m.end <= end and m.how != "city"]
    return inside[0] if inside else None  # "посол Данії в Україні" is Denmark's


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _particle(word: str) -> bool:
    """ "von", "da", or a particle joined to a family name: "al-Sisi", "аль-Мактум"."""
    head, _, rest = word.partition("-")
    return word.lower() in _NAME_PARTICLES or (
        head.lower() in _NAME_PARTICLES and rest[:1].isupper()
    )


def name_tokens(sentence: Sentence, i: int, found: list[Mention]) -> list[int]:
    """Indices of up to three capitalised words from ``i`` that are not a party's name."""
    out: list[int] = []
    tokens = sentence.tokens
    if sentence.lang == "uk":
        # "директор Safran Олів'є Андріє": a company's name in Latin letters, then the name.
        j = i
        while j < len(tokens) and tokens[j].is_capitalised and not _cyrillic(tokens[j].text):
            j += 1
        if i < j < len(tokens) and tokens[j].is_capitalised and tokens[j].is_word:
            i = j
    while i < len(tokens) and len(out) < 6:
        token = tokens[i]
        in_party = any(m.start <= i < m.end for m in found)
        if out and token.is_word and _cyrillic(token.text) != _cyrillic(tokens[out[0]].text):
            break  # "директор Safran Олів'є Андріє": a company's name, then the person's
        if (
            token.is_word
            and not in_party
            and (token.is_capitalised or (out and _particle(token.text)))
        ):
            out.append(i)
            i += 1
            continue
        if token.is_word and token.text.lower() in _NAME_PARTICLES and not in_party:
            out.append(i)
            i += 1
            continue
        initial = out and len(tokens[out[-1]].text) == 1 and tokens[out[-1]].is_capitalised
        if token.text == "." and initial:  # "Tore O. Sandvik"
            out.append(i)
            i += 1
            continue
        break
    while out and tokens[out[-1]].text.lower() in _NAME_PARTICLES:
        out.pop()
    words = [
        j for j in out if tokens[j].text != "." and tokens[j].text.lower() not in _NAME_PARTICLES
    ]
    return out if len(words) <= 4 else []


def _uk_role(sentence: Sentence, head: int, found: list[Mention]) -> tuple[int, int, str, str]:
    """Start, end (exclusive), case and gender of a Ukrainian role phrase around ``head``."""
    tokens = sentence.tokens
    heads = [r for r in readings(tokens[head].text) if r.pos == "NOUN" and r.case]
    case = heads[0].case if heads else None
    gender = heads[0].gender if heads else None
    start = head
    while start > 0:
        prev = tokens[start - 1]
        agreeing = [r for r in readings(prev.text) if r.pos == "ADJF" and r.case == case]
        if prev.is_word and agreeing:
            start -= 1
            continue
        if prev.is_word and any(m.start <= start - 1 < m.end and m.how == "demonym" for m in found):
            start -= 1
            continue
        break
    if start >= 2 and tokens[start - 1].text in ("—", "–", "-"):
        earlier = next(
            (h for h in range(start - 2, max(-1, start - 5), -1) if _is_role_head(sentence, h)),
            None,
        )
        if earlier is not None:
            start = _uk_role(sentence, earlier, found)[0]
    end = head + 1
    while end < len(tokens):
        token = tokens[end]
        party = next((m for m in found if m.start == end), None)
        if party is not None:
            end = party.end
            continue
        following = tokens[end + 1].text if end + 1 < len(tokens) else ""
        if token.text.isupper() and len(token.text) >= 2 and any(m.start == end + 1 for m in found):
            end += 1  # "глава МЗС Чехії": a body's abbreviation, then its country
            continue
        if not token.is_word or token.is_capitalised:
            break
        if token.text in ("у", "в") and any(m.start == end + 1 for m in found):
            end += 1  # "посол Данії в Україні"
            continue
        if token.text in ("з", "із", "у", "в") and following in ("питань", "справ", "справах"):
            end += 2  # "єврокомісар з питань економіки", "міністр у справах ветеранів"
            continue
        if token.text in ("та", "і", "й") and following and _genitive(following):
            end += 1  # "міністр юстиції та цифровізації Естонії"
            continue
        if _genitive(token.text):
            end += 1
            continue
        break
    return start, end, case or "", gender or ""


def _genitive(word: str) -> bool:
    found = readings(word)
    if any(r.pos in ("PREP", "CONJ") for r in found):
        return False  # "до" is also a musical note, in every case
    return word[:1].islower() and any(r.case == "gent" and r.pos in ("NOUN", "ADJF") for r in found)


def _uk_role_words(sentence: Sentence, start: int, head: int, end: int, gender: str) -> list[str]:
    """The role phrase's words with the head (and adjectives before it) in the nominative."""
    words = []
    for i in range(start, end):
        word = sentence.tokens[i].text
        if i == head or (i < head and _is_role_head(sentence, i)):
            word = inflect_word(word, {"nomn"})
        elif i < head and sentence.tokens[i].is_word:
            word = inflect_word(word, {"nomn", gender} if gender else {"nomn"})
        words.append(word)
    return words


def _en_role(sentence: Sentence, head: int, found: list[Mention], floor: int) -> tuple[int, int]:
    """Start and end of an English role phrase around the role word at ``head``."""
    tokens = sentence.tokens
    start = head
    while start > floor:
        prev = tokens[start - 1]
        in_party = any(m.start <= start - 1 < m.end for m in found)
        role_word = bool(sentence_keys(sentence)[start - 1] & _EN_ROLE_WORDS)
        if prev.is_word and (in_party or role_word) and prev.text.lower() not in ("the", "and"):
            start -= 1
            continue
        break
    end = head + 1
    keys = sentence_keys(sentence)
    while end < len(tokens):
        token = tokens[end]
        party = next((m for m in found if m.start == end), None)
        if party is not None:
            end = party.end
            continue
        if token.is_word and keys[end] & _EN_ROLE_WORDS:
            end += 1
            continue
        if token.text == "to" and any(m.start == end + 1 for m in found):
            end += 1  # "Ambassador to Ukraine"
            continue
        break
    while end > head + 1 and tokens[end - 1].text.lower() in ("of", "for", "the", "and"):
        end -= 1
    return start, end


def _name_before(sentence: Sentence, start: int, found: list[Mention]) -> list[int]:
    """ "Denys Shmyhal, Ukraine's defence minister", "Keir Starmer, his British
    counterpart": the name before a comma and a role."""
    tokens = sentence.tokens
    if start >= 3 and tokens[start - 1].text.lower() in ("his", "her", "their"):
        start -= 1
    if start < 2 or tokens[start - 1].text != ",":
        return []
    j = start - 2
    out: list[int] = []
    while j >= 0 and len(out) < 3 and tokens[j].is_word and tokens[j].is_capitalised:
        if any(m.start <= j < m.end for m in found):
            break
        out.insert(0, j)
        j -= 1
    return out if len(out) >= 2 else []


def people(sentence: Sentence) -> list[Person]:
    """Every signatory-like person in ``sentence``: a role phrase with a name beside it."""
    return sentence.remember("people", lambda: _people(sentence))


def _people(sentence: Sentence) -> list[Person]:
    heads = ROLE_HEADS[sentence.lang]
    keys = sentence_keys(sentence)
    candidates = [
        i
        for i, token in enumerate(sentence.tokens)
        if keys[i] & heads or ("-" in token.text and token.is_word)
    ]
    if not candidates:
        return []
    found = mentions(sentence)
    lang = sentence.lang
    tokens = sentence.tokens
    out: list[Person] = []
    done = 0
    for i in candidates:
        if i < done:
            continue
        if together := group(sentence, i):
            out += together
            done = together[-1].end
            continue
        if not _is_role_head(sentence, i):
            continue
        if lang == "uk":
            start, end, case, gender = _uk_role(sentence, i, found)
        else:
            start, end = _en_role(sentence, i, found, out[-1].end if out else 0)
            case, gender = "", ""
        after = name_tokens(sentence, end, found)
        name_idx = after or _name_before(sentence, start, found)
        if not name_idx:
            done = end
            continue
        words = [tokens[j].text for j in name_idx if tokens[j].text != "."]
        if lang == "uk":
            name_in, gender_in = name_case(words, case or None, gender or None)
            name = nominative_name(words, name_in, gender_in).replace(" .", ".")
            role_words = _uk_role_words(sentence, start, i, end, gender)
        else:
            first, last = tokens[name_idx[0]], tokens[name_idx[-1]]
            name = sentence.text[first.start - sentence.start : last.end - sentence.start]
            name = re.sub(r"['’]s$", "", name)  # "Keir Starmer's visit"
            role_words = [t.text for t in tokens[start:end]]
        party_mention = _party_at(found, start, end)
        party = party_mention.key if party_mention else ""
        role = _sentence_case(role_words)
        base = _role_base(role_words, start, party_mention)
        counterpart = bool(sentence_keys(sentence)[i] & COUNTERPARTS[lang])
        span_end = max(name_idx) + 1 if after else end
        if lang == "en" and after and not party and span_end + 1 < len(tokens):
            # "Prime Minister Luís Montenegro of Portugal": the country after the name.
            of = next((m for m in found if m.start == span_end + 1 and m.how == "country"), None)
            if tokens[span_end].text == "of" and of is not None:
                party, span_end = of.key, of.end
        out.append(Person(name, role, party, counterpart, base, min(start, name_idx[0]), span_end))
        done = span_end
    return out


def group(sentence: Sentence, head: int) -> list[Person]:
    """People under a plural role at ``head`` (see ``desktop.ingest.groups``)."""
    from desktop.ingest.groups import group as people_of_group  # it builds on this module

    return people_of_group(sentence, head)


def _sentence_case(words: list[str]) -> str:
    text = " ".join(words).replace(" - ", "-")
    return text[:1].upper() + text[1:]


def _role_base(words: list[str], start: int, party: Mention | None) -> str:
    """The role without its country ("Міністр оборони" of "Міністр оборони України")."""
    if party is None:
        return _sentence_case(words)
    kept = [w for k, w in enumerate(words, start) if not party.start <= k < party.end]
    while kept and kept[-1].lower() in ("of", "for", "the"):
        kept.pop()
    while kept and kept[0].lower() == "the":
        kept.pop(0)
    return _sentence_case(kept) if kept else ""
