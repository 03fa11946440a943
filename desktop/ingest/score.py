"""How well the reader does: field-level precision, recall and F1 over texts with known answers.

Each text (``NAME.txt`` or ``NAME.html``) sits next to ``NAME.json``: the drafts an analyst
would enter, as interchange records (only the fields the reader proposes). The answer is
either a list of records (every field graded) or ``{"fields": [...], "drafts": [...],
"source": {...}}``: only the named fields are graded, and ``source`` cites the report a
text was modelled on. Drafts are paired with expected records by kind, parties and date;
every value of a paired or unpaired draft then counts as right, wrong or missing.

Run ``python -m desktop.ingest.score [FOLDER ...] [-v]``: one table per folder (per field,
then per text); without a folder it reads the answer sets of a source checkout.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import CONTENT_FIELDS, encode
from desktop.ingest.catalogue import load_article
from desktop.ingest.reader import read_article

_ROOT = Path(__file__).resolve().parents[2] / "tests"
DEFAULT_FOLDERS = (
    _ROOT / "desktop" / "ingest" / "texts",
    _ROOT / "data" / "articles" / "dev",
    _ROOT / "data" / "articles" / "dev2",
    _ROOT / "data" / "articles" / "test",
)
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
_QUOTES = re.compile(r"[«»“”„\"'’ʼ`]")


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


def _words(name: str) -> frozenset[str]:
    return frozenset(_QUOTES.sub(" ", name).casefold().split())


def same_party(found: str, wanted: str) -> bool:
    """One party named two ways: equal, or an organisation whose words hold the other's
    ("благодійний фонд «Повернись живим»" is "Повернись живим")."""
    if found == wanted:
        return True
    a, b = _words(found), _words(wanted)
    return bool(a and b) and len(found) > 2 and len(wanted) > 2 and (a <= b or b <= a)


def align(found: dict[str, set[Any]], wanted: dict[str, set[Any]]) -> dict[str, set[Any]]:
    """``found`` with each party named as ``wanted`` names it, when they are one party."""
    rename = {}
    for key in found["parties"]:
        match = next((w for w in wanted["parties"] if same_party(key, w)), None)
        if match is not None:
            rename[key] = match
    out = dict(found)
    out["parties"] = {rename.get(k, k) for k in found["parties"]}
    out["signatory parties"] = {(n, rename.get(p, p)) for n, p in found["signatory parties"]}
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
    """Right, proposed and expected values per field (and per text, all fields together)."""

    right: Counter[str] = field(default_factory=Counter)
    proposed: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    per_text: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(
        self,
        name: str,
        found: dict[str, set[Any]] | None,
        wanted: dict[str, set[Any]] | None,
        graded: Sequence[str] = FIELDS,
    ) -> None:
        right, proposed, expected = self.per_text.get(name, (0, 0, 0))
        for key in graded:
            got = found[key] if found else set()
            want = wanted[key] if wanted else set()
            self.right[key] += len(got & want)
            self.proposed[key] += len(got)
            self.expected[key] += len(want)
            right, proposed, expected = (
                right + len(got & want),
                proposed + len(got),
                expected + len(want),
            )
            if got != want:
                self.misses.append(
                    f"{name}: {key}: proposed {sorted(map(str, got - want))}, "
                    f"missed {sorted(map(str, want - got))}"
                )
        self.per_text[name] = (right, proposed, expected)

    def f1(self) -> float:
        """The micro-averaged F1 over every graded value."""
        return f1(*(sum(c.values()) for c in (self.right, self.proposed, self.expected)))


def f1(right: int, proposed: int, expected: int) -> float:
    precision = right / proposed if proposed else 1.0
    recall = right / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def texts(folders: Sequence[Path]) -> list[Path]:
    """Every text with an answer file in ``folders``."""
    found = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html") and path.with_suffix(".json").exists():
                found.append(path)
    return found


def answer(path: Path) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """The expected records of the text at ``path`` and the fields they grade."""
    data = json.loads(path.with_suffix(".json").read_text("utf-8"))
    if isinstance(data, list):
        return data, FIELDS
    return data["drafts"], tuple(data.get("fields") or FIELDS)


def score(paths: Sequence[Path]) -> Tally:
    tally = Tally()
    for path in paths:
        drafts = read_article(load_article(path))
        records, graded = answer(path)
        expected = [values(r) for r in records]
        found = [values(encode(d.agreement, CONTENT_FIELDS)) for d in drafts]
        pairs = pair(found, expected)
        tally.per_text.setdefault(path.name, (0, 0, 0))
        for i, j in pairs:
            tally.add(path.name, align(found[i], expected[j]), expected[j], graded)
        for i in set(range(len(found))) - {i for i, _ in pairs}:
            tally.add(path.name, found[i], None, graded)
        for j in set(range(len(expected))) - {j for _, j in pairs}:
            tally.add(path.name, None, expected[j], graded)
    return tally


def _line(name: str, right: int, proposed: int, expected: int) -> str:
    precision = right / proposed if proposed else 1.0
    recall = right / expected if expected else 1.0
    return (
        f"{name:<40} {right:>6} {proposed:>9} {expected:>9} {precision:>10.2f} {recall:>7.2f} "
        f"{f1(right, proposed, expected):>5.2f}"
    )


def report(tally: Tally, count: int) -> str:
    """The tables the command prints: one line per text, then one per field and the
    micro-averaged total (last)."""
    head = (
        f"{'':<40} {'right':>6} {'proposed':>9} {'expected':>9} {'precision':>10} "
        f"{'recall':>7} {'F1':>5}"
    )
    lines = [f"{count} texts", head]
    lines += [_line(name, *counts) for name, counts in sorted(tally.per_text.items())]
    lines.append(head)
    for key in FIELDS:
        if tally.proposed[key] or tally.expected[key]:
            lines.append(_line(key, tally.right[key], tally.proposed[key], tally.expected[key]))
    totals = [sum(c.values()) for c in (tally.right, tally.proposed, tally.expected)]
    lines.append(_line("all fields", *totals))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ingest.score", description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    sections = [(folder, texts([folder])) for folder in folders]
    if not any(paths for _folder, paths in sections):
        print("no texts with answers (NAME.txt/.html next to NAME.json) found", file=sys.stderr)
        return 1
    for n, (folder, paths) in enumerate(sections):
        tally = score(paths)
        if args.verbose:
            print("\n".join(tally.misses))
        print(("\n" if n else "") + f"== {folder}")
        print(report(tally, len(paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
