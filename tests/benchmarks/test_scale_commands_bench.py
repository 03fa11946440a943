"""Commands, opening, import and export at 10k, 100k and 1M records (issue 14, part A).

Targets: whole-process ``pactum --help`` ≤ 0.2 s; ``show``, ``list --limit 20`` and
``search … --limit 20`` ≤ 0.3 s at 100k and ≤ 0.5 s at 1M; opening whose cost does not grow
with the file; import of 1M records ≤ 10 min in ≤ 500 MB, export in ≤ 500 MB. Each figure is
printed with the issue's baseline (what the same measure cost before, on the same 2 cores)
and the ratio. Whole-process figures run ``python -m desktop.cli`` with byte-compiled
modules (kept under the bench folder), as an installed Pactum runs, best of five after a
first run that warms the file cache. 1M runs only with ``PACTUM_BENCH_1M=1`` (it builds a
4 GB catalogue once, about ten minutes); ``command_rows`` gives the rows to the combined
table of ``make bench-scale``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import open_catalog
from tests.benchmarks.generate import bench_dir, build_catalogue, interchange_file

SIZES = (10_000, 100_000) + ((1_000_000,) if os.environ.get("PACTUM_BENCH_1M") == "1" else ())
BASELINE: dict[str, dict[int, float]] = {
    # Issue 14's table, measured on main before this work (seconds).
    "--help": {10_000: 0.93, 100_000: 0.93, 1_000_000: 0.93},
    "open": {10_000: 0.30, 100_000: 1.5, 1_000_000: 99.0},
    "show": {100_000: 2.2, 1_000_000: 100.0},
}
TARGET: dict[str, dict[int, float]] = {
    "--help": {n: 0.2 for n in (10_000, 100_000, 1_000_000)},
    **{c: {10_000: 0.3, 100_000: 0.3, 1_000_000: 0.5} for c in ("show", "list", "search")},
    "import": {1_000_000: 600.0},
}
MEMORY_MB = 500
_ROOT = Path(__file__).resolve().parents[2]
_MEASURE = """
import resource, sys, time
from pathlib import Path
from db import open_catalog
from db.features.interchange import export_file, import_file
work, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
started = time.perf_counter()
if work == "import":
    with open_catalog(target, create=True, user="bench") as catalog:
        import_file(catalog, source)
else:
    with open_catalog(source) as catalog:
        export_file(catalog, target)
# VmHWM is this process image's own peak: ru_maxrss keeps, across exec, the peak of the
# process it was forked from (the benchmark's own, hundreds of MB by the last size).
status = Path("/proc/self/status")
peak = [int(l.split()[1]) for l in status.read_text().splitlines() if l.startswith("VmHWM:")]
own = peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(time.perf_counter() - started, own)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(bench_dir() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
    return env


def _process(*argv: str) -> tuple[float, float]:
    """Best of five whole-process runs of ``pactum ARGV`` (after one to warm up): wall
    seconds, and the CPU seconds that run took (on a loaded machine the wall time waits
    for a core; the CPU time does not)."""
    command = [sys.executable, "-m", "desktop.cli", *argv]
    subprocess.run(command, env=_env(), capture_output=True, check=False)
    runs = []
    for _ in range(5):
        before = os.times()
        started = time.perf_counter()
        done = subprocess.run(command, env=_env(), capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = os.times()
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        runs.append((wall, cpu))
        assert done.returncode == 0, done.stderr
    return min(runs)


def _open(path: Path) -> float:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        open_catalog(path).close()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _measured(work: str, source: Path, target: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of an import or export in a process of its own."""
    target.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, work, str(source), str(target)],
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak_kb = done.stdout.split()
    return float(seconds), int(peak_kb) / 1024


def _cell(name: str, n: int, seconds: float, extra: str = "", cpu: float | None = None) -> str:
    if seconds < 0.1:
        text = f"{seconds * 1000:.1f} ms"
    else:
        text = f"{seconds:.2f} s" if seconds < 60 else f"{seconds / 60:.1f} min"
    if cpu is not None:
        text += f" (CPU {cpu:.2f} s)"
    base = BASELINE.get(name, {}).get(n)
    if base is not None:
        text += f" (was {base:g} s, {seconds / base:.2g}x)"
    target = TARGET.get(name, {}).get(n)
    if target is not None:
        text += f" ≤ {target:g} s: {'met' if seconds <= target else 'NOT met'}"
    return text + extra


def _memory(peak_mb: float) -> str:
    verdict = "met" if peak_mb <= MEMORY_MB else "NOT met"
    return f", peak {peak_mb:,.0f} MB ≤ {MEMORY_MB} MB: {verdict}"


def _catalogue(path: Path, n: int) -> Path:
    """The generated catalogue of ``n`` records at ``path``; ``PACTUM_BENCH_CATALOGUE_<n>``
    may name a ready one to copy instead (building a million takes many minutes)."""
    ready = os.environ.get(f"PACTUM_BENCH_CATALOGUE_{n}")
    if ready:
        shutil.copyfile(ready, path)
        return path
    return build_catalogue(path, n)


def command_rows(sizes: tuple[int, ...] = SIZES) -> list[tuple[str, dict[int, str]]]:
    """Part A of issue 14's table: one row per measure, one cell per size (a text with the
    figure, the baseline and ratio, and the target met or not)."""
    rows: dict[str, dict[int, str]] = {}
    scratch = bench_dir() / "scale-commands"
    scratch.mkdir(exist_ok=True)
    helped, helped_cpu = _process("--help")
    for n in sizes:
        path = _catalogue(scratch / f"catalogue-{n}.pactum", n)
        # The catalogue as a user has it: opened once by this Pactum (the index is current).
        open_catalog(path).close()
        where = ("--catalog", str(path))
        rows.setdefault("pactum --help (whole process)", {})[n] = _cell(
            "--help", n, helped, cpu=helped_cpu
        )
        rows.setdefault("open (header, application id, schema)", {})[n] = _cell(
            "open", n, _open(path)
        )
        for name, argv in (
            ("show", ("show", str(n // 2))),
            ("list", ("list", "--limit", "20")),
            ("search", ("search", "Литва", "--limit", "20")),
        ):
            label = f"pactum {' '.join(argv)} (whole process)".replace(str(n // 2), "N/2")
            wall, cpu = _process(*where, *argv)
            rows.setdefault(label, {})[n] = _cell(name, n, wall, cpu=cpu)
        seconds, peak = _measured("import", interchange_file(n), scratch / f"import-{n}.pactum")
        rows.setdefault("import of the JSON export, new catalogue", {})[n] = _cell(
            "import", n, seconds, _memory(peak)
        )
        (scratch / f"import-{n}.pactum").unlink(missing_ok=True)
        seconds, peak = _measured("export", path, scratch / f"export-{n}.json")
        rows.setdefault("export to JSON", {})[n] = _cell("export", n, seconds, _memory(peak))
        (scratch / f"export-{n}.json").unlink(missing_ok=True)
        path.unlink()
    return list(rows.items())


@pytest.mark.benchmark
def test_commands_open_import_and_export_at_scale() -> None:
    load = os.getloadavg()
    rows = command_rows()
    print(f"\nissue 14, part A (load average {load[0]:.1f} at the start)")
    for label, cells in rows:
        print(f"  {label}")
        for n, text in cells.items():
            print(f"    {n:>9,}: {text}")
