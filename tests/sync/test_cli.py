"""`desktop-app sync`: one cycle with the session the app stored in the keyring, against the dev-stack servers."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import psycopg
import pytest

from desktop_app.cli import SUBCOMMANDS
from desktop_app.config import ConnectedConfig, write_config
from desktop_app.devstack.seed import SCHOOL_A
from desktop_app.services.auth import SessionState
from desktop_app.services.dto import StudentDraft
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.sync import cli
from tests.auth.conftest import Stack


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


def args(config: Path, store: Path, *extra: str) -> argparse.Namespace:
    return cli.parser().parse_args(["--config", str(config), "--data-file", str(store), *extra])


def test_sync_command_pushes_what_the_app_saved_and_reports_it(stack: Stack, dirs: Path, capsys) -> None:
    assert SUBCOMMANDS["sync"].module == "desktop_app.sync.cli"
    rector = stack.users["rectora"]
    status = stack.app().service.sign_in(rector.email, rector.password)
    assert status.state is SessionState.ONLINE
    config = write_config(dirs / "secretaria.toml", stack.config)
    store_path = dirs / "store.sqlite3"
    with LocalStore.open(store_path) as store:
        context = LocalSetup(store).adopt(status.tenant_context(), school_name=SCHOOL_A.name, user_email=rector.email)
        StudentService(store, context).create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))

    assert cli.run(args(config, store_path, "--status")) == 0
    assert "pending=1 " in capsys.readouterr().out

    assert cli.run(args(config, store_path), keyring_backend=stack.keyring) == 0
    out = capsys.readouterr().out
    assert "pushed=1 " in out and "rejected=0" in out and "pending=0" in out
    with psycopg.connect(stack.owner_url) as conn:
        assert conn.execute("SELECT full_name FROM students WHERE document_number = '1012345678'").fetchall() == [
            ("Luisa Gómez",)]
    assert cli.run(args(config, store_path, "--status")) == 0
    assert "pending=0 " in capsys.readouterr().out


def test_sync_command_fails_with_a_clear_message_when_the_database_is_unreachable(
    stack: Stack, dirs: Path, capsys
) -> None:
    rector = stack.users["rectora"]
    stack.app().service.sign_in(rector.email, rector.password)
    dead = ConnectedConfig(stack.config.supabase_url, stack.config.anon_key,
                           "postgresql+psycopg://nobody:x@127.0.0.1:1/postgres")
    config = write_config(dirs / "dead.toml", dead)
    code = cli.run(args(config, dirs / "store.sqlite3"), keyring_backend=stack.keyring)
    # The memberships cannot be read: the session is offline, nothing is synced, the exit code says why.
    assert code == cli.EXIT_UNREACHABLE
    assert "inicie sesión" in capsys.readouterr().err


def test_connected_mode_has_its_own_store_file_per_project(tmp_path: Path) -> None:
    from desktop_app.sync.store_file import connected_store_path

    local = tmp_path / "secretaria.sqlite3"
    real = connected_store_path("https://abcdefghijklmnop.supabase.co", local)
    dev = connected_store_path("http://127.0.0.1:54321", local)
    assert real == tmp_path / "conectado-abcdefghijklmnop.sqlite3"
    assert dev.parent == tmp_path and dev.name.startswith("conectado-") and len({local, real, dev}) == 3
    assert connected_store_path("http://127.0.0.1:54321/", local) == dev
