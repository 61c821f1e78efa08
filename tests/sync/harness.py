"""H1 fault harness: 2–10 production engines, each on its own SQLite file, against the real PostgreSQL through
a transport that drops requests, drops replies after the server committed, delivers twice, delivers a stale
retry after newer pushes, goes offline, can open a new connection for every call, and sometimes pushes
tampered data (a hostile PC naming another school or writing the status history); named crash points reopen
a client from its file; per-client clock skew. A trial is a pure function of its seed (apart from uuids
and times); the seed is printed first, and a failing one replays with:

    SYNC_SEED=1234 SYNC_TRIALS=1 .venv/bin/python -m pytest -q tests/sync/test_fault_harness.py -k seeded -s

Every trial gets its own school (and a second school for the hostile pushes) in a database shared by many
trials, so nothing is reset between trials; the checker (tests/sync/checker.py) only looks at that school.
"""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from desktop_app.domain.checklist_defaults import DEFAULT_REQUIREMENTS
from desktop_app.domain.enrollment_status import allowed_transitions
from desktop_app.domain.errors import DomainError
from desktop_app.services.dto import EnrollmentDraft, GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.sync.engine import Mutation, UpdateRequired
from desktop_app.sync.protocol import Digest, ErrorReply, PullReply, PushReply
from desktop_app.sync.transport import PsycopgTransport, ServerError, TransportError
from tests.support.tenant_security import desktop_conninfo
from tests.sync.checker import check
from tests.sync.pc import Pc
from tests.sync.server.support import SCHOOL_A, SCHOOL_B, YEAR_A, uid

CRASH_POINTS = ("after_local_commit", "before_push", "after_server_commit", "mid_page_apply",
                "between_cursor_and_page")
SKEWS_MS = (0, 0, 5 * 60_000, -5 * 60_000, 86_400_000, -86_400_000, 365 * 86_400_000, -365 * 86_400_000)
NAMES = ("Luisa Gómez", "Andrés Pérez", "Sofía Núñez", "Mateo Rojas", "Valentina Díaz", "Samuel Torres")
USERS = ("secretary", "rector", "both")
"""Client i signs in as USERS[i % 3]; `both` is a member of the trial's school and of the other one, so a
push that names the other school is one the server could wrongly accept."""
NO_DOCUMENTS = {"checklist_rules": {"disabled": [r.code for r in DEFAULT_REQUIREMENTS]}}
"""The trial's school asks for no documents, so a matrícula can go to review and on without scans."""
FORGED_EVENT = "00000000-0000-4000-8000-00000000f0f0"


class SimulatedCrash(Exception):
    """The process died here: nothing after this point ran; the client is reopened from its file."""


@dataclass
class Faults:
    drop_request: float = 0.1
    drop_reply: float = 0.1
    duplicate: float = 0.05
    crash: float = 0.02
    delay: float = 0.0
    """A push parked (the PC gives up waiting) and delivered later, after newer pushes: a stale retry."""
    tamper: float = 0.0
    """A push whose rows name the other school and whose matrículas carry a forged status history."""
    enabled: bool = True


EVERY_FAULT = Faults(delay=0.05, tamper=0.05)
"""sync.md S1's rates per network call, plus stale retries and hostile pushes."""


class FaultyTransport:
    """The real transport, with the network's failures injected around each call."""

    def __init__(self, inner: PsycopgTransport, rng: random.Random, faults: Faults, *,
                 new_connection_per_call: bool = False, other_school: str | None = None) -> None:
        self.inner, self.rng, self.faults = inner, rng, faults
        self.offline = False
        self.new_connection_per_call = new_connection_per_call  # as through a transaction-mode pooler
        self.other_school = other_school
        self.parked: list[Callable[[], Any]] = []
        self.errors: list[str] = []

    def _run(self, call: Callable[[], Any], stale: bool = False) -> Any:
        on = self.faults.enabled
        if self.offline and on:
            raise TransportError("offline")
        if on and self.rng.random() < self.faults.drop_request:
            raise TransportError("request lost")
        if stale and on and self.rng.random() < self.faults.delay:
            self.parked.append(call)
            raise TransportError("request delayed: the PC stopped waiting, the server will get it later")
        try:
            reply = call()
            if on and self.rng.random() < self.faults.duplicate:
                reply = call()  # delivered twice: the second answer is the one that arrives
        finally:
            if self.new_connection_per_call:
                self.inner.close()
        if on and self.rng.random() < self.faults.drop_reply:
            raise TransportError("reply lost after the server committed")
        return reply

    def deliver_stale(self) -> int:
        """Parked requests reach the server now, after anything newer; their replies go nowhere."""
        delivered = 0
        while self.parked:
            call = self.parked.pop(0)
            try:
                call()
                delivered += 1
            except TransportError:
                pass
            except ServerError as error:
                self.errors.append(f"stale push failed on the server: {error}")
        return delivered

    def _tampered(self, batch: list[Mutation]) -> list[Mutation]:
        if not (self.faults.enabled and self.other_school and self.rng.random() < self.faults.tamper):
            return batch
        forged = copy.deepcopy(batch)
        for mutation in forged:
            data: dict[str, Any] = mutation["data"]
            if "school_id" in data:
                data["school_id"] = self.other_school
            if mutation["table"] == "enrollments":
                data["status"] = "graduated"
                data["status_history"] = [{"from": "active", "to": "graduated", "event_id": FORGED_EVENT}]
        return forged

    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Mutation],
             isolate: bool = False) -> PushReply | ErrorReply:
        sent = self._tampered(batch)
        return self._run(lambda: self.inner.push(token, client_id, school_id, protocol, sent, isolate), stale=True)

    def pull(self, token: str, client_id: str, school_id: str, cursor: int, limit: int) -> PullReply:
        return self._run(lambda: self.inner.pull(token, client_id, school_id, cursor, limit))

    def digest(self, token: str, school_id: str, upto: int) -> Digest:
        return self._run(lambda: self.inner.digest(token, school_id, upto))

    def close(self) -> None:
        self.inner.close()


@dataclass
class School:
    """The trial's school (its year) and the other school, known to the `both` user only."""

    id: str = SCHOOL_A
    year: str = YEAR_A
    other: str = SCHOOL_B

    @classmethod
    def create(cls, owner_url: str, seed: int) -> School:
        school = cls(str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4()))
        members = [(school.id, "secretary", "secretary"), (school.id, "rector", "rector"),
                   (school.id, "both", "secretary"), (school.other, "both", "secretary")]
        with psycopg.connect(owner_url, autocommit=True) as conn, conn.transaction():
            for school_id, name in ((school.id, f"Colegio {seed}"), (school.other, f"Otro {seed}")):
                conn.execute("INSERT INTO schools (id, name) VALUES (%s, %s)", (school_id, name))
                conn.execute("INSERT INTO school_settings (school_id, simat_settings) VALUES (%s, %s)",
                             (school_id, Jsonb(NO_DOCUMENTS)))
            conn.execute("INSERT INTO school_years (id, school_id, name, starts_on, ends_on, status) "
                         "VALUES (%s, %s, '2027', '2027-01-20', '2027-11-30', 'active')", (school.year, school.id))
            conn.cursor().executemany(
                "INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, jsonb_build_array(%s::text))",
                [(s, uid(f"user/{u}"), role) for s, u, role in members])
        return school


def ops_per_client(rng: random.Random, ops: int | tuple[int, int]) -> int:
    return rng.randint(*ops) if isinstance(ops, tuple) else ops


@dataclass
class Trial:
    seed: int
    owner_url: str
    tmp: Path
    clients: int = 3
    ops: int | tuple[int, int] = (50, 200)
    """User actions per client (a save, a link, a status move…); sync cycles and faults come on top."""
    faults: Faults = field(default_factory=lambda: EVERY_FAULT)
    planted: frozenset[str] = frozenset()
    school: School = field(default_factory=School)
    log: list[str] = field(default_factory=list)
    digest_repairs: int = 0
    skews: dict[str, int] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    _serial: int = 0

    def run(self, *, new_school: bool = True) -> list[str]:
        """Runs the trial; returns the invariant violations found (empty = pass)."""
        rng = random.Random(self.seed)
        self.faults = replace(self.faults)  # healed at the end: never the caller's object
        if new_school:
            self.school = School.create(self.owner_url, self.seed)
        pcs: list[Pc] = []
        quota: dict[int, int] = {}
        try:
            for index in range(self.clients):
                pcs.append(self._pc(index, rng))
                quota[index] = ops_per_client(rng, self.ops)
            while quota:
                index = rng.choice(sorted(quota))
                pc = pcs[index]
                roll = rng.random()
                if roll < 0.80:
                    self._local_op(pc, rng)
                    quota[index] -= 1
                    if not quota[index]:
                        del quota[index]
                    if self.faults.enabled and rng.random() < self.faults.crash:
                        self.log.append(f"{pc.path.stem} crash at after_local_commit")
                        pc.reopen()
                elif roll < 0.94:
                    self._sync(pc)
                elif roll < 0.965:
                    pc.transport.offline = not pc.transport.offline  # type: ignore[attr-defined]
                elif roll < 0.98:
                    pc.reopen()
                else:
                    self._deliver_stale(rng.choice(pcs))
            self._quiesce(pcs)
            self.violations = check(self, pcs)
            return self.violations
        finally:
            for pc in pcs:
                pc.close()

    def _pc(self, index: int, rng: random.Random) -> Pc:
        user = USERS[index % len(USERS)]
        transport = FaultyTransport(PsycopgTransport(desktop_conninfo(self.owner_url)), rng, self.faults,
                                    new_connection_per_call=rng.random() < 0.05, other_school=self.school.other)
        skew = rng.choice(SKEWS_MS)

        def crash(name: str, _rng: random.Random = rng) -> None:
            if self.faults.enabled and _rng.random() < self.faults.crash:
                raise SimulatedCrash(name)

        pc = Pc(self.owner_url, self.tmp / f"seed{self.seed}-pc{index}.sqlite3", user, school=self.school.id,
                roles=["rector" if user == "rector" else "secretary"], transport=transport, crash=crash,
                planted=self.planted & {"archive_before_reply", "cursor_own_transaction"}, clock_skew_ms=skew,
                page=rng.choice((7, 40, 500)))
        self.skews[pc.path.stem] = skew
        return pc

    def _quiesce(self, pcs: list[Pc]) -> None:
        """Heal, let every parked request arrive (after everything newer), then sync until nothing moves."""
        self.faults.enabled = False
        for pc in pcs:
            pc.transport.offline = False  # type: ignore[attr-defined]
            self._deliver_stale(pc)
        for _round in range(6):
            moved = 0
            for pc in pcs:
                report = self._sync(pc)
                moved += report.pushed + report.pulled if report else 1
            if not moved:
                return
        self.log.append("quiesce: still moving after 6 rounds")

    def _deliver_stale(self, pc: Pc) -> None:
        transport = pc.transport
        delivered = transport.deliver_stale()  # type: ignore[attr-defined]
        if delivered:
            self.log.append(f"{pc.path.stem} {delivered} stale pushes delivered")

    def summary(self) -> str:
        def count(word: str) -> int:
            return sum(word in line for line in self.log)
        return (f"seed {self.seed}: {count(' sync CycleReport')} syncs, {count(' crash at ')} crashes, "
                f"{count('sync failed')} failed syncs, {count('stale pushes')} stale deliveries, "
                f"{count('refused locally')} refused ops, {count(' ERROR ')} client errors")

    def _sync(self, pc: Pc) -> Any:
        try:
            report = pc.sync()
            self.digest_repairs += bool(report.digest_mismatch)
            self.log.append(f"{pc.path.stem} sync {report}")
            return report
        except SimulatedCrash as crash:
            self.log.append(f"{pc.path.stem} crash at {crash}")
            pc.reopen()
        except (TransportError, UpdateRequired) as error:
            self.log.append(f"{pc.path.stem} sync failed: {error}")
        return None

    def _document(self, rng: random.Random) -> tuple[str, str, date]:
        """30 % from a small pool shared by the PCs (the same person, or another one with the same
        document), else a document of this trial alone."""
        if rng.random() < 0.3:
            number = rng.randrange(10)
            name = NAMES[number % len(NAMES)] if rng.random() < 0.7 else rng.choice(NAMES)
            return str(1_010_000_000 + number), name, date(2015, 1, 1 + number)
        self._serial += 1
        return str(1_100_000_000 + self._serial), rng.choice(NAMES), date(2014, 1 + self._serial % 12, 1)

    def _local_op(self, pc: Pc, rng: random.Random) -> None:
        kind = rng.choices(("create", "edit", "identity", "deactivate", "guardian", "enroll", "regroup", "status"),
                           (22, 20, 8, 6, 12, 12, 5, 15))[0]
        school = self.school.id
        # In the file's order (rowid), not the uuids': the same seed makes the same choices.
        students = [r[0] for r in pc.rows("SELECT id FROM students WHERE school_id = ? ORDER BY rowid", (school,))]
        try:
            if kind == "create" or not students:
                number, name, born = self._document(rng)
                pc.students.create(StudentDraft("TI", number, name, born), allow_similar=True)
            elif kind in ("edit", "identity"):
                target = pc.students.get(rng.choice(students))
                draft = dict(document_type=target.document_type, document_number=target.document_number,
                             full_name=target.full_name, birth_date=target.birth_date, gender=target.gender,
                             extra_data={})
                if kind == "identity":  # identity fields: a concurrent change must end in a field_conflict
                    if rng.random() < 0.5:
                        draft["gender"] = rng.choice(("F", "M", None))
                    else:
                        draft["full_name"] = f"{rng.choice(NAMES)} {rng.choice(('Ana', 'José', 'María'))}"
                else:
                    draft["extra_data"] = {rng.choice(("eps", "barrio", "ruta")): str(rng.randrange(100))}
                pc.students.update(target.id, StudentDraft(**draft), allow_similar=True)
            elif kind == "deactivate":
                target = pc.students.get(rng.choice(students))
                (pc.students.reactivate if not target.is_active else pc.students.deactivate)(target.id)
            elif kind == "guardian":
                number = rng.randrange(6)
                found = pc.rows("SELECT id FROM guardians WHERE school_id = ? AND document_number = ?",
                                (school, str(52_000_000 + number)))
                mom = found[0][0] if found else pc.guardians.create(
                    GuardianDraft("CC", str(52_000_000 + number), f"Acudiente {number}")).id
                pc.guardians.link(rng.choice(students), mom, GuardianLinkDraft(rng.choice(("madre", "padre"))))
            elif kind == "enroll":
                pc.enrollments.enroll(rng.choice(students),
                                      EnrollmentDraft(self.school.year, str(rng.randrange(1, 11))))
            elif kind == "regroup":  # an ordinary matrícula patch (grade, group)
                rows = pc.rows("SELECT id FROM enrollments WHERE school_id = ? ORDER BY rowid", (school,))
                if rows:
                    pc.enrollments.update(rng.choice(rows)[0], EnrollmentDraft(
                        self.school.year, str(rng.randrange(1, 11)), rng.choice(("A", "B", None))))
            elif kind == "status":
                self._status(pc, rng)
        except DomainError as refused:
            self.log.append(f"{pc.path.stem} {kind} refused locally: {refused.code}")
        except Exception as error:  # a real bug in the client: record and go on (the checker decides)
            self.log.append(f"{pc.path.stem} {kind} ERROR {error!r}")

    def _status(self, pc: Pc, rng: random.Random) -> None:
        """A move this PC's user may make from the matrícula's status as this PC sees it."""
        rows = pc.rows("SELECT id, status FROM enrollments WHERE school_id = ? ORDER BY rowid", (self.school.id,))
        if not rows:
            return
        enrollment, status = rng.choice(rows)
        moves = allowed_transitions(status, pc.context.roles)
        if moves:
            move = rng.choice(moves)
            pc.enrollments.change_status(enrollment, move.target.value, "Motivo de prueba")

    def check(self, pcs: list[Pc]) -> list[str]:
        """The checker on PCs a test drove itself (the interleavings)."""
        return check(self, pcs)

