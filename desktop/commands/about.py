"""``pactum about``: the About box's facts on the command line (and a bundle self-check)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from desktop.about import About, about_info
from desktop.commands.common import open_for, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "about", help="version, catalogue, schema and the licences of what ships with Pactum"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_about)


def about_text(about: About) -> str:
    schema = about.schema[-1] if about.schema else "—"
    lines = [
        f"Pactum {about.version} ({about.python})",
        f"Catalogue: {about.catalogue or 'in memory'}",
        f"Schema:    {schema} ({len(about.schema)} migrations applied; "
        f"this version knows {len(about.schema_known)})",
        "",
        "Libraries:",
        *(f"  {item.name:<22} {item.version:<20} {item.licence}" for item in about.libraries),
        "",
        "Fonts:",
        *(f"  {item.name:<22} {item.licence}" for item in about.fonts),
    ]
    if not about.fonts:
        lines.append("  (none shipped: the system's fonts are used)")
    return "\n".join(lines)


def run_about(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        about = about_info(catalog)
    if args.json:
        print_json({**asdict(about), "catalogue": str(about.catalogue or "")})
    else:
        print(about_text(about))
    return 0
