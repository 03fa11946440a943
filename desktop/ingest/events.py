"""Which sentences report a document being signed, and which documents they report.

A draft needs two things in one sentence: a kind phrase ("лист про наміри", "memorandum")
and a completed act of signing — a verb ("підписали", "уклали", "inked", "sealed"), a
passive ("було підписано"), a phrase ("put their signatures to", "скріпили підписами") or a
nominal form ("підписання меморандуму відбулося"), all listed in ``signing.json``. Plans
("will sign", "планують підписати", "відбудеться"), denials ("did not sign", "не
підписали") and mere references ("відповідно до угоди", "under the agreement") propose
nothing. A line of a list of documents names a document without a verb (``listed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from db import Kind
from desktop.ingest.lexicon import PhraseIndex, load, sentence_keys, stem
from desktop.ingest.morph import APOSTROPHES, readings
from desktop.ingest.text import Sentence, Token, headline, wordset

_UK_NEGATION = frozenset({"не", "ні"})
_UK_PAST_AUX = frozenset({"був", "була", "було", "були"})
#: Prepositions after which a Ukrainian kind word refers to an existing document.
_UK_REFERENCE = wordset("до згідно відповідно рамках межах виконання виконанні положень умов")
_EN_REFERENCE = wordset("under with within pursuant implementing of per to into from in")
_EN_SKIP = wordset("a an the this that new previous earlier existing bilateral")
_EN_PERFECT = wordset("have has had")
#: Words of ``not_done`` that plan nothing away from the verb ("a visit to", "set up").
_EN_PLAIN_WORDS = wordset("to be not never yet set ready")
#: A headline's present tense reports a completed signing: "Japan, Australia sign pact".
_EN_HEADLINE_VERBS = wordset("sign signs ink inks seal seals")


@dataclass(frozen=True)
class Signing:
    """One language's ways of saying that a document was signed (``signing.json``)."""

    verbs: frozenset[str]
    phrases: PhraseIndex
    nouns: frozenset[str]
    happened: PhraseIndex
    not_done: frozenset[str]
    #: Verbs of watching a signing: "witnessed the signing of", "присутні при підписанні".
    overseen: frozenset[str]


@cache
def signing(lang: str) -> Signing:
    data = load("signing.json")[lang]
    phrases = PhraseIndex(lang, gap=2)
    for phrase in data["phrases"]:
        phrases.add(phrase, True)
    happened = PhraseIndex(lang)
    for phrase in data["happened"]:
        happened.add(phrase, True)
    key = (lambda w: w) if lang == "uk" else stem
    return Signing(
        frozenset(data["verbs"]),
        phrases,
        frozenset(key(w) for w in data["nouns"]),
        happened,
        frozenset(data["not_done"]),
        frozenset(data["overseen"]),
    )


@dataclass(frozen=True)
class DocumentMention:
    """A document the sentence reports as signed: its kind and where its words are."""

    kind: Kind
    start: int
    end: int
    plural: bool = False
    #: "two memoranda", "три угоди": how many documents of the kind the words stand for.
    count: int = 1


@cache
def _kind_index(lang: str) -> PhraseIndex:
    index = PhraseIndex(lang)
    for phrase, kind in load("kinds.json")[lang].items():
        index.add(phrase, Kind(kind))
    return index


def _nominal(sentence: Sentence, lexicon: Signing) -> bool:
    """ "Підписання угоди відбулося ...", "The signing ceremony took place ..." (in the
    past: "відбудеться" is a plan)."""
    keys = sentence_keys(sentence)
    if not any(k & lexicon.nouns for k in keys):
        return False
    return any(
        sentence.lang == "en"
        or any("past" in r.grammemes for r in readings(sentence.tokens[m.start].text))
        for m in lexicon.happened.find(sentence)
    ) or overseen(sentence)


def overseen(sentence: Sentence) -> bool:
    """ "Leaders witnessed the signing of an agreement", "Прем'єри були присутні при
    підписанні меморандуму": a signing told through those who watched it."""
    return sentence.remember("overseen", lambda: _overseen(sentence))


def _overseen(sentence: Sentence) -> bool:
    lexicon = signing(sentence.lang)
    tokens = sentence.tokens
    keys = sentence_keys(sentence)
    if not any(k & lexicon.nouns for k in keys):
        return False
    if sentence.lang == "en":
        return any(
            t.text.lower() in lexicon.overseen and not _en_planned(tokens, i, lexicon.not_done)
            for i, t in enumerate(tokens)
        )
    past_aux = any(t.text.lower() in _UK_PAST_AUX for t in tokens)
    for i, token in enumerate(tokens):
        if not keys[i] & lexicon.overseen or (i > 0 and tokens[i - 1].text.lower() in _UK_NEGATION):
            continue
        if past_aux or any("past" in r.grammemes for r in readings(token.text)):
            return True
    return False


def _uk_signing(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    lexicon = signing("uk")
    for i, token in enumerate(tokens):
        for reading in readings(token.text) if token.is_word else ():
            if reading.lemma in lexicon.verbs:
                done = (
                    reading.grammemes & {"past", "Impe"}
                    or (reading.pos in ("ADJF", "PRTF") and "pssv" in reading.grammemes)
                    or (reading.pos == "GRND" and "perf" in reading.grammemes)
                )
                negated = i > 0 and tokens[i - 1].text.lower() in lexicon.not_done
                if done and not negated and not _uk_negated_aux(tokens, i):
                    return True
    for match in lexicon.phrases.find(sentence):
        if _uk_phrase_done(sentence, match.start, match.end):
            return True
    return _nominal(sentence, lexicon)


def _uk_phrase_done(sentence: Sentence, start: int, end: int) -> bool:
    """ "поставили підписи": the phrase's verb in the past, not negated."""
    tokens = sentence.tokens
    for i in range(start, end):
        for reading in readings(tokens[i].text):
            if reading.pos == "VERB" and reading.grammemes & {"past"}:
                return not (i > 0 and tokens[i - 1].text.lower() in signing("uk").not_done)
    return False


def _uk_negated_aux(tokens: list[Token], i: int) -> bool:
    """ "не було підписано": a negated auxiliary just before the participle."""
    return (
        i > 1
        and tokens[i - 1].text.lower() in ("було", "був", "була", "були")
        and (tokens[i - 2].text.lower() in _UK_NEGATION)
    )


def _en_planned(tokens: list[Token], i: int, not_done: frozenset[str]) -> bool:
    """ "expected to be signed", "will sign", "did not sign": words just before ``i``."""
    before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    if "been" in before or any(w in _EN_PERFECT for w in before):
        before = [w for w in before if w not in ("be", "to")]
    return any(w in not_done or w.endswith("n't") for w in before)


def _en_signing(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    lexicon = signing("en")
    for i, token in enumerate(tokens):
        word = token.text.lower()
        present = word in ("sign", "signs") and i > 0 and tokens[i - 1].text.lower() in _EN_PERFECT
        present = present or (word in _EN_HEADLINE_VERBS and headline(sentence))
        if (word in lexicon.verbs or present) and not _en_planned(tokens, i, lexicon.not_done):
            return True
    for match in lexicon.phrases.find(sentence):
        if not _en_planned(tokens, match.start, lexicon.not_done):
            return True
    return _nominal(sentence, lexicon) or _en_participle(sentence, lexicon)


def _en_participle(sentence: Sentence, lexicon: Signing) -> bool:
    """ "X wrapped up a visit on Friday, signing a deal on ...": a participle clause after a
    comma tells a signing done with the main verb (not "expected to ..., signing")."""
    if ", signing" not in sentence.text:
        return False
    tokens = sentence.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i].text.lower() != "signing" or tokens[i - 1].text != ",":
            continue
        plans = lexicon.not_done - _EN_PLAIN_WORDS
        if any(t.text.lower() in plans for t in tokens[:i]):
            return False
        return any(i < m.start <= i + 3 for m in _kind_index("en").find(sentence))
    return False


def told_as_headline(sentence: Sentence) -> bool:
    """ "Japan, Australia sign pact": a signing only a headline's present tense reports. A
    body that reports its documents tells them better (and each with its own partner)."""
    return (
        sentence.lang == "en"
        and headline(sentence)
        and signs(sentence)
        and not any(t.text.lower() in signing("en").verbs for t in sentence.tokens)
    )


def signed_in_passing(sentence: Sentence) -> bool:
    """ "Підписавши угоду, міністри заявили ...": a gerund tells the signing, and those
    who then speak are those who signed."""
    if sentence.lang != "uk" or "вши" not in sentence.text:
        return False
    gerunds = frozenset(v for v in signing("uk").verbs if v.endswith("вши"))
    return any(keys & gerunds for keys in sentence_keys(sentence))


def signs(sentence: Sentence) -> bool:
    """True when the sentence reports a completed signing (or adoption)."""
    reader = _uk_signing if sentence.lang == "uk" else _en_signing
    return sentence.remember("signs", lambda: reader(sentence))


def _uk_is_document(sentence: Sentence, start: int) -> bool:
    token = sentence.tokens[start]
    cases = {r.case for r in readings(token.text) if r.pos in ("NOUN", "ADJF")}
    previous = sentence.tokens[start - 1].text.lower() if start > 0 else ""
    if previous in _UK_REFERENCE:
        return False
    if cases & {"nomn", "accs"}:
        return True
    if "ablt" in cases and previous == "під":
        return True  # "поставили підписи під угодою": what the signatures are under
    if "gent" in cases and (previous[:1].isdigit() or previous in _NUMBERS):
        return True  # "підписали 12 угод", "п'ять меморандумів"
    # "відбулося підписання угоди": the signing noun takes the document in the genitive.
    return (
        "gent" in cases
        and start > 0
        and bool(sentence_keys(sentence)[start - 1] & signing("uk").nouns)
    )


def _en_is_document(sentence: Sentence, start: int) -> bool:
    j = start - 1
    while j >= 0:
        word = sentence.tokens[j].text
        if word.lower() in _EN_SKIP or (word[:1].isupper() and word.lower() not in _EN_REFERENCE):
            j -= 1
            continue
        break
    if j < 0 or sentence.tokens[j].text.lower() not in _EN_REFERENCE:
        return True
    # "the signing of the agreement", "put their signatures to a protocol": the document
    # signed, not one referred to.
    return (
        sentence.tokens[j].text.lower() in ("of", "to", "on", "under")
        and j > 0
        and bool(sentence_keys(sentence)[j - 1] & signing("en").nouns)
    )


def documents(sentence: Sentence) -> list[DocumentMention]:
    """The documents a sentence reports as signed; empty if it reports no signing."""
    return sentence.remember("documents", lambda: _documents(sentence))


def _documents(sentence: Sentence) -> list[DocumentMention]:
    if not signs(sentence):
        return []
    return listed(sentence)


def listed(sentence: Sentence) -> list[DocumentMention]:
    """The documents ``sentence`` names, signed or not: an item of a list of documents
    that an earlier sentence reports as signed ("1. a memorandum on ...;")."""
    return sentence.remember("listed", lambda: _listed(sentence))


def _listed(sentence: Sentence) -> list[DocumentMention]:
    check = _uk_is_document if sentence.lang == "uk" else _en_is_document
    found = _kind_index(sentence.lang).find(sentence)
    if sentence.lang == "en":
        # "a partnership treaty": the last of adjacent kind words is the document.
        found = [m for m in found if not any(o.start == m.end for o in found)]
        # "according to" is no "accord": a kind is a noun, not a word in -ing.
        found = [
            m
            for m in found
            if not sentence.tokens[m.end - 1].text.lower().endswith("ing")
            or m.phrase.lower().endswith("ing")
        ]
    return [
        DocumentMention(
            m.value,
            m.start,
            m.end,
            _plural(sentence, m.start, m.end),
            _count(sentence, m.start),
        )
        for m in found
        if check(sentence, m.start)
    ]


_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
    "п'ять": 5, "п'яти": 5, "шість": 6,
}  # fmt: skip


def _count(sentence: Sentence, start: int) -> int:
    """ "two memoranda", "дві угоди", "3 agreements": the number just before the kind."""
    j = start - 1
    while j >= 0 and sentence.tokens[j].text.lower() in _EN_SKIP - {"a", "an", "the"}:
        j -= 1
    if j < 0:
        return 1
    word = sentence.tokens[j].text.lower().translate(APOSTROPHES)
    if word.isdigit() and 1 < int(word) <= 9:
        return int(word)
    if word in _NUMBERS:
        return _NUMBERS[word]
    # "дві міжурядові угоди": an adjective may stand between.
    if j > 0 and sentence.lang == "uk" and sentence.tokens[j].text[:1].islower():
        before = sentence.tokens[j - 1].text.lower().translate(APOSTROPHES)
        if before in _NUMBERS and any(r.pos == "ADJF" for r in readings(word)):
            return _NUMBERS[before]
    return 1


def _plural(sentence: Sentence, start: int, end: int) -> bool:
    """ "угоди", "agreements": several documents of one kind (one per partner, usually)."""
    if sentence.lang == "en":
        words = [t.text.lower() for t in sentence.tokens[start:end]]
        return any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in words)
    head = sentence.tokens[start].text
    object_forms = [
        r for r in readings(head) if r.pos in ("NOUN", "ADJF") and r.case in ("nomn", "accs")
    ]
    return bool(object_forms) and all("plur" in r.grammemes for r in object_forms)
