"""Running the app's `--self-check` in a separate process, as IT would, on a fresh user profile."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fresh_profile_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user who never ran the app: empty home, config, data and log folders."""
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    for name in [key for key in env if key.startswith("SECRETARIA_")]:
        del env[name]  # a server configured in the developer's shell would make it connected mode
    return env


def run(
    command: Sequence[str], env: dict[str, str], timeout: float = 90, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs to the end; a hang fails the test (TimeoutExpired) after the process is killed."""
    return subprocess.run(
        list(command), env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def copy_of_the_package(target: Path) -> Path:
    """desktop_app and resources copied side by side, as in the source tree: a copy a test may break.
    Run with PYTHONPATH=<target> (and cwd=target) it is imported instead of the installed package."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "desktop_app", target / "desktop_app", ignore=ignore)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=ignore)
    return target
