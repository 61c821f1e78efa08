"""A desktop PC for the tests: its own store file, the real services, the production sync engine."""

from __future__ import annotations

import sqlite3
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


class Pc:
    def __init__(self, owner_url: str, path: Path, user: str = "secretary", *, school: str = SCHOOL_A,
                 transport: Transport | None = None, **engine_options: Any) -> None:
        self.owner_url, self.path, self.user, self.school = owner_url, path, user, school
        self.user_id = uid(f"user/{user}")
        self.context = TenantContext(school, self.user_id, frozenset(USERS[user][school]), user.title())
        self.store = LocalStore.open(path)
        LocalSetup(self.store).adopt(self.context, school_name="Colegio A", user_email=f"{user}@colegio.edu.co")
        self.transport = transport or PsycopgTransport(desktop_conninfo(owner_url))
        self.engine_options = engine_options
        self.engine = self._engine()
        self.students = StudentService(self.store, self.context)
        self.guardians = GuardianService(self.store, self.context)
        self.enrollments = EnrollmentService(self.store, self.context)

    def _engine(self) -> SyncEngine:
        return SyncEngine(self.path, self.transport, lambda _refresh: mint_token(self.user_id),
                          school_id=self.school, user_id=self.user_id, **self.engine_options)

    def sync(self) -> CycleReport:
        return self.engine.sync_once()

    def reopen(self) -> None:
        """As after a crash: the engine and the store come back from the file."""
        self.engine.state.close()
        self.store.close()
        self.store = LocalStore.open(self.path)
        for service in (self.students, self.guardians, self.enrollments):
            service._store = self.store  # type: ignore[attr-defined]
        self.engine = self._engine()

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(self.path)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def close(self) -> None:
        self.engine.close()
        self.store.close()
