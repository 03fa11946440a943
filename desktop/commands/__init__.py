"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``.

``COMMANDS`` names, for every command, the module that registers it and its one-line
summary, so that ``pactum --help`` lists them all and ``pactum show`` imports only
``records`` (tests/desktop/test_cli_startup.py keeps the summaries equal to the modules'
own help lines).
"""

COMMANDS: dict[str, tuple[str, str]] = {
    "import": (
        "transfer",
        "add the records of a Pactum JSON export or a spreadsheet (all or nothing)",
    ),
    "export": (
        "transfer",
        "write the catalogue to FILE (.json: everything; .csv: a row per agreement)",
    ),
    "list": ("records", "list agreements, newest first"),
    "show": ("records", "print one agreement in full"),
    "delete": ("records", "move to the trash the given agreements"),
    "restore": ("records", "bring back from the trash the given agreements"),
    "attach": ("attachments", "keep files with a record, inside the catalogue (all or none)"),
    "attachments": ("attachments", "list the files a record holds"),
    "attachment": ("attachments", "write a record's file out, byte for byte"),
    "detach": ("attachments", "remove a file from a record"),
    "search": ("search", "find agreements by words, names and filters"),
    "brief": ("brief", "write a briefing (A4 PDF or Word) of one or more partnerships"),
    "deadlines": ("deadlines", "list commitments falling due (or write them as an iCalendar file)"),
    "compare": ("compare", "print 2–4 agreements (or two versions of one) side by side"),
    "matrix": ("compare", "partners against kinds or subjects: count and latest date per cell"),
    "timeline": ("compare", "the chosen partnerships' documents on one time axis, oldest first"),
    "duplicates": ("compare", "list likely duplicate records"),
    "merge": ("compare", "merge OTHER into KEEP (OTHER goes to the trash)"),
    "unmerge": (
        "compare",
        "undo the merge that sent OTHER to the trash (if nothing changed since)",
    ),
    "extract": ("extract", "propose draft agreements from a news text (.txt or .html)"),
    "backup": (
        "backups",
        "list, make or restore the catalogue's backups (kept in backups/ beside it)",
    ),
    "encrypt": ("backups", "encrypt the catalogue at rest (or create a new encrypted one)"),
    "check": (
        "check",
        "check the whole catalogue (structure, links between records, search index)",
    ),
    "changes": ("changes", "exchange changes with copies of this catalogue on other workstations"),
    "about": ("about", "version, catalogue, schema and the licences of what ships with Pactum"),
}
