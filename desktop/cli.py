"""The ``pactum`` command: the window by default, a subcommand for each headless job.

Every subcommand lives in ``desktop/commands/`` and gets an open catalogue; this module
only parses the global options, opens the catalogue and turns the store's typed errors
into one line on stderr with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from db import CatalogError
from desktop import __version__
from desktop.commands import COMMANDS
from desktop.locations import default_catalog_path, demo_catalog_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pactum",
        description="Catalogue, search, compare and brief agreements between states and "
        "organisations. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"pactum {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--catalog",
        type=Path,
        metavar="PATH",
        help=f"the catalogue file (default: {default_catalog_path()})",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="work on a fresh temporary copy of the demo catalogue (the sample article)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def catalog_path(args: argparse.Namespace) -> Path:
    if args.demo:
        return demo_catalog_path()
    return args.catalog or default_catalog_path()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.ui.app import run_app

        return run_app(catalog_path(args), demo=args.demo)
    try:
        return args.run(args, catalog_path(args))
    except (CatalogError, OSError) as error:
        print(f"pactum: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pactum: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
