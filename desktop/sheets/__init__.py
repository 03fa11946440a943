"""Spreadsheet import: an analyst's CSV or XLSX sheet of agreements, previewed, then added.

Qt-free, so the command line (``pactum import SHEET``) and the window's preview share it:
:func:`read_sheet` reads the file, :func:`plan_sheet` reads every row against a mapping,
:func:`import_plan` adds the good rows in one transaction.
"""

from desktop.sheets.mapping import TARGETS, Mapping, MappingFile, column_name, read_mapping
from desktop.sheets.plan import (
    Duplicate,
    RawSheet,
    SheetPlan,
    import_plan,
    plan_sheet,
    read_sheet,
)
from desktop.sheets.problems import SheetProblem
from desktop.sheets.source import is_sheet

__all__ = [
    "TARGETS",
    "Duplicate",
    "Mapping",
    "MappingFile",
    "RawSheet",
    "SheetPlan",
    "SheetProblem",
    "column_name",
    "import_plan",
    "is_sheet",
    "plan_sheet",
    "read_mapping",
    "read_sheet",
]
