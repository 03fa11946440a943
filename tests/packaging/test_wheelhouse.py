"""The offline installer: dist/wheelhouse/install.sh into a fresh venv, with no network.

Opt-in (`make wheelhouse` first, then `make wheelhouse-check`): it installs PySide6 and the
rest from the wheels, which takes a while. Where this process may make a network namespace
(root on Linux), the install runs in one with no interfaces, so a pip that tried to reach an
index would fail instead of quietly succeeding.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / "dist" / "wheelhouse"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (WHEELHOUSE / "install.sh").exists(), reason="no dist/wheelhouse: run make wheelhouse"
    ),
]


def offline_prefix() -> list[str]:
    """``unshare -n`` when it works here: a network namespace with nothing in it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def clean_env(home: Path) -> dict[str, str]:
    """No pip configuration, index or find-links of the developer's; no venv on PATH."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        HOME=str(home),
        PATH="/usr/bin:/bin",
        PYTHON=sys._base_executable,
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_install_sh_installs_pactum_offline(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    venv = tmp_path / "venv"
    install = subprocess.run(
        [*offline_prefix(), "bash", str(WHEELHOUSE / "install.sh"), str(venv)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert "pactum " in install.stdout

    listing = subprocess.run(
        [str(venv / "bin" / "pactum"), "--demo", "list"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert listing.returncode == 0, listing.stderr
    assert "UA–LT" in listing.stdout
    assert "3 agreements" in listing.stderr

    # The installed copy, not this checkout, and its resources came with the wheel.
    where = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import desktop, resources; print(desktop.__file__);"
            "print(resources.resource_path('icons', 'org.pactum.Pactum.svg').is_file())",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    module, icon = where.stdout.split()
    assert Path(module).is_relative_to(venv)
    assert icon == "True"
