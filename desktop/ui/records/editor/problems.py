"""The store's validation messages in the interface language.

``db.validation`` words its problems in English for every interface (the command line
prints them as they are); the form matches the known wordings and says them through Qt's
translations, keeping the facts (numbers, names) the store put in. A wording this table
does not know is shown as the store gave it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db import FieldProblem

_KNOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"the title is empty", QT_TRANSLATE_NOOP("Problems", "the title is empty")),
        (r"(\S+) is in the future", QT_TRANSLATE_NOOP("Problems", "%1 is in the future")),
        (r"signatory (\d+) has no name", QT_TRANSLATE_NOOP("Problems", "signatory %1 has no name")),
        (
            r"signatory (\d+) signs for (.+), not a party",
            QT_TRANSLATE_NOOP("Problems", "signatory %1 signs for %2, which is not a party"),
        ),
        (
            r"commitment (\d+) has no description",
            QT_TRANSLATE_NOOP("Problems", "commitment %1 has no description"),
        ),
        (
            r"commitment (\d+) is by (.+), not a party",
            QT_TRANSLATE_NOOP("Problems", "commitment %1 is by %2, which is not a party"),
        ),
        (
            r"source (\d+) is empty .*",
            QT_TRANSLATE_NOOP(
                "Problems", "source %1 is empty (give an outlet, an address or a quotation)"
            ),
        ),
        (
            r"relation (\d+) points at the agreement itself",
            QT_TRANSLATE_NOOP("Problems", "relation %1 points at the agreement itself"),
        ),
        (
            r"relation (\d+) points at an unknown record",
            QT_TRANSLATE_NOOP("Problems", "relation %1 points at an unknown record"),
        ),
        (r"subject (\d+) is empty", QT_TRANSLATE_NOOP("Problems", "subject %1 is empty")),
        (r"a subject is listed twice", QT_TRANSLATE_NOOP("Problems", "a subject is listed twice")),
        (
            r"an agreement needs at least two parties",
            QT_TRANSLATE_NOOP("Problems", "an agreement needs at least two parties"),
        ),
        (
            r"party (\d+) has an empty organisation name",
            QT_TRANSLATE_NOOP("Problems", "party %1 has an empty organisation name"),
        ),
        (r"a party is listed twice", QT_TRANSLATE_NOOP("Problems", "a party is listed twice")),
    )
)


def translated(problem: FieldProblem) -> str:
    """``problem``'s message in the interface language."""
    for pattern, text in _KNOWN:
        match = pattern.fullmatch(problem.message)
        if match:
            result = QCoreApplication.translate("Problems", text)
            for n, value in enumerate(match.groups(), 1):
                result = result.replace(f"%{n}", value)
            return result
    return problem.message
