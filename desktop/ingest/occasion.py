"""When and where a document was signed, from the sentences that report its signing.

The first date those sentences state outright wins over a relative one ("в середу, 26
березня"); a date of saying ("the company said on Wednesday") is not a signing date. With
no date stated, news reports a signing on the day it happens, unless the text puts it at a
time without a day ("last week", "минулого тижня") or only a headline reports it: then
the date is left empty. The place
is the first city the sentences name after "in"/"у" (see ``places``). Documents told in
one sentence, or told next between the same sides, share their occasion when one of them
is dated or placed and the others are not.
"""

from __future__ import annotations

import re

from db import PartialDate
from desktop.ingest.dates import DateMention, find_dates, vague
from desktop.ingest.drafts import Builder
from desktop.ingest.places import place as city
from desktop.ingest.retelling import NEW_TOPIC
from desktop.ingest.text import Article, Sentence, headline


def _dates(sentence: Sentence, published: PartialDate | None) -> list[DateMention]:
    """Dates of the sentence, less those of saying ("the company said on Wednesday")."""
    return sentence.remember(
        "dates",
        lambda: [
            d
            for d in find_dates(sentence.text, published)
            if not _SAID_BEFORE.search(sentence.text, max(0, d.start - 24), d.start)
        ],
    )


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|confirmed|заяви\w*|повідоми\w*|"
    r"сказа\w*|зазначи\w*|розповіл\w*|поінформува\w*)\s+(?:on\s+|last\s+|у\s+|в\s+)?$",
    re.IGNORECASE,
)


def date_and_place(builder: Builder, sentences_: list[Sentence], article: Article) -> None:
    """The first date and place the signing sentences state; else the publication date."""
    for part in sentences_:
        stated = sorted(_dates(part, article.published_on), key=lambda d: d.relative)
        if stated:
            builder.signed_on, builder.date_stated = stated[0].date, True
            builder.note("signed_on", part)
            break
    else:
        # No date beside the signing: news reports it on the day it happens, unless the
        # text says it was some time ago ("last week", "минулого тижня").
        # A headline alone names no day either.
        if not any(_vague(part) for part in sentences_) and not all(map(headline, sentences_)):
            builder.signed_on = article.published_on
        if builder.signed_on is not None:
            builder.note("signed_on", sentences_[0])
    _place(builder, sentences_)


def _vague(sentence: Sentence) -> bool:
    return sentence.remember("vague", lambda: vague(sentence.text))


def _place(builder: Builder, sentences_: list[Sentence]) -> None:
    for part in sentences_:
        builder.place = city(part)
        if builder.place:
            builder.note("place", part)
            break


def same_occasion(builder: Builder, sentence: Sentence, before: Builder | None) -> None:
    """ "Крім того, міністри енергетики підписали угоду ...": a document the text goes on to
    report between the same sides, with no date or place of its own, was signed when and
    where the one before it was (not one that "Separately, ..." or "Раніше ..." opens)."""
    if (
        before is None
        or not set(before.parties) & set(builder.parties)
        or NEW_TOPIC.match(sentence.text.lstrip('"«“ '))
    ):
        return
    if not builder.date_stated and before.date_stated:
        builder.signed_on, builder.date_stated = before.signed_on, True
        for quote in before.provenance.get("signed_on", []):
            builder.note("signed_on", quote)
    if not builder.place and before.place:
        builder.place = before.place
        for quote in before.provenance.get("place", []):
            builder.note("place", quote)


def share_occasion(drafts: list[Builder]) -> None:
    """ "A and B signed an agreement and a memorandum on Thursday. The agreement was signed
    in Hanoi ...": documents reported in one sentence were signed on one occasion, so what
    a later sentence says of one (its place, its date) holds for the others."""
    by_sentence: dict[int, list[Builder]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.origin_index, []).append(draft)
    for group in by_sentence.values():
        placed = next((d for d in group if d.place), None)
        dated = next((d for d in group if d.date_stated), None)
        for draft in group:
            if placed is not None and not draft.place:
                draft.place = placed.place
                for quote in placed.provenance.get("place", []):
                    draft.note("place", quote)
            if dated is not None and not draft.date_stated:
                draft.signed_on, draft.date_stated = dated.signed_on, True
                for quote in dated.provenance.get("signed_on", []):
                    draft.note("signed_on", quote)
