"""One database login per office PC: added, listed and revoked by the school's IT person.

Each PC login is a member of the desktop role `secretaria_desktop` (whose rights it inherits: what it sees
is still decided by the user's verified token and row-level security), cannot `SET ROLE` to it (PostgreSQL
16+), owns nothing, and carries its own connection limit and timeouts. A PC login is a role of the whole
server, so it reaches every database where the desktop role has rights. Revoking a PC removes its login
and ends its sessions; no other PC notices.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from urllib.parse import quote

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop_app.storage.tenant_db import DESKTOP_ROLE

PC_ROLE_PREFIX = "secretaria_pc_"
_PC_ROLE_PATTERN = PC_ROLE_PREFIX.replace("_", r"\_") + "%"  # LIKE, with "_" taken literally
_PC_NAME = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")


class PcLoginError(ValueError):
    """A PC login cannot be added or revoked; the message (Spanish) says why."""


@dataclass(frozen=True)
class PcLimits:
    """What one PC may use of the server. Defaults fit one secretary's PC (app + sync + a print job)."""

    connection_limit: int = 4
    statement_timeout: str = "30s"
    idle_in_transaction_session_timeout: str = "60s"
    lock_timeout: str = "5s"

    def settings(self) -> dict[str, str]:
        return {
            "statement_timeout": self.statement_timeout,
            "idle_in_transaction_session_timeout": self.idle_in_transaction_session_timeout,
            "lock_timeout": self.lock_timeout,
        }


@dataclass(frozen=True)
class PcLogin:
    """A provisioned PC as the server knows it."""

    name: str
    role: str
    can_login: bool
    connection_limit: int
    settings: dict[str, str] = field(default_factory=dict)
    note: str = ""
    sessions: int = 0


@dataclass(frozen=True)
class NewPcLogin:
    """A PC just added: its role, the password (shown once) and the URL for its config file."""

    name: str
    role: str
    password: str
    database_url: str


def libpq_url(url: str) -> str:
    """A URL psycopg accepts, also from the SQLAlchemy form people keep in config files."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


def pc_role(name: str) -> str:
    """The server role of a PC name ("recepcion-1" -> secretaria_pc_recepcion_1); refuses odd names."""
    cleaned = name.strip().lower().replace("-", "_")
    if not _PC_NAME.match(cleaned):
        raise PcLoginError(
            f"Nombre de equipo no válido: «{name}». Use letras minúsculas sin tildes, dígitos, «-» o «_» "
            "(hasta 40 caracteres)."
        )
    return PC_ROLE_PREFIX + cleaned


def _supports_membership_options(conn: psycopg.Connection) -> bool:
    """GRANT … WITH INHERIT/SET options exist from PostgreSQL 16 on (Supabase runs 15 and 17)."""
    return conn.info.server_version >= 160000


def add_pc(owner_url: str, name: str, *, limits: PcLimits | None = None, note: str = "",
           password: str | None = None) -> NewPcLogin:
    """Create the login of one PC; refuses a name already in use (revoke it first to replace it)."""
    limits = limits or PcLimits()
    if limits.connection_limit < 1:
        raise PcLoginError("El límite de conexiones debe ser al menos 1.")
    role = pc_role(name)
    password = password or secrets.token_urlsafe(24)
    with psycopg.connect(libpq_url(owner_url), autocommit=True) as conn, conn.transaction():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            raise PcLoginError(f"Ya existe un acceso para el equipo «{name}». Revóquelo antes de crearlo de nuevo.")
        ident = sql.Identifier(role)
        conn.execute(sql.SQL(
            "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT "
            "CONNECTION LIMIT {} PASSWORD {}").format(ident, sql.Literal(limits.connection_limit),
                                                      sql.Literal(password)))
        # Rights through membership; without SET it cannot become the desktop role itself (whose settings
        # and password would then be its to change).
        options = sql.SQL(" WITH INHERIT TRUE, SET FALSE") if _supports_membership_options(conn) else sql.SQL("")
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(DESKTOP_ROLE), ident) + options)
        for setting, value in limits.settings().items():
            conn.execute(sql.SQL("ALTER ROLE {} SET {} = {}").format(ident, sql.Identifier(setting),
                                                                      sql.Literal(value)))
        conn.execute(sql.SQL("COMMENT ON ROLE {} IS {}").format(ident, sql.Literal(note or name)))
    return NewPcLogin(name, role, password, pc_database_url(owner_url, role, password))


def list_pcs(owner_url: str) -> list[PcLogin]:
    """Every PC login of this server, with its limits and how many sessions it has open now."""
    with psycopg.connect(libpq_url(owner_url), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT r.rolname, r.rolcanlogin, r.rolconnlimit, coalesce(r.rolconfig, '{}'), "
            "coalesce(shobj_description(r.oid, 'pg_authid'), ''), "
            "(SELECT count(*) FROM pg_stat_activity AS a WHERE a.usename = r.rolname) "
            "FROM pg_roles AS r WHERE r.rolname LIKE %s AND pg_has_role(r.rolname, %s, 'MEMBER') "
            "ORDER BY r.rolname",
            (_PC_ROLE_PATTERN, DESKTOP_ROLE)).fetchall()
    return [PcLogin(name=role.removeprefix(PC_ROLE_PREFIX), role=role, can_login=can_login,
                    connection_limit=limit, settings=dict(item.split("=", 1) for item in config),
                    note=note, sessions=int(sessions))
            for role, can_login, limit, config, note, sessions in rows]


def connection_budget(owner_url: str) -> tuple[int, int]:
    """(connections all PC logins may open together, connections the server accepts from non-superusers).

    While the first stays below the second, no PC (or stolen PC credential) can use up the server.
    """
    with psycopg.connect(libpq_url(owner_url), autocommit=True) as conn:
        row = conn.execute(
            "SELECT (SELECT coalesce(sum(rolconnlimit), 0) FROM pg_roles WHERE rolname LIKE %s AND rolcanlogin "
            "AND pg_has_role(rolname, %s, 'MEMBER')), "
            "current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
            "- coalesce(current_setting('reserved_connections', true)::int, 0)",  # PostgreSQL 16+
            (_PC_ROLE_PATTERN, DESKTOP_ROLE)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def revoke_pc(owner_url: str, name: str) -> int:
    """Remove one PC's login and end its open sessions; returns how many sessions were ended (-1: the owner
    may not end sessions; they stay connected with no rights left)."""
    role = pc_role(name)
    with psycopg.connect(libpq_url(owner_url), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s AND pg_has_role(rolname, %s, 'MEMBER')",
                            (role, DESKTOP_ROLE)).fetchone():
            raise PcLoginError(f"No hay ningún acceso para el equipo «{name}».")
        ident = sql.Identifier(role)
        # First no new session, then end the open ones, then the role goes (its rights with it).
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(ident))
        try:
            ended = conn.execute("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE usename = %s AND pid <> pg_backend_pid()", (role,)).fetchone()
        except psycopg.errors.InsufficientPrivilege:
            # An owner without pg_signal_backend: the sessions stay open but lose every right with the role.
            ended = (-1,)
        conn.execute(sql.SQL("DROP ROLE {}").format(ident))
    return int(ended[0]) if ended else 0


def pc_database_url(owner_url: str, role: str, password: str) -> str:
    """The owner's connection (host, port or socket, database, TLS) with the PC's login instead."""
    params = conninfo_to_dict(libpq_url(owner_url))
    params.update(user=role, password=password)
    host = str(params.pop("host", ""))
    port = params.pop("port", None)
    dbname = params.pop("dbname", "postgres")
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k not in ("user", "password"))
    if host.startswith("/"):
        query = f"host={host}" + (f"&{query}" if query else "")
        netloc = ""
    else:
        netloc = host + (f":{port}" if port else "")
    return (f"postgresql+psycopg://{quote(role, safe='')}:{quote(password, safe='')}@{netloc}/{dbname}"
            + (f"?{query}" if query else ""))


def pc_conninfo(owner_url: str, role: str, password: str) -> str:
    """The same as a libpq connection string (for psycopg)."""
    params = conninfo_to_dict(libpq_url(owner_url))
    params.update(user=role, password=password)
    return make_conninfo("", **params)
