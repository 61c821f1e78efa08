"""The throwaway PostgreSQL of the dev stack and the tests asks every role for its password (scram-sha-256)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop_app.devstack.postgres import SCRAM_ONLY_HBA


def _without_password(url: str, password: str | None = None) -> str:
    params = conninfo_to_dict(url)
    params.pop("password", None)
    if password is not None:
        params["password"] = password
    return make_conninfo(**params)


@pytest.fixture
def throwaway(pg_cluster):
    if os.environ.get("TEST_DATABASE_URL"):
        pytest.fail("this test checks the server the tests start themselves: unset TEST_DATABASE_URL")
    return pg_cluster


def test_every_role_needs_its_password(throwaway):
    url = throwaway.url("postgres")
    assert conninfo_to_dict(url).get("password")  # the owner got a generated one
    for attempt in (_without_password(url), _without_password(url, "wrong-password")):
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(attempt)
    with psycopg.connect(url) as conn:
        rules = conn.execute("SELECT type, auth_method, error FROM pg_hba_file_rules").fetchall()
        assert rules and all(method == "scram-sha-256" and error is None for _, method, error in rules), rules
        assert conn.execute("SELECT rolpassword LIKE 'SCRAM-SHA-256$%%' FROM pg_authid "
                            "WHERE rolname = current_user").fetchone() == (True,)
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
    assert hba.read_text() == SCRAM_ONLY_HBA


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets and modes: Linux and macOS")
def test_the_socket_directory_is_owner_only(throwaway):
    socket_dir = Path(conninfo_to_dict(throwaway.url("postgres"))["host"])
    assert stat.S_IMODE(socket_dir.stat().st_mode) & 0o077 == 0
