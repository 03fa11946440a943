"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import about, brief, compare, extract, records, transfer

COMMANDS = (transfer, records, brief, compare, extract, about)
