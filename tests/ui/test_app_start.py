"""The composition root end to end, in a fresh process: local first run, and `--demo` loading in the background."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local.store import LocalStore


def _run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("SECRETARIA_SUPABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-check", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )


def test_first_run_creates_the_local_school_and_shows_the_window(tmp_path: Path) -> None:
    store_path = tmp_path / "data" / "store.sqlite3"
    result = _run_app(tmp_path, "--data-file", str(store_path))
    assert result.returncode == 0 and result.stdout.strip() == "ready", result.stderr[-2000:]
    with LocalStore.open(store_path) as store:
        assert LocalSetup(store).context().roles


def test_demo_loads_a_school_in_its_own_file_then_shows_the_window(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite3"
    result = _run_app(tmp_path, "--demo", "--demo-students", "40", "--lang", "en", "--data-file", str(store_path))
    assert result.returncode == 0 and result.stdout.strip() == "ready", result.stderr[-2000:]
    with LocalStore.open(store_path) as store, store.read() as session:
        context = LocalSetup(store).context()
        assert len(session.student_ids(school_id=context.school_id)) >= 40
