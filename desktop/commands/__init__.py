"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import compare, records, transfer

COMMANDS = (transfer, records, compare)
