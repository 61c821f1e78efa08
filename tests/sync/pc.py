"""A desktop PC for the tests: its own store file, the real services, the production sync engine."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.services.context import TenantContext
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.sync.engine import CycleReport, SyncEngine
from desktop_app.sync.transport import PsycopgTransport, Transport
from tests.support.tenant_security import desktop_conninfo, mint_token
from tests.sync.server.support import SCHOOL_A, USERS, uid

_EMPTY_STORE: list[Path] = []


def empty_store_copy(path: Path) -> None:
    """A new store file at `path`, copied from one migrated once per process: running the local migrations
    for every PC of every trial cost ~70 ms a PC. The copy has no identity yet (adopt makes the client id)."""
    if not _EMPTY_STORE:
        folder = Path(tempfile.mkdtemp(prefix="empty-store-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
        LocalStore.open(folder / "empty.sqlite3").close()
        _EMPTY_STORE.append(folder / "empty.sqlite3")
    shutil.copyfile(_EMPTY_STORE[0], path)


class Pc:
    def __init__(self, owner_url: str, path: Path, user: str = "secretary", *, school: str = SCHOOL_A,
                 transport: Transport | None = None, roles: list[str] | None = None, **engine_options: Any) -> None:
        self.owner_url, self.path, self.user, self.school = owner_url, path, user, school
        self.user_id = uid(f"user/{user}")
        self.context = TenantContext(school, self.user_id, frozenset(roles or USERS[user][school]), user.title())
        if not path.exists():
            empty_store_copy(path)
        self.store = LocalStore.open(path)
        LocalSetup(self.store).adopt(self.context, school_name="Colegio A", user_email=f"{user}@colegio.edu.co")
        self.transport = transport or PsycopgTransport(desktop_conninfo(owner_url))
        self.engine_options = engine_options
        self.engine = self._engine()
        skew = timedelta(milliseconds=engine_options.get("clock_skew_ms", 0))

        def clock() -> datetime:  # the services stamp times by the same wrong clock the engine reports
            return datetime.now(UTC) + skew

        self.students = StudentService(self.store, self.context, clock=clock)
        self.guardians = GuardianService(self.store, self.context, clock=clock)
        self.enrollments = EnrollmentService(self.store, self.context, clock=clock)
        self._reader: sqlite3.Connection | None = None

    def _engine(self) -> SyncEngine:
        return SyncEngine(self.path, self.transport, lambda _refresh: mint_token(self.user_id),
                          school_id=self.school, user_id=self.user_id, **self.engine_options)

    def sync(self) -> CycleReport:
        return self.engine.sync_once()

    def reopen(self) -> None:
        """As after a crash: the engine and the store come back from the file."""
        self.engine.state.close()
        self.store.close()
        self._close_reader()
        self.store = LocalStore.open(self.path)
        for service in (self.students, self.guardians, self.enrollments):
            service._store = self.store  # type: ignore[attr-defined]
        self.engine = self._engine()

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """A read on one kept connection (WAL: it sees every committed write; it never writes)."""
        if self._reader is None:
            self._reader = sqlite3.connect(self.path)
        return self._reader.execute(sql, params).fetchall()

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def close(self) -> None:
        self._close_reader()
        self.engine.close()
        self.store.close()
