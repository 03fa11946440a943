"""Briefing packs: print-ready A4 PDFs of partnerships, made with ReportLab.

Qt-free: the window runs :func:`build_briefing` on a worker thread with a progress object,
the command line calls it directly. Data comes only through ``db``'s public functions.
"""

from desktop.briefing.builder import build_briefing, file_name

__all__ = ["build_briefing", "file_name"]
