"""``pactum check``: the full integrity check, and the way out of a damaged catalogue."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import (
    ANY_NAME,
    CheckReport,
    check_output_path,
    check_path,
    newest_good_backup,
    salvage,
    shown,
)
from desktop.commands.backups import restore_and_report
from desktop.commands.passphrase import with_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check the whole catalogue (structure, links between records, search index)",
        description="Reads the catalogue without changing it. If it is damaged, choose: "
        "--restore the newest good backup, --salvage what can be read into a new file, "
        "or nothing (the file stays exactly as it is).",
    )
    way = p.add_mutually_exclusive_group()
    way.add_argument(
        "--restore", action="store_true", help="replace it with the newest good backup"
    )
    way.add_argument(
        "--salvage",
        type=Path,
        metavar="NEW",
        help="copy every readable record into the new catalogue file NEW",
    )
    p.set_defaults(run=run_check)


def summary(report: CheckReport) -> str:
    c = report.counts
    return (
        f"OK: {c['agreements']:,} agreements ({c['live']:,} live, {c['in trash']:,} in the "
        f"trash), {c['parties']:,} parties, {c['subjects']:,} subjects, "
        f"{c['history entries']:,} history entries"
    )


def explain(path: Path, report: CheckReport, passphrase: str | None) -> str:
    """The damage in plain words, then the three ways forward."""
    lines = [
        f"{path} is damaged. Part of the file cannot be read, usually after a disk fault,",
        "a full disk or a copy taken while Pactum was writing. It has not been changed.",
        "What SQLite found:",
        *(f"  - {problem}" for problem in report.problems[:10]),
        "",
        "Choose one:",
    ]
    newest = newest_good_backup(path, passphrase)
    if newest is not None:
        when = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(
            f"  pactum check --restore       restore the backup of {when} "
            f"({newest.records:,} records); the damaged file is moved aside, not deleted"
        )
    else:
        lines.append("  (no good backup was found to restore)")
    lines += [
        "  pactum check --salvage NEW   copy every readable record into a new file NEW",
        "  nothing                      leave the file as it is",
    ]
    return "\n".join(lines)


def explain_foreign(path: Path, report: CheckReport) -> str:
    """A schema Pactum did not make: why the file is refused, and the way out."""
    return "\n".join(
        [
            f"{path} does not have the schema this version of Pactum makes (another program",
            "or person added or changed objects in it), so Pactum will not open it: such",
            "objects would run on its own reads and writes. It has not been changed. Found:",
            *(f"  - {difference}" for difference in report.foreign[:20]),
            "",
            "Choose one:",
            "  pactum check --salvage NEW   copy its records (data only) into a clean new file NEW",
            "  nothing                      leave the file as it is",
        ]
    )


def explain_bad_records(path: Path, report: CheckReport) -> str:
    """Records holding values Pactum cannot read: not damage, and how to correct them."""
    shown = report.bad_records[:50]
    more = len(report.bad_records) - len(shown)
    return "\n".join(
        [
            f"{path} holds {len(report.bad_records):,} records with values Pactum cannot read or",
            "that break its rules (another program wrote them, say the sqlite3 shell). They are",
            "shown marked damaged; export leaves out those whose own values cannot be read:",
            *(f"  - {record}" for record in shown),
            *([f"  ... and {more:,} more"] if more else []),
            "Correct them in the window (saving a record rewrites it) or with the sqlite3 shell.",
        ]
    )


def _run(args: argparse.Namespace, path: Path, passphrase: str | None) -> int:
    if args.salvage is not None:
        target = check_output_path(args.salvage, path, ANY_NAME)
        report = salvage(path, target, passphrase=passphrase)
        total = report.recovered.get("agreements", 0)
        lost = report.unreadable.get("agreements", 0) + report.rejected.get("agreements", 0)
        print(
            f"salvaged {total:,} agreements into {shown(args.salvage)} ({report.method}); "
            f"{lost:,} could not be read; {path} was not changed",
            file=sys.stderr,
        )
        return 0
    if args.restore and not path.exists():
        restore_and_report(path, None, passphrase)
        return 0
    if not path.exists():
        raise FileNotFoundError(f"no catalogue at {path}")
    # A busy, read-only or full catalogue raises here, before anything is offered or done.
    report = check_path(path, passphrase)
    if report.ok:
        print(summary(report))
        if args.restore:
            print(
                f"{path} is sound, so it was not replaced (to go back to an older copy on "
                "purpose, use `pactum backup restore`)",
                file=sys.stderr,
            )
        return 0
    if args.restore:
        restore_and_report(path, None, passphrase)
        return 0
    if report.problems:
        print(explain(path, report, passphrase), file=sys.stderr)
    if report.foreign:
        print(explain_foreign(path, report), file=sys.stderr)
    if report.bad_records:
        print(explain_bad_records(path, report), file=sys.stderr)
    return 2


def run_check(args: argparse.Namespace, path: Path) -> int:
    return with_passphrase(lambda passphrase: _run(args, path, passphrase))
