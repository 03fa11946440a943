"""Which sentences tell a new document and which tell one already reported, again.

News tells a signing more than once: a headline, a lead, then "The agreement was signed
in Vilnius by ...". A sentence that opens with its document ("Угоду підписали ..."), or
names it with "the" just after one of its kind ("... signed the deal"), tells the same
document again; "Separately, ...", "Раніше ..." turn to another event; "The two leaders
signed" refers back to the people just named; and signers may come before the sentence
that names what they signed.
"""

from __future__ import annotations

import re

from desktop.ingest.events import DocumentMention, listed, signing, signs
from desktop.ingest.lexicon import sentence_keys
from desktop.ingest.morph import readings
from desktop.ingest.parties import mentions
from desktop.ingest.text import Sentence, wordset

_BACK_REFERENCES = wordset(
    "leaders ministers sides parties both two лідери міністри сторони обидва обидві двоє"
)


_DEFINITE = wordset("the this that these those цей ця це ці цю цього")


def named_after(
    all_sentences: list[Sentence], triggers: list[tuple[Sentence, list[DocumentMention]]]
) -> list[tuple[Sentence, Sentence]]:
    """ "A and B signed in Oslo on Wednesday. The document, a joint declaration on ...":
    a signing that names no document, told before any other, and the next sentence that
    names one (without a signing of its own), by that sentence."""
    first = triggers[0][0].index if triggers else len(all_sentences)
    for sentence in all_sentences[:first]:
        if signs(sentence) and sentence.index + 1 < len(all_sentences):
            later = all_sentences[sentence.index + 1]
            if not signs(later) and listed(later) and later.index < first:
                return [(later, sentence)]
    return []


def same_again(sentence: Sentence, docs: list[DocumentMention]) -> bool:
    """ "The deal ... was signed on 12 December", "Угоду підписали у вівторок": a sentence
    that names no party and starts with its document speaks of the one just reported."""
    keys = sentence_keys(sentence)
    nouns = signing(sentence.lang).nouns
    opens = all(
        sentence.tokens[i].text.lower() in _DEFINITE | {"of"} or keys[i] & nouns
        for i in range(docs[0].start)
    )  # "The deal ...", "Підписання угоди відбулося ...", "The signing of the accord ..."
    return len(docs) == 1 and opens and not any(m.how != "city" for m in mentions(sentence))


def signed_again(
    sentence: Sentence, docs: list[DocumentMention], before: list[DocumentMention]
) -> bool:
    """ "Its chief executive and Mitsubishi's president signed the deal": a document named
    with "the" just after one of its kind was reported is that one, told again with who
    signed it (English; Ukrainian has no article, see ``same_again``)."""
    if len(docs) != 1 or sentence.lang != "en" or docs[0].start == 0:
        return False
    definite = sentence.tokens[docs[0].start - 1].text.lower() in ("the", "this")
    return definite and any(d.kind == docs[0].kind for d in before)


def refers_back(sentence: Sentence, *, to_people: bool = False) -> bool:
    """ "The two leaders signed", "Сторони підписали": the signers (with ``to_people``) or
    the sides are those just named; "міністри енергетики двох країн" are other people of
    the same sides."""
    return sentence.remember(
        f"refers back {to_people}",
        lambda: any(
            t.text.lower() in _BACK_REFERENCES and not (to_people and _new_group(sentence, i))
            for i, t in enumerate(sentence.tokens)
        ),
    )


_GROUP_WORDS = wordset("the two both three four all двох обох трьох країн держав сторін")


def _new_group(sentence: Sentence, i: int) -> bool:
    """ "міністри енергетики двох країн", "the energy ministers": a group named by its field
    is not the people just named."""
    tokens = sentence.tokens
    if sentence.lang == "en":
        word = tokens[i - 1].text if i > 0 else ""
    else:
        word = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (
        word[:1].islower()
        and word.isalpha()
        and word.lower() not in _GROUP_WORDS
        and (sentence.lang == "en" or any(r.case == "gent" for r in readings(word)))
    )


# What the reader asks of a sentence once per document it reports, worked out once: a
# sentence that reports many documents would otherwise be read again for each of them.


NEW_TOPIC = re.compile(
    r"^(?:раніше|нагадаємо|тим часом|також раніше|earlier|previously|meanwhile|separately|"
    r"in other news)\b",
    re.IGNORECASE,
)


def until_new_topic(context: list[Sentence]) -> list[Sentence]:
    """The sentences about this document: up to one that turns to another event
    ("Раніше, 3 липня, ...", "Separately, ...")."""
    for n, sentence in enumerate(context):
        if NEW_TOPIC.match(sentence.text.lstrip('"«“ ')):
            return context[:n]
    return context
