"""Deadlines as an iCalendar file (RFC 5545) a calendar program can subscribe to as a file.

Each deadline is an all-day event on its due day, named by the commitment's record and
position, so a calendar that re-reads the file updates the same events instead of adding
copies. Written with the ``icalendar`` package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from icalendar import Calendar, Event

from db import Deadline, party_label
from desktop import __version__

PRODUCT = f"-//Pactum//Pactum {__version__}//EN"


def amount_text(deadline: Deadline) -> str:
    """The promised amount with its unit, or "" when none was recorded."""
    if deadline.amount is None:
        return ""
    amount = f"{deadline.amount:,.2f}".rstrip("0").rstrip(".")
    return f"{amount} {deadline.unit}".strip()


def calendar_bytes(deadlines: Sequence[Deadline], now: dt.datetime, lang: str = "en") -> bytes:
    """The deadlines as one calendar (``now``: its events' time stamp, in UTC)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Pactum deadlines" if lang == "en" else "Pactum: терміни")
    for deadline in deadlines:
        event = Event()
        event.add("uid", f"{deadline.uuid}-commitment-{deadline.position}@pactum")
        event.add("dtstamp", now)
        event.add("dtstart", deadline.due)  # a date alone: an all-day event (RFC 5545)
        who = party_label(deadline.party, lang) if deadline.party else ""
        amount = amount_text(deadline)
        summary = " · ".join(part for part in (who, deadline.description, amount) if part)
        event.add("summary", summary)
        event.add(
            "description",
            f"{deadline.title}\n{', '.join(deadline.parties)}\nuntil {deadline.until.iso()}",
        )
        event.add("categories", ["Pactum", str(deadline.stage)])
        calendar.add_component(event)
    return calendar.to_ical()
