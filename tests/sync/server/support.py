"""Calling the sync.* functions as the desktop app does: the desktop role's login, one statement in
autocommit, no prepared statements, the access token as an argument."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import psycopg
from psycopg.types.json import Jsonb

from tests.support.tenant_security import desktop_conninfo, mint_token


def uid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"secretaria-sync-test/{name}"))


SCHOOL_A, SCHOOL_B = uid("school/A"), uid("school/B")
YEAR_A, YEAR_B = uid("year/A"), uid("year/B")
# user -> {school: roles}
USERS: dict[str, dict[str, list[str]]] = {
    "secretary": {SCHOOL_A: ["secretary"]},
    "rector": {SCHOOL_A: ["rector"]},
    "teacher": {SCHOOL_A: ["teacher"]},
    "other": {SCHOOL_B: ["secretary", "rector"]},
    "both": {SCHOOL_A: ["secretary"], SCHOOL_B: ["secretary"]},
}


def seed(owner_url: str) -> None:
    with psycopg.connect(owner_url, autocommit=True) as conn:
        for school, year, name in ((SCHOOL_A, YEAR_A, "A"), (SCHOOL_B, YEAR_B, "B")):
            conn.execute("INSERT INTO schools (id, name) VALUES (%s, %s)", (school, f"Colegio {name}"))
            conn.execute("INSERT INTO school_settings (school_id) VALUES (%s)", (school,))
            conn.execute("INSERT INTO school_years (id, school_id, name, starts_on, ends_on, status) "
                         "VALUES (%s, %s, '2027', '2027-01-20', '2027-11-30', 'active')", (year, school))
        for name, memberships in USERS.items():
            conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, %s, %s)",
                         (uid(f"user/{name}"), f"{name}@colegio.edu.co", name.title()))
            for school, roles in memberships.items():
                conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, %s)",
                             (school, uid(f"user/{name}"), json.dumps(roles)))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Client:
    """One PC: its client id, its next mutation id, the user signed in."""

    api: SyncApi
    user: str
    school: str = SCHOOL_A
    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    next_id: int = 1
    clock: str | None = None  # the PC's "now" to report (None: the real time)

    def m(self, table: str, row_id: str, op: str = "insert", data: dict[str, Any] | None = None,
          base: dict[str, Any] | None = None, tx: int | None = None) -> dict[str, Any]:
        """A mutation as the outbox would hold it (the next mutation id of this PC)."""
        mid = self.next_id
        self.next_id += 1
        local = self.clock or now_iso()
        return {"mutation_id": mid, "tx_id": tx or mid, "table": table, "row_id": row_id, "op": op,
                "data": data or {}, "base": base, "base_seq": None, "local_time": local, "client_now": local,
                "user_id": uid(f"user/{self.user}")}

    def push(self, *mutations: dict[str, Any], isolate: bool = False, protocol: int = 1) -> dict[str, Any]:
        return self.api.call("push", self.user, self.client_id, self.school, protocol, list(mutations), isolate)

    def pull(self, cursor: int = 0, limit: int = 5000) -> dict[str, Any]:
        return self.api.call("pull", self.user, self.client_id, self.school, cursor, limit)

    def pull_all(self, cursor: int = 0, limit: int = 5000) -> tuple[list[dict[str, Any]], int]:
        rows: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor, limit)
            rows += page["rows"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows, cursor

    def digest(self, upto: int) -> dict[str, Any]:
        return self.api.call("digest", self.user, self.school, upto)

    def resolve(self, item_id: str, action: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.api.call("resolve", self.user, self.school, item_id, action, payload or {})


class SyncApi:
    """The desktop role's view of one database (one autocommit connection, like a transaction pooler)."""

    ARGS: ClassVar[dict[str, str]] = {"push": "%s, %s, %s, %s, %s, %s", "pull": "%s, %s, %s, %s, %s", "digest": "%s, %s, %s",
            "resolve": "%s, %s, %s, %s, %s"}

    def __init__(self, owner_url: str) -> None:
        self.owner_url = owner_url
        self.conn = psycopg.connect(desktop_conninfo(owner_url), autocommit=True, prepare_threshold=None)

    def close(self) -> None:
        self.conn.close()

    def token(self, user: str) -> str:
        return mint_token(uid(f"user/{user}"))

    def call(self, function: str, user: str, *args: Any) -> dict[str, Any]:
        params = [Jsonb(a) if isinstance(a, list | dict) else a for a in args]
        row = self.conn.execute(f"SELECT sync.{function}({self.ARGS[function]})",
                                (self.token(user), *params)).fetchone()
        assert row is not None
        return row[0]

    def client(self, user: str, school: str = SCHOOL_A) -> Client:
        return Client(self, user, school)

    @contextmanager
    def owner(self) -> Iterator[psycopg.Connection]:
        with psycopg.connect(self.owner_url, autocommit=True) as conn:
            yield conn

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self.owner() as conn:
            return conn.execute(sql, params).fetchall()

    def plant(self, *bugs: str) -> None:
        with self.owner() as conn:
            for bug in bugs:
                conn.execute("INSERT INTO sync.test_switches (name) VALUES (%s)", (bug,))


def student(doc: str = "1001234567", name: str = "Ana María Pérez", birth: str | None = "2015-03-02",
            **extra: Any) -> dict[str, Any]:
    return {"school_id": SCHOOL_A, "document_type": "TI", "document_number": doc, "full_name": name,
            "birth_date": birth, "gender": "F", "is_active": True, "extra_data": {}, "piar_data": {}, **extra}


def guardian(doc: str = "52123456", name: str = "Rosa Gómez", **extra: Any) -> dict[str, Any]:
    return {"school_id": SCHOOL_A, "document_type": "CC", "document_number": doc, "full_name": name,
            "phone": "3001234567", "is_active": True, **extra}


def enrollment(student_id: str, year: str = YEAR_A, **extra: Any) -> dict[str, Any]:
    return {"school_id": SCHOOL_A, "student_id": student_id, "school_year_id": year, "grade_level": "5",
            "group_code": "A", "shift": "morning", "simat_status": {}, "extra_data": {}, **extra}


def statuses(results: list[dict[str, Any]]) -> dict[int, str]:
    return {r["mutation_id"]: r["status"] for r in results}
