"""What a signing sentence says about its document: title, acting parties and place.

Not every country a sentence names is a party: "допомогу Україні" names a recipient,
"у Литві" a place, "on production in both countries" a topic. A name counts as a party
when it acts — the subject of signing, a signer's country, a partner after "з"/"між"/
"with"/"between"/"by" — and grammatical case tells these apart in Ukrainian.
"""

from __future__ import annotations

from functools import cache

from desktop.ingest.events import DocumentMention
from desktop.ingest.lexicon import sentence_keys, word_keys
from desktop.ingest.morph import inflect_word, readings
from desktop.ingest.parties import ACTOR_WORDS, Mention
from desktop.ingest.text import Sentence, Token, wordset

_UK_PARTNER_PREPS = frozenset({"з", "із", "зі", "між", "від"})
_UK_PLACE_PREPS = frozenset({"у", "в", "во", "на", "до", "для", "по", "про", "щодо"})
_EN_PARTNER_PREPS = frozenset({"with", "between", "by", "among"})
_EN_NOT_PARTY = wordset(
    "in to for at from into across on about of regarding throughout within inside"
)
_EN_NOT_CAPITAL = wordset("the a an in at to from of for on into near outside")
_EN_DONE = wordset("signed inked concluded adopted initialled initialed sign")
_JOINERS = frozenset({"та", "і", "й", "and", ",", "&"})
_VISITS = frozenset({"візит", "visit", "візиту"})
_TITLE_OPENERS = {
    "uk": wordset("про щодо стосовно між з із зі"),
    "en": wordset("on about regarding concerning for to between with"),
}
_TITLE_STOPS = {
    "uk": wordset("на між з із зі в у під який яка яке які що під час під де після перед"),
    "en": wordset("in at with between during which that by after before while as who where"),
}
_FIELD_WORDS = frozenset(
    {"сфері", "сферах", "галузі", "галузях", "field", "fields", "area", "areas"}
)
MAX_TITLE_WORDS = 16
#: Pronoun-like adjectives that point at a document rather than describe it.
_NOT_MODIFIERS = wordset("цю цей ця це ці цієї цього цих відповідну таку такий нову нова новий")
#: After "in", these start a place or a time rather than a topic ("in both countries").
_QUANTIFIERS = wordset("the a an both two three all each their its our this that these those")
_NOW_WORDS = wordset("today yesterday tonight сьогодні вчора учора позавчора")
_DATE_WORDS = _NOW_WORDS | wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december понеділок вівторок середу "
    "четвер п'ятницю суботу неділю"
)


def _previous_word(sentence: Sentence, index: int) -> str:
    return sentence.tokens[index - 1].text.lower() if index > 0 else ""


def _actor_before(sentence: Sentence, index: int) -> bool:
    """An actor noun ("уряд", "міністерство", "government") just before ``index``."""
    keys = sentence_keys(sentence)
    actors = ACTOR_WORDS[sentence.lang]
    j = index - 1
    if sentence.lang == "en" and j >= 0 and sentence.tokens[j].text.lower() == "of":
        j -= 1
    if sentence.lang == "uk":
        # "міністр закордонних справ Чилі": the office's field stands between.
        while j > 0 and index - j <= 3 and not keys[j] & actors and _field_word(sentence, j):
            j -= 1
    return j >= 0 and bool(keys[j] & actors)


def _field_word(sentence: Sentence, j: int) -> bool:
    word = sentence.tokens[j].text
    return word[:1].islower() and any(
        r.case == "gent" and r.pos in ("NOUN", "ADJF") for r in readings(word)
    )


_EVENTS = wordset(
    "summit meeting talks session forum conference congress council-meeting ministerial "
    "саміт саміті самміт засідання форум конференція конференції зустріч зустрічі"
)


def _names_an_event(sentence: Sentence, mention: Mention) -> bool:
    """ "at the Mercosur summit", "у кулуарах саміту НАТО": a meeting's name, not a side."""
    tokens = sentence.tokens
    after = tokens[mention.end].text.lower() if mention.end < len(tokens) else ""
    before = tokens[mention.start - 1].text.lower() if mention.start else ""
    if sentence.lang == "en":
        return after in _EVENTS and before in ("the", "a", "an", "this", "last")
    return bool(sentence_keys(sentence)[mention.start - 1] & _UK_EVENTS) if before else False


_UK_EVENTS = wordset("саміт засідання форум конференція зустріч з'їзд сесія")


def _possessive_actor(sentence: Sentence, mention: Mention) -> bool:
    """ "the visit of Chile's president": a country whose office holder acts."""
    last = sentence.tokens[mention.end - 1].text
    if not last.endswith(("'s", "’s")) or mention.end >= len(sentence.tokens):
        return False
    return bool(sentence_keys(sentence)[mention.end] & ACTOR_WORDS["en"])


def _hosts(sentence: Sentence, index: int) -> bool:
    """ "візит ... до Литви", "visit to Kyiv": the host of a visit is a party to what is
    signed during it."""
    if _previous_word(sentence, index) not in ("до", "to", "in"):
        return False
    keys = sentence_keys(sentence)
    return any(keys[j] & _VISITS for j in range(max(0, index - 5), index - 1))


def _acts(sentence: Sentence, mention: Mention) -> bool:
    previous = _previous_word(sentence, mention.start)
    if mention.how in ("demonym", "compound") or _hosts(sentence, mention.start):
        return True
    if sentence.lang == "en" and mention.how == "capital" and previous in _EN_NOT_CAPITAL:
        return False  # "at the Washington summit", "in Kyiv": a place, not a government
    if _names_an_event(sentence, mention):
        return False  # "at the Mercosur summit", "на саміті НАТО"
    if sentence.lang == "en":
        if previous in _EN_PARTNER_PREPS or _possessive_actor(sentence, mention):
            return True
        if previous in _EN_NOT_PARTY:
            return _actor_before(sentence, mention.start)
        return True
    if previous in _UK_PARTNER_PREPS:
        return True
    if previous in _UK_PLACE_PREPS:
        return False
    token = sentence.tokens[mention.start].text
    cases = {r.case for r in readings(token) if r.pos == "NOUN"}
    if any("Fixd" in r.grammemes for r in readings(token)) or not cases:
        return previous in ("", ",", "та", "і", "й") or _actor_before(sentence, mention.start)
    if mention.case in ("nomn", "ablt"):
        return True
    return mention.case == "gent" and _actor_before(sentence, mention.start)


_CONTRAST = wordset("while whereas but although though yet але проте однак тоді хоча")
_REFUSAL = wordset(
    "not n't never refused declined rejected refuse decline reject did не відмовився "
    "відмовилася відмовилися відмовилась відмовились відхилив відхилила відхилили"
)


@cache
def _contrast_keys() -> frozenset[str]:
    return frozenset(k for w in _CONTRAST for lang in ("uk", "en") for k in word_keys(w, lang))


def _refused(sentence: Sentence) -> set[int]:
    """Tokens of a contrasting clause that refuses or denies: "..., while Hungary refused
    to sign", "..., але Угорщина не підписала": its parties did not sign."""
    tokens = sentence.tokens
    out: set[int] = set()
    contrast = _contrast_keys()
    if not any(k & contrast for k in sentence_keys(sentence)):
        return out
    i = 0
    while i < len(tokens):
        if tokens[i].text.lower() in _CONTRAST and i > 0 and tokens[i - 1].text in ",;":
            end = i + 1
            while end < len(tokens) and tokens[end].text not in ",;":
                end += 1
            if any(t.text.lower() in _REFUSAL for t in tokens[i:end]):
                out.update(range(i, end))
            i = end
        i += 1
    return out


def acting_parties(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """The mentions in ``sentence`` that name a party acting in it, in order."""
    refused = _refused(sentence)
    found = [m for m in found if m.start not in refused]
    out: list[Mention] = []
    last_verdict: tuple[Mention, bool] | None = None
    for mention in found:
        if mention.how == "city":
            continue
        if mention.how == "capital" and sentence.lang == "uk" and mention.case != "nomn":
            verdict = _hosts(sentence, mention.start)
        else:
            verdict = _acts(sentence, mention)
        if last_verdict is not None and last_verdict[0].end + 1 == mention.start:
            joiner = sentence.tokens[mention.start - 1].text.lower()
            if joiner in _JOINERS:
                verdict = last_verdict[1] or verdict
        last_verdict = (mention, verdict)
        if verdict:
            out.append(mention)
    return out


def named_parties(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Parties the sentence names anywhere except as a place or a recipient."""
    out = []
    for mention in found:
        previous = _previous_word(sentence, mention.start)
        if mention.how in ("city", "capital") or previous in _UK_PLACE_PREPS | _EN_NOT_PARTY:
            continue
        if mention.case not in ("datv", "loct"):
            out.append(mention)
    return out


def _title_parts(
    sentence: Sentence, doc: DocumentMention, stop_at: int | None
) -> tuple[int, int, int]:
    """Where the title's kind phrase starts, and where what it is about starts and ends."""
    tokens = sentence.tokens
    lang = sentence.lang
    start = _en_modifiers(sentence, doc.start) if lang == "en" else _uk_modifiers(sentence, doc)
    limit = min(len(tokens), stop_at if stop_at is not None else len(tokens))
    rest = _skip_when(tokens, doc.end, limit)
    end = rest
    opener = end < limit and tokens[end].text.lower() in _TITLE_OPENERS[lang]
    if not opener or (end + 1 < limit and _date_word(tokens[end + 1].text)):
        return start, doc.end, doc.end
    end += 1
    while end < limit and end - start < MAX_TITLE_WORDS:
        token = tokens[end]
        word = token.text.lower()
        if not (token.is_word or token.text in "-'’") or (
            word in _TITLE_STOPS[lang] and not _topic_follows(sentence, end)
        ):
            break
        if word in _JOINERS and end + 1 < limit and _is_verb(sentence, end + 1):
            break
        if word in _NOW_WORDS:
            break
        if _date_word(tokens[end + 1].text if end + 1 < limit else "") and word in (
            "on", "last", "this", "next",
        ):  # fmt: skip
            break
        end += 1
    return start, rest, end


def title_end(sentence: Sentence, doc: DocumentMention, stop_at: int | None) -> int:
    """The token after the title: a second document in the sentence starts past it."""
    return _title_parts(sentence, doc, stop_at)[2]


def title(
    sentence: Sentence, doc: DocumentMention, stop_at: int | None, *, short: bool = False
) -> str:
    """The document's name: its kind phrase in the nominative and what it is about.

    ``short`` gives the kind phrase alone, in the singular: the title of one of several
    documents reported together ("security agreements with Germany and France").
    """
    tokens = sentence.tokens
    start, rest, end = _title_parts(sentence, doc, stop_at)
    if short:
        rest = end = doc.end

    def piece(a: int, b: int) -> str:
        return sentence.text[tokens[a].start - sentence.start : tokens[b - 1].end - sentence.start]

    if sentence.lang == "uk":
        kind = " ".join(_uk_nominative([t.text for t in tokens[start : doc.end]], short))
        kind = kind.replace(" - ", "-").replace(" ' ", "'")
    else:
        kind = piece(start, doc.end)
        if short and kind.endswith("s") and not kind.endswith(("ss", "us", "is")):
            kind = kind[:-1]
    text = kind + (" " + piece(rest, end) if end > rest else "")
    return text[:1].upper() + text[1:]


def _skip_when(tokens: list[Token], end: int, limit: int) -> int:
    """Past "on Thursday" / "у понеділок" between the kind word and what it is about."""
    if (
        end + 1 < limit
        and tokens[end].text.lower() in ("on", "у", "в")
        and _date_word(tokens[end + 1].text)
    ):
        after = end + 2
        while after < limit and (tokens[after].text[:1].isdigit() or tokens[after].text == ","):
            after += 1
        if after < limit and tokens[after].text.lower() in ("to", "про", "щодо", "on", "about"):
            return after
    return end


def _en_modifiers(sentence: Sentence, start: int) -> int:
    """ "a 100-year partnership treaty": where the words before the kind phrase begin.

    They belong to the title only when an article or the verb bounds them ("a", "the",
    "signed bilateral security agreements"), so "Ukraine and Denmark signed an agreement"
    keeps nothing before "agreement" and "Ukraine Denmark agreement" no country names.
    """
    j = start - 1
    while j >= 0:
        word = sentence.tokens[j].text
        if word.lower() in ("a", "an", "the") or word.lower() in _EN_DONE:
            return j + 1
        if not (word[:1].isalpha() or word[:1].isdigit() or word == "-") or word.lower() in (
            "and", "with", "of", "to", "on", "in", "for", "by",
        ):  # fmt: skip
            return start
        j -= 1
    return start


def _uk_modifiers(sentence: Sentence, doc: DocumentMention) -> int:
    """ "рамкову угоду": adjectives agreeing with the kind word belong to the title."""
    head = {r.case for r in readings(sentence.tokens[doc.start].text) if r.case}
    j = doc.start
    while j > 0:
        word = sentence.tokens[j - 1].text
        cases = {r.case for r in readings(word) if r.pos == "ADJF"}
        if not (word[:1].islower() and cases & head) or word.lower() in _NOT_MODIFIERS:
            break
        j -= 1
    return j


def _date_word(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _DATE_WORDS


def _topic_follows(sentence: Sentence, index: int) -> bool:
    """A preposition that stays in the title: "у сфері кібербезпеки", "in the field of",
    "в оборонній промисловості" — but not "у Варшаві" or "у понеділок"."""
    following = [t.text for t in sentence.tokens[index + 1 : index + 3]]
    if any(w.lower() in _FIELD_WORDS for w in following):
        return True
    word = sentence.tokens[index].text.lower()
    return (
        word in ("у", "в", "in")
        and bool(following)
        and following[0][:1].islower()
        and not _date_word(following[0])
        and following[0].lower() not in _QUANTIFIERS
    )


def _is_verb(sentence: Sentence, index: int) -> bool:
    token = sentence.tokens[index].text
    if sentence.lang == "en":
        return token.lower().endswith("ed") or token.lower() in ("will", "was", "were")
    return any(r.pos in ("VERB", "INFN") for r in readings(token))


def _uk_nominative(words: list[str], singular: bool = False) -> list[str]:
    """The kind phrase's head noun (and adjectives before it) in the nominative."""
    head = next((n for n, w in enumerate(words) if any(r.pos == "NOUN" for r in readings(w))), 0)
    gender = next((r.gender for r in readings(words[head]) if r.pos == "NOUN"), None)
    number = {"sing"} if singular else set()
    out = []
    for n, word in enumerate(words):
        if n == head:
            out.append(inflect_word(word, {"nomn"} | number))
        elif n < head:
            out.append(inflect_word(word, {"nomn", gender} | number if gender else {"nomn"}))
        else:
            out.append(word)
    return out
