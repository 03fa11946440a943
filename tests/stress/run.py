"""`make stress`: N rounds of random interleavings on one catalogue, each checked for loss.

    python -m tests.stress.run --rounds 1000 [--seed S] [--first I]

Round I of seed S always plans the same processes, commands and kill moments (what they hit
depends on timing), so `--seed S --first I --rounds 1` replays a failing round's plan. Each
round with a finding leaves ``<out>/round-I.json`` (seed, findings, every op with its times,
exit code and message) and, for the first few, the round's files beside it.
"""

from __future__ import annotations

import argparse
import json
import re
import secrets
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.stress.round import ROOT, Round, RoundResult

KEEP_FILES = 20
"""Rounds whose catalogue, backups and logs are kept for a look (the JSON is always written)."""


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tests.stress.run", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", default=None, help="default: a new random one (printed)")
    parser.add_argument("--first", type=int, default=0, help="index of the first round")
    parser.add_argument("--seconds", type=float, default=0.6, help="activity per round")
    parser.add_argument("--no-kills", action="store_true", help="never SIGKILL a process")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "stress")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    return parser.parse_args(argv)


def message_class(text: str) -> str:
    """A failure message without what differs between rounds (paths, UUIDs, times)."""
    text = re.sub(r"\S*pactum-stress-\S*", "<path>", text)
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>", text)
    return re.sub(r"\d{8}T\d{12}Z", "<time>", text)[:90]


def write_failure(
    out: Path, index: int, args: argparse.Namespace, result: RoundResult, workdir: Path, kept: int
) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"round-{index}.json"
    replay = (
        f"python -m tests.stress.run --seed {args.seed} --first {index} --rounds 1"
        + (" --no-kills" if args.no_kills else "")
        + (f" --seconds {args.seconds}" if args.seconds != 0.6 else "")
    )
    data = {
        "seed": args.seed,
        "round": index,
        "replay": replay,
        "classes": dict(result.verdict.classes),
        "findings": result.verdict.findings,
        "kills": result.kills,
        "ops": result.journal.as_list(),
    }
    target.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    if kept < KEEP_FILES:
        shutil.copytree(workdir, out / f"round-{index}-files", dirs_exist_ok=True)
    return target


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    args.seed = args.seed or str(secrets.randbelow(10**9))
    print(
        f"stress: seed {args.seed}, rounds {args.first}..{args.first + args.rounds - 1}", flush=True
    )
    totals: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    failed_rounds = 0
    with tempfile.TemporaryDirectory(prefix="pactum-stress-") as scratch:
        for index in range(args.first, args.first + args.rounds):
            workdir = Path(scratch) / f"round-{index}"
            workdir.mkdir()
            result = Round(f"{args.seed}/{index}", workdir, args.seconds, not args.no_kills).run()
            ops = result.journal.ops[1:]  # not the setup
            totals["rounds"] += 1
            totals["operations"] += len(ops)
            totals["  pactum commands"] += sum(not op.name.startswith("holder") for op in ops)
            totals["  holder calls"] += sum(op.name.startswith("holder ") for op in ops)
            totals["kills"] += result.kills
            totals["writes checked"] += result.verdict.checked
            totals["lost writes"] += result.verdict.lost
            classes.update(result.verdict.classes)
            failures.update(
                f"{op.name}: {message_class(op.message)}" for op in ops if op.outcome == "failed"
            )
            if result.verdict.findings:
                path = write_failure(args.out, index, args, result, workdir, failed_rounds)
                failed_rounds += 1
                if not args.quiet:
                    found = ", ".join(f"{k} ×{n}" for k, n in result.verdict.classes.items())
                    print(f"round {index}: {found} -> {path}", flush=True)
            shutil.rmtree(workdir, ignore_errors=True)
            if not args.quiet and totals["rounds"] % 50 == 0:
                print(f"... {totals['rounds']} rounds, {totals['lost writes']} lost", flush=True)
    print(f"\nstress: seed {args.seed}")
    keys = ("rounds", "operations", "  pactum commands", "  holder calls", "kills")
    for key in (*keys, "writes checked", "lost writes"):
        print(f"  {key:<16} {totals[key]:>8,}")
    print(f"  rounds with findings {failed_rounds:,}")
    for kind, count in classes.most_common():
        print(f"  finding: {kind:<40} ×{count}")
    if not args.quiet:
        print("operations that failed (expected ones included: busy, refused, ...):")
        for message, count in failures.most_common(15):
            print(f"  {count:>6}  {message}")
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    sys.exit(main())
