"""Which sentences report a document being signed, and which documents they report.

A draft needs two things in one sentence: a kind phrase ("лист про наміри", "memorandum")
and a completed act of signing ("підписали", "було укладено", "signed"). Plans ("will
sign", "планують підписати"), denials ("did not sign", "не підписали") and mere references
("відповідно до угоди", "under the agreement") propose nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from db import Kind
from desktop.ingest.lexicon import PhraseIndex, load
from desktop.ingest.morph import readings
from desktop.ingest.text import Sentence, Token, wordset

_UK_SIGN = wordset(
    "підписати підписувати укласти укладати парафувати ухвалити схвалити прийняти "
    "скріпити підписаний укладений парафований ухвалений схвалений прийнятий"
)
_UK_SIGNING_NOUN = "підписання"
_UK_HAPPENED = frozenset({"відбутися", "відбуватися"})
_UK_NEGATION = frozenset({"не", "ні"})
#: Prepositions after which a Ukrainian kind word refers to an existing document.
_UK_REFERENCE = wordset("до згідно відповідно рамках межах виконання виконанні положень умов")
_EN_SIGN = frozenset({"signed", "inked", "concluded", "initialled", "initialed", "adopted"})
_EN_SIGN_PRESENT = frozenset({"sign", "signs"})
_EN_NOT_DONE = wordset(
    "will would to be could may might shall not n't never yet expected planned set "
    "intend intends plan plans hope hopes aim aims ready"
)
_EN_REFERENCE = wordset("under with within pursuant implementing of per to into from in")
_EN_SKIP = wordset("a an the this that new previous earlier existing bilateral")


@dataclass(frozen=True)
class DocumentMention:
    """A document the sentence reports as signed: its kind and where its words are."""

    kind: Kind
    start: int
    end: int
    plural: bool = False


@cache
def _kind_index(lang: str) -> PhraseIndex:
    index = PhraseIndex(lang)
    for phrase, kind in load("kinds.json")[lang].items():
        index.add(phrase, Kind(kind))
    return index


def _uk_signing(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    happened = False
    noun = False
    for i, token in enumerate(tokens):
        for reading in readings(token.text) if token.is_word else ():
            if reading.lemma in _UK_SIGN:
                done = reading.grammemes & {"past", "Impe"} or (
                    reading.pos in ("ADJF", "PRTF") and "pssv" in reading.grammemes
                )
                negated = i > 0 and tokens[i - 1].text.lower() in _UK_NEGATION
                if done and not negated and not _uk_negated_aux(tokens, i):
                    return True
            if reading.lemma in _UK_HAPPENED and "past" in reading.grammemes:
                happened = True
            if reading.lemma == _UK_SIGNING_NOUN and not (
                i > 0 and tokens[i - 1].text.lower() in ("без", "до", "для")
            ):
                noun = True
    return happened and noun


def _uk_negated_aux(tokens: list[Token], i: int) -> bool:
    """ "не було підписано": a negated auxiliary just before the participle."""
    return (
        i > 1
        and tokens[i - 1].text.lower() in ("було", "був", "була", "були")
        and (tokens[i - 2].text.lower() in _UK_NEGATION)
    )


def _en_signing(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        word = token.text.lower()
        present = word in _EN_SIGN_PRESENT and i > 0 and tokens[i - 1].text.lower() in (
            "have", "has", "had",
        )  # fmt: skip
        if word not in _EN_SIGN and not present:
            continue
        before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
        if "been" in before or "have" in before or "has" in before or "had" in before:
            before = [w for w in before if w not in ("be", "to")]
        if any(w in _EN_NOT_DONE or w.endswith("n't") for w in before):
            continue
        return True
    return False


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
    # "відбулося підписання угоди": the signing noun takes the document in the genitive.
    return "gent" in cases and previous == _UK_SIGNING_NOUN


def _en_is_document(sentence: Sentence, start: int) -> bool:
    j = start - 1
    while j >= 0:
        word = sentence.tokens[j].text
        if word.lower() in _EN_SKIP or (word[:1].isupper() and word.lower() not in _EN_REFERENCE):
            j -= 1
            continue
        break
    return j < 0 or sentence.tokens[j].text.lower() not in _EN_REFERENCE


def documents(sentence: Sentence) -> list[DocumentMention]:
    """The documents a sentence reports as signed; empty if it reports no signing."""
    return sentence.remember("documents", lambda: _documents(sentence))


def _documents(sentence: Sentence) -> list[DocumentMention]:
    if not signs(sentence):
        return []
    check = _uk_is_document if sentence.lang == "uk" else _en_is_document
    return [
        DocumentMention(m.value, m.start, m.end, _plural(sentence, m.start, m.end))
        for m in _kind_index(sentence.lang).find(sentence)
        if check(sentence, m.start)
    ]


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
