"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import records, transfer

COMMANDS = (transfer, records)
