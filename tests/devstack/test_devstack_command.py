"""`desktop-app devstack` as a user runs it: a subprocess that prints demo users and writes a config file
the app signs in through; Ctrl+C (SIGINT) or SIGTERM stops it cleanly with nothing left running."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from desktop_app.config import load_config
from desktop_app.integrations.connected_mode import build_connected
from desktop_app.services.auth import SessionState

STARTUP_TIMEOUT = 120


def processes_mentioning(fragment: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if fragment in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


class Output:
    """Collects a subprocess's stdout in a thread so the pipe never fills."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.lines.append(line)

    @property
    def text(self) -> str:
        return "".join(self.lines)


def start_devstack(config_path: Path) -> tuple[subprocess.Popen, Output]:
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "devstack", "--config-out", str(config_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output = Output(process.stdout)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while "Ctrl+C" not in output.text:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"devstack did not start:\n{output.text}")
        time.sleep(0.2)
    return process, output


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_devstack_serves_a_config_the_app_signs_in_with_and_stops_cleanly(tmp_path: Path, stop_signal) -> None:
    config_path = tmp_path / "devstack.toml"
    process, output = start_devstack(config_path)
    try:
        assert config_path.exists()
        data_dir = re.search(r"socket (\S+)\)", output.text).group(1)
        assert processes_mentioning(data_dir), "the throwaway PostgreSQL should be running"
        email, password = re.search(r"(secretaria@\S+)\s+(\S+)", output.text).groups()

        keyring = PlaintextKeyring()
        keyring.file_path = str(tmp_path / "kr.cfg")
        parts = build_connected(load_config(config_path), tmp_path / "prefs.json", keyring)
        try:
            status = parts.service.sign_in(email, password)
            assert status.state is SessionState.ONLINE and len(status.schools) == 2
            access_token = parts.auth.access_token()
            assert access_token not in config_path.read_text()  # the session lives in the keyring only
        finally:
            parts.close()

        os.kill(process.pid, stop_signal)
        assert process.wait(timeout=60) == 0, output.text
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert not config_path.exists()
    deadline = time.monotonic() + 10
    while processes_mentioning(data_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_mentioning(data_dir) == []
    assert not Path(data_dir).exists()
