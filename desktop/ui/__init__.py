"""The window (PySide6), one folder per feature: ``shell`` (application, main window,
actions, settings, languages, prompts), ``browse``, ``search``, ``records`` (with the
editor, history and undo), ``files``, ``safety``, ``article``, ``briefing``, ``compare``,
``analysis``, ``about``; ``ops`` runs catalogue work on the one worker, ``context`` is what
each feature gets from the window, ``errors`` the store's errors in the window's language.

The few flat modules left beside the folders (``app``, ``mainwindow``, ``settings``, ``i18n``,
``tasks``, ``table_model``, ``record_view``, ``damaged_dialog``, ``article_dialog``) are only
old names for moved modules, kept for importers outside ``desktop/ui`` (desktop/cli.py,
tests/safety, tests/benchmarks, tests/desktop, packaging) until they import the new paths;
nothing inside ``desktop/ui`` uses them.
"""
