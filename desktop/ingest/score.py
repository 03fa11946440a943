"""How well the reader does: field-level precision and recall over texts with known answers.

Each text (``NAME.txt`` or ``NAME.html``) sits next to ``NAME.json``: the list of drafts an
analyst would enter, as interchange records (only the fields the reader proposes). Drafts
are paired with expected records by kind, parties and date; every value of a paired or
unpaired draft then counts as right, wrong or missing.

Run ``python -m desktop.ingest.score [FOLDER ...] [-v]``; without a folder it reads the test
texts of a source checkout (``tests/desktop/ingest/texts``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import CONTENT_FIELDS, encode
from desktop.ingest.catalogue import load_article
from desktop.ingest.reader import read_article

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "tests" / "desktop" / "ingest" / "texts"
FIELDS = (
    "documents",
    "kind",
    "title",
    "parties",
    "signed_on",
    "place",
    "signatory names",
    "signatory roles",
    "signatory parties",
    "subjects",
    "commitments",
)


def _norm(text: Any) -> str:
    return " ".join(str(text).replace("’", "'").split()).casefold()


def _party_key(item: dict[str, Any]) -> str:
    return item.get("country") or item.get("organisation") or ""


def values(record: dict[str, Any]) -> dict[str, set[Any]]:
    """The comparable values of one record, per scored field."""
    signatories = record.get("signatories") or []
    out: dict[str, set[Any]] = {
        "documents": {"document"},
        "kind": {record.get("kind")},
        "title": {_norm(record.get("title", ""))} if record.get("title") else set(),
        "parties": {_party_key(p) for p in record.get("parties") or []},
        "signed_on": {record["signed_on"]} if record.get("signed_on") else set(),
        "place": {_norm(record["place"])} if record.get("place") else set(),
        "signatory names": {_norm(s["name"]) for s in signatories},
        "signatory roles": {
            (_norm(s["name"]), _norm(s["role"])) for s in signatories if s.get("role")
        },
        "signatory parties": {
            (_norm(s["name"]), s["party"]) for s in signatories if s.get("party")
        },
        "subjects": {_norm(s) for s in record.get("subjects") or []},
        "commitments": {
            (c.get("party"), c.get("amount"), c.get("unit"), c.get("until"))
            for c in record.get("commitments") or []
        },
    }
    return out


def _similarity(a: dict[str, set[Any]], b: dict[str, set[Any]]) -> float:
    parties = len(a["parties"] & b["parties"]) / max(1, len(a["parties"] | b["parties"]))
    return parties + (a["kind"] == b["kind"]) + 0.5 * (a["signed_on"] == b["signed_on"])


def pair(
    found: list[dict[str, set[Any]]], expected: list[dict[str, set[Any]]]
) -> list[tuple[int, int]]:
    """Greedy pairs (found index, expected index), most similar first; the rest unpaired."""
    options = sorted(
        (
            (_similarity(f, e), i, j)
            for i, f in enumerate(found)
            for j, e in enumerate(expected)
            if f["parties"] & e["parties"]
        ),
        reverse=True,
    )
    pairs: list[tuple[int, int]] = []
    used_f: set[int] = set()
    used_e: set[int] = set()
    for _score, i, j in options:
        if i not in used_f and j not in used_e:
            pairs.append((i, j))
            used_f.add(i)
            used_e.add(j)
    return pairs


@dataclass
class Tally:
    """Right, proposed and expected values per field."""

    right: Counter[str] = field(default_factory=Counter)
    proposed: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(
        self, name: str, found: dict[str, set[Any]] | None, wanted: dict[str, set[Any]] | None
    ) -> None:
        for key in FIELDS:
            got = found[key] if found else set()
            want = wanted[key] if wanted else set()
            self.right[key] += len(got & want)
            self.proposed[key] += len(got)
            self.expected[key] += len(want)
            if got != want:
                self.misses.append(
                    f"{name}: {key}: proposed {sorted(map(str, got - want))}, "
                    f"missed {sorted(map(str, want - got))}"
                )


def texts(folders: Sequence[Path]) -> list[Path]:
    """Every text with an answer file in ``folders``."""
    found = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html") and path.with_suffix(".json").exists():
                found.append(path)
    return found


def score(paths: Sequence[Path]) -> Tally:
    tally = Tally()
    for path in paths:
        drafts = read_article(load_article(path))
        found = [values(encode(d.agreement, CONTENT_FIELDS)) for d in drafts]
        expected = [values(r) for r in json.loads(path.with_suffix(".json").read_text("utf-8"))]
        pairs = pair(found, expected)
        for i, j in pairs:
            tally.add(path.name, found[i], expected[j])
        for i in set(range(len(found))) - {i for i, _ in pairs}:
            tally.add(path.name, found[i], None)
        for j in set(range(len(expected))) - {j for _, j in pairs}:
            tally.add(path.name, None, expected[j])
    return tally


def report(tally: Tally, count: int) -> str:
    """The table the command prints: one line per field and a micro-averaged total."""
    lines = [
        f"{count} texts",
        f"{'field':<18} {'right':>6} {'proposed':>9} {'expected':>9} {'precision':>10} "
        f"{'recall':>7}",
    ]

    def line(name: str, right: int, proposed: int, expected: int) -> str:
        precision = right / proposed if proposed else 1.0
        recall = right / expected if expected else 1.0
        return (
            f"{name:<18} {right:>6} {proposed:>9} {expected:>9} {precision:>10.2f} {recall:>7.2f}"
        )

    for key in FIELDS:
        lines.append(line(key, tally.right[key], tally.proposed[key], tally.expected[key]))
    totals = [sum(c.values()) for c in (tally.right, tally.proposed, tally.expected)]
    lines.append(line("all fields", *totals))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ingest.score", description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_FOLDER])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    paths = texts(args.folders)
    if not paths:
        print("no texts with answers (NAME.txt/.html next to NAME.json) found", file=sys.stderr)
        return 1
    tally = score(paths)
    if args.verbose:
        print("\n".join(tally.misses))
    print(report(tally, len(paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
