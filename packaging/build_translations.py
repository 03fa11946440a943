"""Refresh the Qt Linguist sources and compile them: ``make translations``.

``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``desktop/ui`` into
``resources/translations/pactum_<lang>.ts`` (keeping translations already made), and
``pyside6-lrelease`` compiles each into the ``.qm`` file the window loads. The ``.ts`` files
are the sources translators edit (Qt Linguist); the ``.qm`` files are generated — never
edit them by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("uk", "en")


def tool(name: str) -> str:
    """The PySide6 tool next to the running interpreter (the project's .venv)."""
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = FOLDER / f"pactum_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
