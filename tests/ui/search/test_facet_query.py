"""Ticked facets written into a saved query and read back exactly."""

from __future__ import annotations

from db import Filters, Kind, Status
from desktop.ui.search.facet_query import split_facets, with_facets


def test_facets_round_trip_through_the_saved_query() -> None:
    ticked = Filters(
        partners=("LT", "European Union"),
        kinds=(Kind.TREATY, Kind.MEMORANDUM),
        statuses=(Status.SIGNED,),
        years=(2024, 2025),
        subjects=("drone production",),
    )
    query = with_facets('"joint production" OR drones', ticked)
    assert query.startswith('"joint production" OR drones partner:LT partner:"European Union"')
    assert split_facets(query) == ('"joint production" OR drones', ticked)


def test_filters_the_user_typed_stay_in_the_text() -> None:
    assert split_facets("Литва kind:loi") == ("Литва kind:loi", Filters())
    assert split_facets("kind:loi year:2025") == ("kind:loi", Filters(years=(2025,)))
    assert split_facets("") == ("", Filters())
