"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import extract, records, transfer

COMMANDS = (transfer, records, extract)
