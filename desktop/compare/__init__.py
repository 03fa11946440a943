"""Comparison logic without Qt: documents side by side, versions, partnerships, duplicates.

The window, the briefing and the command line all call these functions, so what a user sees
on screen, on paper and in a terminal is computed once, here.
"""
