"""The local SQLite store: opening, upgrading, and the read and write transactions services run in.

Writes follow SQLAlchemy's documented pysqlite recipe: the driver's own transaction handling is switched
off and every transaction starts with our explicit BEGIN, `BEGIN IMMEDIATE` for writes so that two writers
queue on the lock at the start (with `busy_timeout`) instead of failing halfway with SQLITE_BUSY.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop_app.storage.local.session import LocalSession

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

APP_NAME = "SecretariaEscolar"
STORE_FILE_NAME = "secretaria.sqlite3"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "local_0006_status_event_index"
"""The newest local migration; `tests/local/test_migrations.py` checks it against the scripts. Opening a file
already at this revision skips Alembic (its import alone, with mako and the dialects, costs ~200 ms)."""


def default_store_path() -> Path:
    """Where the store lives for this OS user (e.g. `%LOCALAPPDATA%\\SecretariaEscolar\\SecretariaEscolar`)."""
    return Path(user_data_dir(APP_NAME, APP_NAME)) / STORE_FILE_NAME


class StoreOpenError(RuntimeError):
    """The file exists but cannot be used as a store (corrupt, or written by a newer version)."""


def _configure_connection(dbapi_connection: sqlite3.Connection, *, foreign_keys: bool) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite otherwise delays it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a returned save survives a power cut, not only a crash (the outbox commit is the user's "saved").
    cursor.execute("PRAGMA synchronous = FULL")
    # After a big import, give the disk back: the WAL file is truncated to this size at each checkpoint.
    cursor.execute("PRAGMA journal_size_limit = 67108864")
    cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    # 64 MB page cache: a school of 50,000 students keeps its indexes in memory.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **({} if pooled else {"poolclass": NullPool}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _configure_connection(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_begin_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@functools.cache
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions())


def upgrade_file(path: Path, revision: str = "head") -> None:
    """Bring the file's schema to `revision` in place, in one transaction, keeping every row and outbox entry.

    Runs with foreign keys off (SQLite cannot rebuild a referenced table otherwise) and checks them after.
    """
    from alembic.runtime.migration import MigrationContext

    from alembic import command

    engine = _make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as connection:
            connection.execution_options(sqlite_begin_immediate=True)
            # One transaction for the whole ladder: an interrupted upgrade leaves the old version intact.
            with connection.begin():
                current = MigrationContext.configure(connection).get_current_revision()
                if current == revision or (revision == "head" and current == head_revision()):
                    return
                if current is not None and current not in _known_revisions():
                    raise StoreOpenError(
                        f"the file is at schema {current}, written by a newer version of the app; "
                        "update the app (the file was left untouched)"
                    )
                config = _alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreOpenError(f"foreign key problems after upgrade: {problems[:5]}")
            logger.info("local store upgraded from %s to %s", current, revision)
    finally:
        engine.dispose()


def stored_revision(path: Path) -> str | None:
    """The file's schema revision read with plain SQL (None for a new or empty file), without Alembic."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        if not tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


class LocalStore:
    """One local SQLite file: `write()` and `read()` hand out sessions; every write records its outbox entry."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: Path | None = None, *, upgrade: bool = True) -> LocalStore:
        """Open (creating if needed) the store at `path`, default `default_store_path()`, upgraded to head."""
        path = Path(path) if path is not None else default_store_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        if upgrade:
            try:
                if stored_revision(path) != HEAD_REVISION:
                    upgrade_file(path)
            except (sqlite3.DatabaseError, DBAPIError) as exc:
                raise StoreOpenError(f"{path} is not a readable store (damaged, or not this app's file): {exc}") from exc
        return cls(path, _make_engine(path))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[LocalSession]:
        """One write transaction: BEGIN IMMEDIATE, a fresh `tx_id` for the outbox, COMMIT (or ROLLBACK on error)."""
        with self.engine.connect() as connection:
            connection.execution_options(sqlite_begin_immediate=True)
            with connection.begin():
                connection.exec_driver_sql(
                    "UPDATE sync_tx SET current_tx = next_tx, next_tx = next_tx + 1 WHERE id = 1"
                )
                yield LocalSession(connection, writable=True)
                # Cleared before COMMIT so that nothing outside write() can reuse this tx id.
                connection.exec_driver_sql("UPDATE sync_tx SET current_tx = NULL WHERE id = 1")

    @contextmanager
    def read(self) -> Iterator[LocalSession]:
        """One consistent snapshot for reading (WAL lets it run while a write is in progress)."""
        with self.engine.connect() as connection, connection.begin():
            yield LocalSession(connection, writable=False)

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def pending_outbox_count(self) -> int:
        with self.engine.connect() as connection:
            return int(
                connection.exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE state = 'pending'").scalar()
                or 0
            )

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole file (SQLite online backup), safe while the app keeps working."""
        source = sqlite3.connect(self.path)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
