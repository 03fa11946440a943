"""Reading grows linearly with the text (issue 12, item 10), shown without a clock.

The work is counted in Python interpreter events (``sys.monitoring``: lines, loop turns,
generator steps), the same for the same input on any machine whatever else it is doing.
Each text is read at two sizes, n and 4n: linear work grows about four times, while the
quadratic steps these texts used to hit (every draft compared with every earlier one, the
quotes of a repeated document looked up in growing lists, each document of a sentence
reading the whole sentence again, each date compared with all found before it) grew it
6.7 to 14 times at these sizes. Costs inside C (regular expressions, slicing, html.parser's
searches) are not seen here: tests/benchmarks/test_extract_scaling_bench.py times those.
"""

from __future__ import annotations

import functools
import operator
import sys
from collections.abc import Callable

import pytest

from desktop.ingest import read_article
from desktop.ingest.text import read_header

#: Linear work grows about 4 times from n to 4n (3.9 here); the quadratic steps grew it
#: 6.7 to 14 times on these texts.
MOST_GROWTH = 5.0

#: A new line, a jump back to the top of a loop (one per turn, even of a loop written on one
#: line) and a generator resumed (one per item that ``any(... for ...)`` asks for).
EVENTS = (
    sys.monitoring.events.LINE,
    sys.monitoring.events.JUMP,
    sys.monitoring.events.PY_RESUME,
)

MONTHS = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"


def steps(read: Callable[[str], object], text: str) -> int:
    """Python line events while ``read(text)`` runs."""
    tool = next(t for t in range(6) if sys.monitoring.get_tool(t) is None)  # 6 ids exist
    count = 0

    def on_event(*_) -> None:
        nonlocal count
        count += 1

    sys.monitoring.use_tool_id(tool, "pactum-steps")
    try:
        for event in EVENTS:
            sys.monitoring.register_callback(tool, event, on_event)
        sys.monitoring.set_events(tool, functools.reduce(operator.or_, EVENTS))
        read(text)
    finally:
        sys.monitoring.set_events(tool, 0)
        for event in EVENTS:
            sys.monitoring.register_callback(tool, event, None)
        sys.monitoring.free_tool_id(tool)
    return count


def one_sentence_of_documents(n: int) -> str:
    return "date 2025-08-25\n" + "Україна та Литва підписали угоду, " * n


def one_document_again_and_again(n: int) -> str:
    return "date 2025-08-25\n" + "Україна та Литва підписали угоду. " * n


def different_documents(n: int) -> str:
    months = MONTHS.split()
    dates = (f"{1 + k % 28} {months[k // 28 % 12]} {2000 + k // 336}" for k in range(n))
    return "date 2025-08-25\n" + " ".join(f"{d} Україна та Литва підписали угоду." for d in dates)


def a_date_line_of_dates(n: int) -> str:
    return "date " + "1 січня 2020 року, " * n + "\nУкраїна та Литва підписали угоду."


@pytest.mark.parametrize(
    ("make", "read", "n"),
    [
        (one_sentence_of_documents, read_article, 40),
        (one_document_again_and_again, read_article, 120),
        (different_documents, read_article, 100),
        (a_date_line_of_dates, read_header, 200),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_reading_four_times_the_text_is_about_four_times_the_work(
    make: Callable[[int], str], read: Callable[[str], object], n: int
) -> None:
    small, large = make(n), make(4 * n)
    read(large)  # dictionaries and caches loaded, so both counts are of reading alone
    growth = steps(read, large) / steps(read, small)
    assert growth < MOST_GROWTH, f"{make.__name__}: 4× the text took {growth:.1f}× the work"
