"""``pactum backup list|create|restore`` and ``pactum encrypt``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import (
    ANY_NAME,
    Backup,
    BackupError,
    check_output_path,
    encrypt_catalogue,
    list_backups,
    newest_good_backup,
    open_catalog,
    plain_backups,
    restore_backup,
)
from desktop.commands.passphrase import ENV, ask, from_env, with_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="list, make or restore the catalogue's backups (kept in backups/ beside it)",
        description="Pactum backs the catalogue up before every migration and on the first "
        "open of each day, keeping 7 daily and 4 weekly copies; each copy is checked after "
        "it is written. A restore first backs up the current file, so it can be undone.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="the backups, newest first, with record counts").set_defaults(
        run=run_list
    )
    actions.add_parser("create", help="make a verified backup now").set_defaults(run=run_create)
    r = actions.add_parser("restore", help="replace the catalogue with a backup")
    r.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar="BACKUP",
        help="the file name from `pactum backup list` (default: the newest good one)",
    )
    r.set_defaults(run=run_restore)

    p = sub.add_parser(
        "encrypt",
        help="encrypt the catalogue at rest (or create a new encrypted one)",
        description=f"Asks for a passphrase twice (or reads ${ENV}); it is "
        "never stored, and without it the catalogue cannot be opened.",
    )
    p.set_defaults(run=run_encrypt)


def backup_line(backup: Backup) -> str:
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    records = "unreadable" if backup.records is None else f"{backup.records:,} records"
    size = f"{backup.size / 1024:,.0f} KB"
    return f"{when}  {backup.kind:<14}  {records:>15}  {size:>10}  {backup.path.name}"


def run_list(args: argparse.Namespace, path: Path) -> int:
    backups = list_backups(path, from_env())
    for backup in backups:
        print(backup_line(backup))
    print(f"{len(backups)} backups in {path.parent / 'backups'}", file=sys.stderr)
    return 0


def run_create(args: argparse.Namespace, path: Path) -> int:
    def create(passphrase: str | None) -> Backup:
        with open_catalog(path, passphrase=passphrase) as catalog:
            return catalog.backup()

    made = with_passphrase(create)
    print(backup_line(made))
    return 0


def _chosen(path: Path, name: Path | None, passphrase: str | None) -> Path:
    if name is None:
        newest = newest_good_backup(path, passphrase)
        if newest is None:
            raise BackupError(f"no good backup of {path.name} was found")
        return newest.path
    for backup in list_backups(path, counts=False):
        if backup.path.name == name.name:
            return backup.path
    raise BackupError(f"{name} is not one of the backups of {path.name} (see `pactum backup list`)")


def restore_and_report(path: Path, name: Path | None, passphrase: str | None) -> None:
    """Restore, then say where the previous file went, so the user can undo it."""
    chosen = _chosen(path, name, passphrase)
    before = restore_backup(path, chosen, passphrase=passphrase)
    print(f"restored {path} from {chosen.name}", file=sys.stderr)
    if isinstance(before, Backup):
        print(f"the previous catalogue is kept as {before.path.name}", file=sys.stderr)
    elif isinstance(before, Path):
        print(f"the damaged catalogue was moved, unchanged, to {before}", file=sys.stderr)


def run_restore(args: argparse.Namespace, path: Path) -> int:
    with_passphrase(lambda passphrase: restore_and_report(path, args.backup, passphrase))
    return 0


def run_encrypt(args: argparse.Namespace, path: Path) -> int:
    passphrase = from_env() or ask("New passphrase: ", confirm=True)
    if not path.exists():
        check_output_path(path, None, ANY_NAME)  # a mistyped folder is refused, not made
        open_catalog(path, create=True, passphrase=passphrase).close()
        print(f"created the encrypted catalogue {path}", file=sys.stderr)
        return 0
    kept = encrypt_catalogue(path, passphrase)
    print(f"encrypted {path}; a plain copy was kept as {kept.path.name}", file=sys.stderr)
    left = plain_backups(path)
    print(
        f"{len(left)} unencrypted backups remain in {kept.path.parent}: delete them once the "
        "catalogue opens with its passphrase:",
        file=sys.stderr,
    )
    for backup in left:
        print(f"  {backup.path}", file=sys.stderr)
    return 0
