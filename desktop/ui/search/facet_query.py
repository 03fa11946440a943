"""Saved searches keep the ticked facets, written into the saved query as filters.

A saved search is one query text in the catalogue (``pactum search --saved`` reads the same
one), so the facets ticked when it was saved are appended to it in the query language:
``Литва partner:LT kind:treaty kind:memorandum``. Shown again, the filters at the end of
the query, as this module writes them, become ticks in the sidebar and the rest goes back
into the search field (filters the user typed stay typed).
"""

from __future__ import annotations

from db import Filters
from db.search import Chip, parse
from desktop.ui.browse.facets import GROUPS, filters_with, ticked_values

FACETS = tuple(facet for facet, _ in GROUPS)
"""Chip kinds that are also facets of the sidebar (partner, kind, status, year, subject)."""


def _token(facet: str, value: str) -> str:
    value = value.replace('"', "")
    return (
        f'{facet}:"{value}"' if any(c.isspace() for c in value) or not value else f"{facet}:{value}"
    )


def with_facets(text: str, filters: Filters) -> str:
    """``text`` followed by the ticked facets of ``filters`` as query filters."""
    tokens = [_token(f, v) for f in FACETS for v in ticked_values(filters, f)]
    return " ".join([text.strip(), *tokens]).strip()


def _value(chip: Chip) -> str:
    """The stored facet value a chip names (a subject as typed, not folded)."""
    if chip.kind == "subject":
        return chip.text.partition(":")[2].strip().strip('"').strip()
    return chip.value


def _written_here(chip: Chip) -> bool:
    """A facet filter exactly as :func:`with_facets` writes it (``kind:treaty``, not a
    typed alias such as ``kind:loi``, which stays part of the search text)."""
    return chip.kind in FACETS and chip.text == _token(chip.kind, _value(chip))


def split_facets(query: str) -> tuple[str, Filters]:
    """A saved query read back: the search text, and the facet filters that end it."""
    chips = parse(query).chips
    n = len(chips)
    while n and _written_here(chips[n - 1]):
        n -= 1
    filters = Filters()
    for facet in FACETS:
        values = tuple(dict.fromkeys(_value(c) for c in chips[n:] if c.kind == facet))
        if values:
            filters = filters_with(filters, facet, values)
    text = query[: chips[n].start] if n < len(chips) else query
    return " ".join(text.split()), filters
