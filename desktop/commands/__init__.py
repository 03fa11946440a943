"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import backups, check, records, transfer

COMMANDS = (transfer, records, backups, check)
