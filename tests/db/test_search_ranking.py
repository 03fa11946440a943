"""Ranking a broad query by its title matches first (db.search.ranking): the same best
records, in the same order, as bm25 over every match, with filters and exclusions kept."""

from __future__ import annotations

import random

import pytest

from db import Agreement, Catalog, Filters, Kind, Party
from db.search import Hit, ranking, search, search_ids

PARTNERS = ("LT", "PL", "DE", "FR", "EE")
FILLER = ["співпраця", "оборона", "енергетика", "відбудова", "навчання", "логістика", "постачання"]


def _record(rng: random.Random, n: int) -> Agreement:
    """Record ``n``: "drones" in about one title in six, in the text of most others, and
    texts of very different lengths (bm25 favours the short ones)."""
    in_title = n % 6 == 0
    title = f"Угода {n} про {'drones' if in_title else rng.choice(FILLER)}"
    words = [rng.choice(FILLER) for _ in range(rng.randint(3, 80))]
    if not in_title or rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), "drones")
    return Agreement(
        title,
        Kind.AGREEMENT if n % 3 else Kind.MEMORANDUM,
        (Party.state("UA"), Party.state(PARTNERS[n % len(PARTNERS)])),
        full_text=" ".join(words),
    )


@pytest.fixture
def broad(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> Catalog:
    """300 records most of which say "drones"; tiers start at 50 matches here."""
    rng = random.Random(7)
    for n in range(300):
        catalog.add(_record(rng, n))
    monkeypatch.setattr(ranking, "TIER_FROM", 50)
    return catalog


def _exact(catalog: Catalog, query: str, limit: int, filters: Filters = Filters()) -> list[int]:
    return search_ids(catalog, query, filters=filters)[:limit]


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records whether each search was answered by the title tier."""
    used: list[bool] = []
    original = ranking.title_first

    def spied(*args: object) -> list[tuple[int, float]] | None:
        found = original(*args)  # type: ignore[arg-type]
        used.append(found is not None)
        return found

    monkeypatch.setattr(ranking, "title_first", spied)
    return used


def _ranked_as_exact(
    catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
    query: str,
    limit: int,
    tiered: bool,
    filters: Filters = Filters(),
) -> tuple[Hit, ...]:
    """The hits of ``query``, checked to be bm25's best over every match, in order, and
    found through the title tier or not as ``tiered`` says."""
    used = _spy(monkeypatch)
    hits = search(catalog, query, limit=limit, filters=filters).hits
    assert used == [tiered]
    assert [h.id for h in hits] == _exact(catalog, query, limit, filters=filters)
    return hits


def test_a_broad_word_is_ranked_by_its_title_tier_exactly_as_over_every_match(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ranked_as_exact(broad, monkeypatch, "drones", 20, tiered=True)


def test_tier_scores_equal_the_bm25_of_the_whole_query(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiered = {h.id: h.score for h in search(broad, "drones", limit=20).hits}
    monkeypatch.setattr(ranking, "TIER_FROM", 10**9)
    whole = {h.id: h.score for h in search(broad, "drones", limit=20).hits}
    assert tiered.keys() == whole.keys()
    for agreement_id, score in tiered.items():
        assert score == pytest.approx(whole[agreement_id], rel=1e-9)


def test_a_filtered_broad_word_keeps_the_filter_in_its_tier(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters = Filters(partners=("LT",), kinds=(Kind.MEMORANDUM,))
    hits = _ranked_as_exact(broad, monkeypatch, "drones", 5, True, filters)
    assert all("LT" in h.row.parties and h.row.kind is Kind.MEMORANDUM for h in hits)


def test_an_excluded_word_drops_its_records_from_the_tier(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    best = search(broad, "drones", limit=1).hits[0]
    number = best.row.title.split()[1]  # "Угода <n> про drones"
    hits = _ranked_as_exact(broad, monkeypatch, f"drones -{number}", 20, tiered=True)
    assert best.id not in {h.id for h in hits}


def test_too_few_title_matches_after_filters_ranks_every_match(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters = Filters(partners=("EE",), kinds=(Kind.AGREEMENT,))  # no title says drones
    _ranked_as_exact(broad, monkeypatch, "drones", 20, False, filters)


def test_a_word_in_most_titles_is_ranked_whole(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(80):
        catalog.add(Agreement(f"Угода {n}", Kind.AGREEMENT, (Party.state("UA"), Party.state("LT"))))
    monkeypatch.setattr(ranking, "TIER_FROM", 50)
    _ranked_as_exact(catalog, monkeypatch, "угода", 20, tiered=False)


def test_trashed_records_stay_out_of_the_tier(
    broad: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    best = search(broad, "drones", limit=3).hits
    broad.delete(best[0].row.uuid)
    hits = _ranked_as_exact(broad, monkeypatch, "drones", 20, tiered=True)
    assert best[0].id not in {h.id for h in hits}


def test_a_filtered_search_reads_its_matches_records_from_the_covering_index(
    broad: Catalog,
) -> None:
    columns = [r[2] for r in broad.conn.execute("PRAGMA index_info(agreements_facts)")]
    assert columns == ["id", "deleted_at", "kind", "status", "signed_on"]
    plans: list[str] = []
    broad.conn.set_trace_callback(plans.append)
    search(broad, "drones", limit=5, filters=Filters(kinds=(Kind.MEMORANDUM,)))
    broad.conn.set_trace_callback(None)
    ranked = next(sql for sql in plans if "bm25" in sql and "agreements a" in sql)
    plan = broad.conn.execute("EXPLAIN QUERY PLAN " + ranked.replace("?", "NULL")).fetchall()
    assert any("COVERING INDEX agreements_facts" in row[3] for row in plan)
