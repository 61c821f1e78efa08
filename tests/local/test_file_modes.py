"""Owner-only data at rest (issue 10, item 5): real files, a real SQLite store and a real log file."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.local.file_modes import app_private_paths, readable_by_others, secure_private_files
from desktop_app.storage.local.store import LocalStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes are a Linux/macOS matter; Windows uses ACLs")


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual default: files 0644, directories 0755
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_world_readable_data_is_repaired_with_a_log_line(tmp_path, umask, caplog):
    data, logs = tmp_path / "data", tmp_path / "logs"
    (data / "backups").mkdir(parents=True)
    logs.mkdir()
    store = LocalStore.open(data / "secretaria.sqlite3")
    store.close()
    (logs / "secretaria.log").write_text("x")
    config = tmp_path / "config.toml"
    config.write_text("[database]\n")
    config.chmod(0o644)
    assert _mode(data / "secretaria.sqlite3") & 0o044  # what SQLite and the log really create under umask 022
    paths = [data, logs, config]
    with caplog.at_level(logging.WARNING):
        repaired = secure_private_files(paths)
    assert data / "secretaria.sqlite3" in repaired and config in repaired and data / "backups" in repaired
    assert readable_by_others(paths) == []
    assert _mode(data) == 0o700 and _mode(data / "secretaria.sqlite3") == 0o600 and _mode(config) == 0o600
    assert "permisos restringidos" in caplog.text and "secretaria.sqlite3" in caplog.text
    # Files created afterwards are born owner-only (the WAL, a rotated log).
    (logs / "secretaria.log.1").write_text("y")
    assert _mode(logs / "secretaria.log.1") == 0o600
    caplog.clear()
    assert secure_private_files(paths) == [] and caplog.text == ""  # nothing left to repair, nothing logged


def test_links_and_other_places_are_left_alone(tmp_path, umask):
    outside = tmp_path / "usb" / "copia.sqlite3"
    outside.parent.mkdir()
    outside.write_text("backup")
    data = tmp_path / "data"
    data.mkdir()
    (data / "to-usb").symlink_to(outside)
    secure_private_files([data])
    assert _mode(outside) == 0o644


def test_the_app_paths_cover_data_logs_config_and_the_files_given(tmp_path):
    paths = app_private_paths(tmp_path / "c.toml", tmp_path / "s.sqlite3")
    names = {p.name for p in paths}
    assert {"c.toml", "s.sqlite3", "s.sqlite3-wal", "s.sqlite3-shm"} <= names
    assert len(paths) == 7 and tmp_path not in paths  # the folders of given files are not changed
