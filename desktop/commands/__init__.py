"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import (
    about,
    attachments,
    backups,
    brief,
    changes,
    check,
    compare,
    deadlines,
    extract,
    records,
    search,
    transfer,
)

COMMANDS = (
    transfer,
    records,
    attachments,
    search,
    brief,
    deadlines,
    compare,
    extract,
    backups,
    check,
    about,
    changes,
)
