"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import backups, check, records, search, transfer

COMMANDS = (transfer, records, search, backups, check)
