"""`desktop-app admin pc add|list|revoke` through the real dispatcher, against the real server."""

from __future__ import annotations

import io
import re
import uuid

import psycopg
import pytest

from desktop_app import cli
from desktop_app.admin import cli as admin_cli
from desktop_app.admin.pc_logins import PcLoginError, libpq_url, pc_role


def test_add_list_revoke_a_pc(pg_url, monkeypatch, capsys):
    name = f"recepcion-{uuid.uuid4().hex[:4]}"
    monkeypatch.setenv("DATABASE_URL", pg_url)
    assert cli.main(["admin", "pc", "add", name, "--note", "Recepción, primer piso", "--connection-limit", "2"]) == 0
    printed = capsys.readouterr().out
    url = re.search(r'^url = "(.+)"$', printed, re.MULTILINE).group(1)
    with psycopg.connect(libpq_url(url)) as conn:  # the printed settings work as they are
        assert conn.execute("SELECT current_user").fetchone() == (pc_role(name),)
        assert conn.execute("SHOW statement_timeout").fetchone() == ("30s",)
    out = io.StringIO()
    assert admin_cli.main(["pc", "list"], out=out) == 0
    line = next(line for line in out.getvalue().splitlines() if line.startswith(name.replace("-", "_")))
    assert "activo" in line and "0/2" in line and "Recepción, primer piso" in line
    assert cli.main(["admin", "pc", "add", name]) == 1  # the name is taken
    assert "Ya existe" in capsys.readouterr().err
    assert cli.main(["admin", "pc", "revoke", name]) == 0
    assert "revocado" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(libpq_url(url))
    assert cli.main(["admin", "pc", "revoke", name]) == 1


@pytest.mark.parametrize("name", ["", "Secretaría", "a b", "x" * 41, "pc;drop role postgres"])
def test_odd_pc_names_are_refused_with_a_spanish_message(name):
    with pytest.raises(PcLoginError, match="Nombre de equipo no válido"):
        pc_role(name)


def test_without_the_owners_connection_it_says_so(monkeypatch, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert cli.main(["admin", "pc", "list"]) == 2
    assert "DATABASE_URL" in capsys.readouterr().err
