"""`desktop-app admin pc add|list|revoke` through the real dispatcher, against the real server."""

from __future__ import annotations

import io
import re
import uuid

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop_app import cli
from desktop_app.admin import cli as admin_cli
from desktop_app.admin.pc_logins import PcLoginError, add_pc, connection_budget, libpq_url, pc_role, revoke_pc


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
    used, available = connection_budget(pg_url)
    assert 2 <= used < available and f"{used} de {available}" in out.getvalue()
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


def test_an_owner_who_is_no_superuser_manages_pcs(pg_url):
    """As on Supabase: the owner has CREATEROLE and ADMIN on the desktop role (as its creator), nothing more."""
    owner_role = f"it_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as su:
        su.execute(f"CREATE ROLE {owner_role} LOGIN CREATEROLE PASSWORD 'owner-pw'")
        su.execute(f"GRANT secretaria_desktop TO {owner_role} WITH ADMIN TRUE, INHERIT FALSE, SET FALSE")
    params = conninfo_to_dict(pg_url)
    params.update(user=owner_role, password="owner-pw")
    owner_url = make_conninfo("", **params)
    name = f"portatil-{uuid.uuid4().hex[:4]}"
    try:
        new = add_pc(owner_url, name)
        session = psycopg.connect(libpq_url(new.database_url), autocommit=True)
        assert session.execute("SELECT count(*) FROM students").fetchone() == (0,)  # no token: no rows
        ended = revoke_pc(owner_url, name)
        assert ended in (1, -1)  # -1: this owner may not end sessions...
        if ended == -1:  # ...and then the session is left with no rights at all
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                session.execute("SELECT count(*) FROM students")
        session.close()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(libpq_url(new.database_url))
    finally:
        with psycopg.connect(pg_url, autocommit=True) as su:
            su.execute(f"DROP ROLE IF EXISTS {pc_role(name)}")
            su.execute(f"DROP ROLE {owner_role}")
