"""Deadlines outside the store: as text lines, and as an iCalendar file to subscribe to."""
