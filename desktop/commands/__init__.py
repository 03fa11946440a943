"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import (
    about,
    backups,
    brief,
    changes,
    check,
    compare,
    extract,
    records,
    search,
    transfer,
)

COMMANDS = (transfer, records, search, brief, compare, extract, backups, check, about, changes)
