"""The ``pactum`` command: the window by default, a subcommand for each headless job.

Every subcommand lives in ``desktop/commands/`` and gets an open catalogue; this module
only parses the global options and turns any failure into one line on stderr with exit
code 1 (``desktop.commands.failures``). It imports the module of the command asked for and
no other (``pactum --help`` imports none), so a command starts in a fraction of a second.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from desktop.commands import COMMANDS
from desktop.locations import default_catalog_path, demo_catalog_path


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked (it takes a while)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS, help="show the version and exit")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from desktop import __version__

        print(f"pactum {__version__}")  # on stdout, as argparse's own version action does
        parser.exit()


def build_parser(commands: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, or, given ``commands``, only their modules' options: every
    other command is listed by its summary and takes anything (for a first look at the
    command line that finds which command was asked for)."""
    parser = argparse.ArgumentParser(
        prog="pactum",
        description="Catalogue, search, compare and brief agreements between states and "
        "organisations. Without a command, opens the window.",
    )
    parser.add_argument("--version", action=_Version)
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
    wanted = {module for name, (module, _) in COMMANDS.items() if name in (commands or ())}
    registered: set[str] = set()
    for name, (module, summary) in COMMANDS.items():
        if commands is not None and module not in wanted:
            sub.add_parser(name, help=summary, add_help=False)
        elif module not in registered:
            importlib.import_module(f"desktop.commands.{module}").register(sub)
            registered.add(module)
    return parser


def catalog_path(args: argparse.Namespace) -> Path:
    if args.demo:
        return demo_catalog_path()
    return args.catalog or default_catalog_path()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; any failure is one line ``pactum: …`` on stderr and exit 1."""
    argv = sys.argv[1:] if argv is None else list(argv)
    asked, _ = build_parser(()).parse_known_args(argv)
    if asked.command is None:
        args = build_parser(()).parse_args(argv)
        from desktop.ui.shell.app import run_app

        return run_app(args.catalog, demo=args.demo)  # none: the last one, or the welcome
    args = build_parser((asked.command,)).parse_args(argv)
    from desktop.commands.escaping import escaping_output
    from desktop.commands.failures import error_line, not_utf8, one_line

    # A character the terminal's encoding lacks is shown escaped instead of failing a
    # command whose work is already done.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    path = catalog_path(args)
    refusal = not_utf8(args, path)
    if refusal is not None:
        print(f"pactum: {refusal}", file=sys.stderr)
        return 1
    with escaping_output():  # a crafted title must not drive the terminal
        try:
            return args.run(args, path)
        except KeyboardInterrupt:
            print("pactum: interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:  # the reader left (`pactum list | head`): nothing more to say
            _discard_stdout()
            return 1
        except Exception as error:
            if os.environ.get("PACTUM_TRACEBACK"):
                raise
            print(f"pactum: {one_line(error_line(error, path))}", file=sys.stderr)
            return 1


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit stays quiet too."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
