"""The query language: what an analyst types, read into words, phrases and filters.

``partner:LT kind:loi after:2025-08-01 before:2025-12-31 status:signed subject:drones``,
``"quoted phrases"``, ``-word`` (or ``NOT word``) to exclude, ``OR`` between alternatives
(``AND`` is implied); anything else is plain words. Parsing never fails: a malformed
filter is read as words, an unbalanced quote runs to the end, punctuation and operators
FTS5 would choke on are dropped. The parse
carries *chips*, one per filter or term with its place in the typed text, so a window can
show them and remove one (:meth:`Parse.without`). Nothing here touches the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.search.countries import countries_of_adjective, country_of
from db.search.normalise import fold, lemmas, words
from db.store.model import Filters, Kind, PartialDate, Status

MAX_TERMS = 32
"""Terms beyond this many are ignored (and get no chip): no one types more on purpose."""

KEYS = {
    **dict.fromkeys(("partner", "party", "country", "партнер", "сторона", "країна"), "partner"),
    **dict.fromkeys(("kind", "type", "вид", "тип"), "kind"),
    **dict.fromkeys(("status", "статус"), "status"),
    **dict.fromkeys(("after", "since", "from", "після", "від"), "after"),
    **dict.fromkeys(("before", "until", "to", "до"), "before"),
    **dict.fromkeys(("year", "рік"), "year"),
    **dict.fromkeys(("subject", "topic", "тема"), "subject"),
}
"""Filter names as typed (English or Ukrainian) → the chip kind they make."""

KIND_ALIASES = {
    **{str(k): k for k in Kind},
    "loi": Kind.LETTER_OF_INTENT,
    "letter": Kind.LETTER_OF_INTENT,
    "лист": Kind.LETTER_OF_INTENT,
    "mou": Kind.MEMORANDUM,
    "memo": Kind.MEMORANDUM,
    "меморандум": Kind.MEMORANDUM,
    "угода": Kind.AGREEMENT,
    "declaration": Kind.JOINT_DECLARATION,
    "декларація": Kind.JOINT_DECLARATION,
    "протокол": Kind.PROTOCOL,
    "контракт": Kind.CONTRACT,
    "договір": Kind.TREATY,
}
STATUS_ALIASES = {
    **{str(s): s for s in Status},
    "inforce": Status.IN_FORCE,
    "force": Status.IN_FORCE,
    "чинна": Status.IN_FORCE,
    "підписана": Status.SIGNED,
    "ратифікована": Status.RATIFIED,
}


@dataclass(frozen=True)
class Term:
    """A word (``phrase=False``) or an exact phrase, as folded words."""

    words: tuple[str, ...]
    phrase: bool = False
    original: str = ""


@dataclass(frozen=True)
class Chip:
    """One removable piece of the parse: ``kind`` is partner, kind, status, after, before,
    year, subject, word, phrase or exclude; ``value`` the resolved value (``LT``,
    ``letter_of_intent``, ``2025-08-01``, the words); ``text`` what was typed, at
    ``query[start:end]``."""

    kind: str
    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Parse:
    """A query read into AND-ed groups of OR-ed terms, exclusions and filters."""

    query: str
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: Filters = Filters()
    organisations: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    chips: tuple[Chip, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing to search for: no terms, exclusions or filters."""
        return not self.chips

    def without(self, chip: Chip) -> str:
        """The query text with ``chip`` removed, for a window's "×" on a chip."""
        return " ".join((self.query[: chip.start] + " " + self.query[chip.end :]).split())


@dataclass
class _Builder:
    query: str
    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: dict[str, list[Any]] = field(default_factory=dict)  # values of each kind
    chips: list[Chip] = field(default_factory=list)
    join_next: bool = False
    exclude_next: bool = False

    def term(self, term: Term, start: int, end: int, exclude: bool) -> None:
        exclude = exclude or self.exclude_next
        self.exclude_next = False
        if not term.words or len(self.chips) >= MAX_TERMS:
            return
        kind = "exclude" if exclude else "phrase" if term.phrase else "word"
        self.chips.append(Chip(kind, " ".join(term.words), self.query[start:end], start, end))
        if exclude:
            self.excluded.append(term)
        elif self.join_next and self.groups:
            self.groups[-1].append(term)
        else:
            self.groups.append([term])
        self.join_next = False

    def add_filter(self, kind: str, value: object, shown: str, start: int, end: int) -> None:
        self.filters.setdefault(kind, []).append(value)
        self.chips.append(Chip(kind, shown, self.query[start:end], start, end))


def _resolve(key: str, value: str) -> tuple[object, str] | None:
    """A filter's value, and how its chip shows it; None when the value means nothing."""
    folded = fold(value).strip()
    if not folded:
        return None
    if key == "partner":
        adjective_of = countries_of_adjective(folded) if len(words(folded)) == 1 else ()
        code = country_of(value) or (adjective_of[0] if len(adjective_of) == 1 else None)
        return (code, code) if code else (("org", value.strip()), value.strip())
    if key in ("kind", "status"):
        aliases = KIND_ALIASES if key == "kind" else STATUS_ALIASES
        name = folded.replace("-", "_")
        found = aliases.get(name) or next(
            (aliases[lemma] for lemma in lemmas(name) if lemma in aliases), None
        )
        return (found, str(found)) if found else None
    if key in ("after", "before", "year"):
        try:
            date = PartialDate.parse(folded)
        except ValueError:
            return None
        if key == "year":
            return (date.year, str(date.year)) if date.month is None else None
        return date, date.iso()
    return value.strip(), " ".join(words(value))


def _read_phrase(query: str, start: int) -> tuple[str, int]:
    """The text inside quotes opening at ``start`` and the index after the closing quote."""
    close = query.find('"', start + 1)
    end = len(query) if close < 0 else close + 1
    return query[start + 1 : close if close >= 0 else len(query)], end


def parse(query: str) -> Parse:
    """Read any text as a query; never raises."""
    b = _Builder(query)
    n = len(query)
    i = 0
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        start = i
        exclude = query[i] == "-" and i + 1 < n and not query[i + 1].isspace()
        if exclude:
            i += 1
        if query[i] == '"':
            inner, i = _read_phrase(query, i)
            b.term(Term(tuple(words(inner)), True, inner), start, i, exclude)
            continue
        while i < n and not query[i].isspace() and query[i] != '"':
            i += 1
        run = query[start:i]
        key, colon, value = run.lstrip("-").partition(":")
        kind = KEYS.get(fold(key)) if colon and not exclude else None
        if kind and not value and i < n and query[i] == '"':
            value, i = _read_phrase(query, i)
        if kind:
            resolved = _resolve(kind, value)
            if resolved is not None:
                b.add_filter(kind, resolved[0], resolved[1], start, i)
                continue
        if run == "OR":
            b.join_next = bool(b.groups)
            continue
        if run in ("AND", "NOT"):
            b.exclude_next = run == "NOT"
            continue
        found = tuple(words(run))
        b.term(Term(found, len(found) > 1, run.lstrip("-")), start, i, exclude)
    return _finish(b)


def _finish(b: _Builder) -> Parse:
    f = b.filters
    partners = [v for v in f.get("partner", []) if isinstance(v, str)]
    organisations = [v[1] for v in f.get("partner", []) if isinstance(v, tuple)]
    filters = Filters(
        partners=tuple(dict.fromkeys(partners)),
        kinds=tuple(dict.fromkeys(f.get("kind", []))),
        statuses=tuple(dict.fromkeys(f.get("status", []))),
        years=tuple(dict.fromkeys(f.get("year", []))),
        since=f["after"][-1] if "after" in f else None,
        until=f["before"][-1] if "before" in f else None,
    )
    return Parse(
        query=b.query,
        groups=tuple(tuple(g) for g in b.groups),
        excluded=tuple(b.excluded),
        filters=filters,
        organisations=tuple(organisations),
        subjects=tuple(f.get("subject", [])),
        chips=tuple(b.chips),
    )
