"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import brief, compare, extract, records, transfer

COMMANDS = (transfer, records, brief, compare, extract)
