"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import records, search, transfer

COMMANDS = (transfer, records, search)
