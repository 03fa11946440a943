"""An article in, draft agreements out: one draft per document the text reports as signed.

The text is cut at each sentence that reports a signing; the sentences that follow it (up
to the next such sentence) describe that document and lend it subjects, commitments and
missing parties. Every proposed value remembers the sentences it came from, so a reviewer
can see why it was proposed and the accepted record can quote its source.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from db import Commitment
from desktop.ingest import clues
from desktop.ingest.commitments import find_promises
from desktop.ingest.document_index import DocumentIndex
from desktop.ingest.drafts import Builder, Draft, finish, merge, per_partner
from desktop.ingest.events import (
    DocumentMention,
    documents,
    listed,
    overseen,
    signed_in_passing,
    signing,
    signs,
    told_as_headline,
)
from desktop.ingest.lexicon import sentence_keys, stem
from desktop.ingest.lists import list_leads
from desktop.ingest.occasion import date_and_place, same_occasion, share_occasion
from desktop.ingest.parties import ACTOR_WORDS, Mention, mentions
from desktop.ingest.people import Person, people
from desktop.ingest.retelling import (
    named_after,
    refers_back,
    same_again,
    signed_again,
    until_new_topic,
)
from desktop.ingest.sides import DEFAULT_HOME, about_home, assign_signatories
from desktop.ingest.signers import (
    attends,
    by_surname,
    hosts_it,
    in_own_clause,
    people_in,
    side_stated,
    signed_myself,
    speaks,
)
from desktop.ingest.subjects import Subjects
from desktop.ingest.text import (
    Article,
    Sentence,
    mask_dateline,
    one_alphabet,
    plain_spaces,
    read_header,
    sentences,
    wordset,
)


@dataclass
class _Setting:
    """What every draft of one article is read against."""

    article: Article
    home: str
    about_home: bool
    subjects: Subjects
    known_people: dict[str, Person]
    sentences: list[Sentence]
    #: List lines (by sentence index) and the sentences that lend them parties, date, place.
    leads: dict[int, list[Sentence]]
    #: The parties (and their countries) of the document read last.
    last_parties: list[tuple[str, str]] = field(default_factory=list)
    #: The document read last, for the ones the text reports after it (``same_occasion``).
    last_built: Builder | None = None
    #: The sentences around the reporting sentence read last (see ``_around``).
    around: tuple[int, list[Sentence], list[Sentence]] = (-1, [], [])


def _build(
    sentence: Sentence,
    doc: DocumentMention,
    span: tuple[int, int],
    context: list[Sentence],
    setting: _Setting,
    *,
    describes: bool,
) -> Builder:
    """One draft from the sentence reporting it (its part ``span`` of the tokens, when the
    sentence reports several documents) and the sentences that describe it (their subjects
    and commitments only when it ``describes`` the first document of its sentence)."""
    builder = Builder(doc.kind, clues.title(sentence, doc, span[1]), sentence)
    for mention in _acting(sentence, setting.known_people):
        builder.add_party(mention.key, sentence, mention.country)
    leads = setting.leads.get(sentence.index, [])
    for lead in leads:
        if len(builder.parties) < 2:
            for mention in _acting(lead, setting.known_people):
                builder.add_party(mention.key, lead, mention.country)
    # "Документ підписали 5 березня в Кишиневі ...": later sentences may say who, when, where.
    reports, earlier = _around(sentence, context, setting)
    persons = [p for p in _signers(sentence, setting.known_people) if p.start < span[1]]
    if doc.start > span[0] and _new_actor_between(sentence, span[0], doc.start):
        persons = [p for p in persons if p.start >= span[0]]
    signers_in = sentence
    for report in reports:
        told = {d.kind for d in documents(report)}
        if told and doc.kind not in told and told <= {d.kind for d in documents(sentence)}:
            continue  # "... an agreement and a memorandum. The memorandum was signed by ..."
        names = {p.name for p in persons}
        more = [p for p in _signers(report, setting.known_people) if p.name not in names]
        if more and not persons:
            signers_in = report
        persons += more
    signed_before = [lead for lead in leads if lead.index == sentence.index - 1 and signs(lead)]
    if not persons and signed_before:
        # "A and B signed in Oslo on Wednesday. The document, a joint declaration, ...".
        signers_in = signed_before[0]
        persons = _signers(signers_in, setting.known_people)
    if not persons and sentence.index > 0 and refers_back(sentence, to_people=True):
        # "... met Japanese Prime Minister Fumio Kishida. The two leaders signed ...".
        signers_in = setting.sentences[sentence.index - 1]
        persons = _signers(signers_in, setting.known_people)
    for person in persons:
        builder.add_party(person.party, signers_in)
    _complete_parties(builder, context, setting)
    assign_signatories(builder, persons, setting.home, sentence.lang)
    for signatory in builder.signatories:
        builder.add_party(signatory.party, signers_in)
    if builder.signatories:
        builder.note("signatories", signers_in)
    # "... hosted the signing of a treaty ... in Rome on Friday. The treaty was signed by ...".
    date_and_place(builder, [sentence, *reports, *leads[:1], *earlier], setting.article)
    same_occasion(builder, sentence, setting.last_built)
    _content(builder, sentence, span, context if describes else [], setting)
    return builder


def _around(
    sentence: Sentence, context: list[Sentence], setting: _Setting
) -> tuple[list[Sentence], list[Sentence]]:
    """The later sentences that report the signing and the earlier ones that speak of it,
    worked out once per reporting sentence, not once per document it reports."""
    if setting.around[0] != sentence.index:
        setting.around = (
            sentence.index,
            [s for s in context if s.index > sentence.index and signs(s)],
            [s for s in context if s.index < sentence.index and _speaks_of_signing(s)],
        )
    return setting.around[1], setting.around[2]


def _speaks_of_signing(sentence: Sentence) -> bool:
    """A sentence that names a signing or its ceremony, whether or not it reports one."""
    nouns = signing(sentence.lang).nouns
    return any(k & nouns for k in sentence_keys(sentence))


def _acting(sentence: Sentence, known: dict[str, Person]) -> list[Mention]:
    """The parties acting in ``sentence``, less the countries of witnesses and speakers
    ("у присутності президента Франції")."""
    return sentence.remember("acting", lambda: _acting_now(sentence, known))


def _acting_now(sentence: Sentence, known: dict[str, Person]) -> list[Mention]:
    signers = {id(p) for p in _signers(sentence, known)}
    aside = [p for p in _people_in(sentence, known) if id(p) not in signers]
    acting = clues.acting_parties(sentence, mentions(sentence))
    hosts = [m for m in acting if hosts_it(sentence, m.end)]
    if len(acting) - len(hosts) >= 2:
        acting = [m for m in acting if m not in hosts]  # "Qatar hosted a ceremony at which"
    kept = [m for m in acting if not any(p.start <= m.start < p.end for p in aside)]
    if overseen(sentence) and len(kept) < 2:
        # "Presidents A and B witnessed the signing of an agreement": the watchers' states
        # are the sides when the sentence names no others.
        return acting
    return kept


def _signers(sentence: Sentence, known: dict[str, Person]) -> list[Person]:
    """The people of ``sentence`` who may have signed: not those who only spoke of it,
    attended, witnessed or hosted it."""
    return sentence.remember("signers", lambda: _signers_now(sentence, known))


def _signers_now(sentence: Sentence, known: dict[str, Person]) -> list[Person]:
    found = _people_in(sentence, known)
    first_person = signed_myself(sentence) or signed_in_passing(sentence)
    kept = [
        p
        for p in found
        if (first_person or not speaks(sentence, p))
        and not attends(sentence, p, found)
        and not in_own_clause(sentence, p)
    ]
    return [p if p.party else dataclasses.replace(p, party=side_stated(sentence, p)) for p in kept]


def _people_in(sentence: Sentence, known: dict[str, Person]) -> list[Person]:
    return sentence.remember("people in", lambda: people_in(sentence, known))


def _new_actor_between(sentence: Sentence, start: int, end: int) -> bool:
    """ "..., а міністри інфраструктури — угоду": a second document with signers of its own."""
    keys = sentence_keys(sentence)
    return any(keys[i] & ACTOR_WORDS[sentence.lang] for i in range(start, end))


def _complete_parties(builder: Builder, context: list[Sentence], setting: _Setting) -> None:
    """The home party when the text is about its side, then parties named in context."""
    if len(builder.parties) < 2 and setting.about_home and setting.home not in builder.countries():
        builder.add_party(setting.home, builder.origin)
    for other in context:
        if len(builder.parties) >= 2:
            break
        for mention in _acting(other, setting.known_people):
            builder.add_party(mention.key, other, mention.country)
    origin = setting.sentences[builder.origin_index]
    if not builder.parties and refers_back(origin):
        # "Раніше сторони уклали угоду про торгівлю": the sides of the last document.
        for key, country in setting.last_parties:
            builder.add_party(key, origin, country)
    if len(builder.parties) < 2:
        # Nobody acts by the rules: any party the sentence names that is not a place.
        for mention in clues.named_parties(origin, mentions(origin)):
            builder.add_party(mention.key, origin, mention.country)
    if len(builder.parties) == 1 and setting.about_home and setting.home not in builder.countries():
        # One partner named and no other side in a text about the home side: it is the other
        # side. A text that never names the home party gets no home party.
        builder.add_party(setting.home, builder.origin)
    home_side = builder.speaker_for(setting.home)
    if home_side in builder.parties:
        builder.parties.remove(home_side)
        builder.parties.insert(0, home_side)


def _content(
    builder: Builder,
    sentence: Sentence,
    span: tuple[int, int],
    context: list[Sentence],
    setting: _Setting,
) -> None:
    """Subjects and commitments: from the draft's part of its sentence and its context."""
    for part in [sentence, *context]:
        names = _names(part)
        if part is sentence:
            names = [*names, (0, span[0]), (span[1], len(sentence.tokens))]
        for subject in setting.subjects.find(part, names):
            builder.add_subject(subject, any_case=True)
            builder.note("subjects", part)
        for promise in find_promises(part):
            party = builder.speaker_for(promise.party)
            if party in builder.parties:
                builder.add_commitment(
                    Commitment(
                        party, promise.description, promise.amount, promise.unit, promise.until
                    ),
                    once=False,
                )
                builder.note("commitments", part)


_OFFICES = {
    "uk": wordset("міністр міністерка міністерство"),
    "en": frozenset(map(stem, wordset("minister ministry"))),
}


def _names(sentence: Sentence) -> list[tuple[int, int]]:
    """Token spans of people's roles and of organisations' names in ``sentence``."""
    return sentence.remember("names", lambda: _name_spans(sentence))


def _name_spans(sentence: Sentence) -> list[tuple[int, int]]:
    spans = [(p.start, p.end) for p in people(sentence)]
    spans += [(m.start, m.end) for m in mentions(sentence) if m.how == "organisation"]
    # "міністри енергетики", "Energy Minister": an office named after its field.
    offices = _OFFICES[sentence.lang]
    spans += [(i - 2, i + 3) for i, keys in enumerate(sentence_keys(sentence)) if keys & offices]
    return spans


@contextmanager
def _no_collector_pauses() -> Iterator[None]:
    """The cyclic garbage collector held off while a text is read.

    Reading makes a few objects per character of text (tokens, mentions, quotes) and no
    reference cycles, so the collector finds nothing, yet it scans the growing heap again
    and again: a third of the time on a text dense in tokens. Objects are still freed when
    their last reference goes; the collector runs again afterwards as before.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def read_article(
    article: Article | str,
    *,
    home: str = DEFAULT_HOME,
    known_subjects: Iterable[str] = (),
) -> list[Draft]:
    """Propose a draft for each document ``article`` reports as signed.

    ``article`` may be raw text with a ``date YYYY-MM-DD`` line; ``known_subjects`` (the
    catalogue's own subjects) extend the shipped subject vocabulary.
    """
    with _no_collector_pauses():
        return _read(article, home, known_subjects)


def _read(article: Article | str, home: str, known_subjects: Iterable[str]) -> list[Draft]:
    if isinstance(article, str):
        article = read_header(article)
    all_sentences = sentences(one_alphabet(mask_dateline(plain_spaces(article.text))))
    leads = list_leads(all_sentences)
    triggers = [(s, documents(s) or (listed(s) if s.index in leads else [])) for s in all_sentences]
    triggers = [(s, docs) for s, docs in triggers if docs]
    if len(triggers) > 1 and told_as_headline(triggers[0][0]):
        triggers = triggers[1:]
    for later, signed in named_after(all_sentences, triggers):
        leads.setdefault(later.index, []).append(signed)
        triggers.insert(0, (later, listed(later)))
    triggers = [
        t
        for n, t in enumerate(triggers)
        if n == 0 or not (same_again(*t) or signed_again(*t, triggers[n - 1][1]))
    ]
    if not triggers:
        return []
    setting = _Setting(
        article,
        home,
        about_home=about_home(all_sentences, home),
        subjects=Subjects(known_subjects),
        known_people=by_surname([p for s in all_sentences for p in people(s) if not p.counterpart]),
        sentences=all_sentences,
        leads=leads,
    )
    index = DocumentIndex()
    again: list[Builder] = []  # "two memoranda": the second, which no report merges into
    for n, (sentence, docs) in enumerate(triggers):
        following = triggers[n + 1][0].index if n + 1 < len(triggers) else len(all_sentences)
        context = until_new_topic(all_sentences[sentence.index + 1 : following])
        if n == 0:
            context = all_sentences[: sentence.index] + context
        for k, doc in enumerate(docs):
            following_doc = docs[k + 1].start if k + 1 < len(docs) else len(sentence.tokens)
            span = (clues.title_end(sentence, docs[k - 1], doc.start) if k else 0, following_doc)
            built = _build(sentence, doc, span, context, setting, describes=k == 0)
            if len(built.parties) >= 2:
                setting.last_parties = [(p, built.country_of.get(p, "")) for p in built.parties]
                setting.last_built = built
            short = clues.title(sentence, doc, span[1], short=True)
            for builder in per_partner(built, short, doc, setting.home):
                same = index.first_same(builder)
                if same is not None:
                    merge(same, builder)
                    index.changed(same)
                else:
                    index.add(builder)
                again += [copy.deepcopy(builder) for _ in range(doc.count - 1)]
    share_occasion(index.drafts)
    return [finish(b, article) for b in index.drafts + again if len(b.parties) >= 2]
