"""The subcommands of ``pactum``, one module each; each has ``register(subparsers)``."""

from desktop.commands import about, records, transfer

COMMANDS = (transfer, records, about)
