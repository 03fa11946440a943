"""Documents signed as a list: "the following documents were signed: 1. ...; 2. ...".

A sentence that reports a signing and ends in a colon introduces the lines after it that
start with a list mark (a dash, a bullet, "1." or "1)"); each names a document that the
introduction's signing covers, though the line has no verb of its own. The introduction
and the other lines lend a line without parties theirs ("during the visit to Kyiv").
"""

from __future__ import annotations

import re

from desktop.ingest.events import signs
from desktop.ingest.text import Sentence

_MARK = re.compile(r"[-–—•*·▪●]|\d{1,2}[.)]")


def _is_item(sentence: Sentence) -> bool:
    return _MARK.match(sentence.text) is not None


def list_leads(all_sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    """For each list line (by sentence index): its introduction, then the other lines."""
    out: dict[int, list[Sentence]] = {}
    for n, sentence in enumerate(all_sentences):
        if not (sentence.text.rstrip().endswith(":") and signs(sentence)):
            continue
        items = []
        marked = False  # "1." alone: the sentence cut after the number; the line follows
        for following in all_sentences[n + 1 :]:
            if _MARK.fullmatch(following.text.strip()):
                marked = True
                continue
            if not (marked or _is_item(following)):
                break
            items.append(following)
            marked = False
        for item in items:
            out[item.index] = [sentence, *(i for i in items if i is not item)]
    return out
