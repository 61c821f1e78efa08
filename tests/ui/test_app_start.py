"""The composition root end to end: local first run and `--demo` in a fresh process; and every refusal at
start ends the process with its exit code and reason (a dialog, then the end; never a window-less wait)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app import app as composition
from desktop_app.cli import parse_app_args
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local.store import LocalStore
from tests.packaging.support import copy_of_the_package, fresh_profile_env, run


def _run_app(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("SECRETARIA_SUPABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-check", *args],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
    )


def test_first_run_creates_the_local_school_and_shows_the_window(tmp_path: Path) -> None:
    store_path = tmp_path / "data" / "store.sqlite3"
    result = _run_app(tmp_path, "--data-file", str(store_path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[0] == "ready" and "self-check: OK" in result.stdout
    with LocalStore.open(store_path) as store:
        assert LocalSetup(store).context().roles


def test_demo_loads_a_school_in_its_own_file_then_shows_the_window(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite3"
    result = _run_app(tmp_path, "--demo", "--demo-students", "40", "--lang", "en", "--data-file", str(store_path))
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "ready", result.stderr[-2000:]
    with LocalStore.open(store_path) as store, store.read() as session:
        context = LocalSetup(store).context()
        assert len(session.student_ids(school_id=context.school_id)) >= 40


def test_self_check_with_a_missing_config_file_exits_at_once_with_the_reason(tmp_path: Path) -> None:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--self-check", "--config", str(tmp_path / "missing.toml"),
         "--data-file", str(tmp_path / "store.sqlite3")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)),
    )  # fmt: skip
    try:
        out, err = process.communicate(timeout=5)
    finally:
        process.kill()  # only if it hangs: then the assertion below fails too
        process.wait()
    assert process.returncode == composition.EXIT_CONFIG, err
    assert "No se encontró el archivo de configuración" in err and "missing.toml" in err
    assert time.perf_counter() - started < 5 and "ready" not in out


@pytest.fixture
def answered_dialogs(qapp: QApplication) -> Iterator[list[str]]:
    """A person at the screen: every modal dialog's text is read and the dialog accepted."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            dialog.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    yield seen
    timer.stop()


@pytest.fixture
def in_process(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`app.main` in this process: its log in tmp_path; its log handler, translators and locale undone after."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("SECRETARIA_SUPABASE_URL", raising=False)
    root = logging.getLogger()
    handlers, level, locale = list(root.handlers), root.level, QLocale()
    yield
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_a_missing_config_file_shows_the_reason_then_ends(
    in_process: None, answered_dialogs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse_app_args(["--config", str(tmp_path / "missing.toml"), "--data-file", str(tmp_path / "s.sqlite3")])
    started = time.perf_counter()
    code = composition.main(args)  # the old start entered the event loop here and never came back
    assert code == composition.EXIT_CONFIG and time.perf_counter() - started < 5
    assert len(answered_dialogs) == 1 and "No se encontró el archivo de configuración" in answered_dialogs[0]
    assert "missing.toml" in capsys.readouterr().err


def test_a_store_that_cannot_open_shows_the_reason_then_ends(
    in_process: None, answered_dialogs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "store.sqlite3"
    damaged.write_bytes(b"this is not an SQLite file" * 100)
    code = composition.main(parse_app_args(["--data-file", str(damaged)]))
    assert code == composition.EXIT_STORE
    assert len(answered_dialogs) == 1 and "No se pudo abrir la base de datos local" in answered_dialogs[0]
    assert "No se pudo abrir la base de datos local" in capsys.readouterr().err
    assert damaged.read_bytes().startswith(b"this is not")  # left as it was


def test_a_demo_that_fails_to_load_ends_the_running_event_loop(tmp_path: Path) -> None:
    # The failure arrives inside the running event loop (the load runs in the background): the loop must end.
    # A copy of the package whose demo loader fails as a full disk would (run in its own process: app.exec()
    # in the test process would leave the shared QApplication after its aboutToQuit).
    package = copy_of_the_package(tmp_path / "app")
    with (package / "desktop_app" / "services" / "demo.py").open("a", encoding="utf-8") as demo:
        demo.write("\n\ndef load_demo_school(*args, **kwargs):\n    raise OSError(28, 'No space left on device')\n")
    env = fresh_profile_env(tmp_path / "home", PYTHONPATH=str(package))
    result = run(
        [sys.executable, "-m", "desktop_app", "--self-check", "--demo", "--data-file", str(tmp_path / "d.sqlite3")],
        env, timeout=60, cwd=package,
    )  # fmt: skip
    assert result.returncode == composition.EXIT_START_FAILED, result.stderr[-3000:]
    assert "error inesperado" in result.stderr and "ready" not in result.stdout
