"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import about, brief, compare, records, transfer

COMMANDS = (transfer, records, brief, compare, about)
