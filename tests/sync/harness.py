"""H1 fault harness: 2–3 production engines, each on its own SQLite file, against the real PostgreSQL through
a transport that drops requests, drops replies after the server committed, delivers twice and goes offline;
named crash points reopen a client from its file; per-client clock skew. Seeded: a trial is a pure
function of its seed (apart from uuids and times), and the seed is printed on failure for replay:

    SYNC_SEED=1234 .venv/bin/python -m pytest -q tests/sync/test_fault_harness.py -k replay -p no:randomly
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from desktop_app.domain.errors import DomainError
from desktop_app.services.dto import EnrollmentDraft, GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.sync.engine import Mutation, UpdateRequired
from desktop_app.sync.protocol import Digest, ErrorReply, PullReply, PushReply
from desktop_app.sync.transport import PsycopgTransport, TransportError
from tests.support.tenant_security import desktop_conninfo
from tests.sync.pc import Pc
from tests.sync.server.support import SCHOOL_A, YEAR_A

CRASH_POINTS = ("before_push", "after_server_commit", "mid_page_apply", "between_cursor_and_page")
SKEWS_MS = (0, 0, 5 * 60_000, -5 * 60_000, 86_400_000, -86_400_000, 365 * 86_400_000, -365 * 86_400_000)
NAMES = ("Luisa Gómez", "Andrés Pérez", "Sofía Núñez", "Mateo Rojas", "Valentina Díaz", "Samuel Torres")


class SimulatedCrash(Exception):
    """The process died here: nothing after this point ran; the client is reopened from its file."""


@dataclass
class Faults:
    drop_request: float = 0.1
    drop_reply: float = 0.1
    duplicate: float = 0.05
    crash: float = 0.02
    enabled: bool = True


class FaultyTransport:
    """The real transport, with the network's failures injected around each call."""

    def __init__(self, inner: PsycopgTransport, rng: random.Random, faults: Faults) -> None:
        self.inner, self.rng, self.faults = inner, rng, faults
        self.offline = False

    def _run(self, call: Any) -> Any:
        if self.offline and self.faults.enabled:
            raise TransportError("offline")
        if self.faults.enabled and self.rng.random() < self.faults.drop_request:
            raise TransportError("request lost")
        reply = call()
        if self.faults.enabled and self.rng.random() < self.faults.duplicate:
            reply = call()  # delivered twice: the second answer is the one that arrives
        if self.faults.enabled and self.rng.random() < self.faults.drop_reply:
            raise TransportError("reply lost after the server committed")
        return reply

    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Mutation],
             isolate: bool = False) -> PushReply | ErrorReply:
        return self._run(lambda: self.inner.push(token, client_id, school_id, protocol, batch, isolate))

    def pull(self, token: str, client_id: str, school_id: str, cursor: int, limit: int) -> PullReply:
        return self._run(lambda: self.inner.pull(token, client_id, school_id, cursor, limit))

    def digest(self, token: str, school_id: str, upto: int) -> Digest:
        return self._run(lambda: self.inner.digest(token, school_id, upto))

    def close(self) -> None:
        self.inner.close()


@dataclass
class Trial:
    seed: int
    owner_url: str
    tmp: Path
    clients: int = 3
    ops: int = 30
    faults: Faults = field(default_factory=Faults)
    planted: frozenset[str] = frozenset()
    log: list[str] = field(default_factory=list)
    digest_repairs: int = 0

    def run(self) -> list[str]:
        """Runs the trial; returns the invariant violations found (empty = pass)."""
        rng = random.Random(self.seed)
        self.faults = replace(self.faults)  # healed at the end: never the caller's object
        users = ["secretary", "rector", "secretary"][: self.clients]
        pcs: list[Pc] = []
        for index, user in enumerate(users):
            transport = FaultyTransport(PsycopgTransport(desktop_conninfo(self.owner_url)), rng, self.faults)
            skew = rng.choice(SKEWS_MS)

            def crash(name: str, _rng: random.Random = rng) -> None:
                if self.faults.enabled and _rng.random() < self.faults.crash:
                    raise SimulatedCrash(name)

            pcs.append(Pc(self.owner_url, self.tmp / f"seed{self.seed}-pc{index}.sqlite3", user, transport=transport,
                          crash=crash, planted=self.planted, clock_skew_ms=skew, page=7))
        try:
            for _step in range(self.ops * self.clients):
                pc = rng.choice(pcs)
                roll = rng.random()
                if roll < 0.55:
                    self._local_op(pc, rng)
                elif roll < 0.9:
                    self._sync(pc)
                elif roll < 0.95:
                    pc.transport.offline = not pc.transport.offline  # type: ignore[attr-defined]
                else:
                    pc.reopen()
            self.faults.enabled = False  # heal, then quiesce: every PC syncs until nothing moves
            for pc in pcs:
                pc.transport.offline = False  # type: ignore[attr-defined]
            for _round in range(3):
                for pc in pcs:
                    self._sync(pc)
            return self.check(pcs)
        finally:
            for pc in pcs:
                pc.close()

    def summary(self) -> str:
        def count(word: str) -> int:
            return sum(word in line for line in self.log)
        return (f"seed {self.seed}: {count(' sync CycleReport')} syncs, {count(' crash at ')} crashes, "
                f"{count('sync failed')} failed syncs, {count('refused locally')} refused ops, "
                f"{count(' ERROR ')} client errors")

    def _sync(self, pc: Pc) -> None:
        try:
            report = pc.sync()
            self.digest_repairs += bool(report.digest_mismatch)
            self.log.append(f"{pc.path.stem} sync {report}")
        except SimulatedCrash as crash:
            self.log.append(f"{pc.path.stem} crash at {crash}")
            pc.reopen()
        except (TransportError, UpdateRequired) as error:
            self.log.append(f"{pc.path.stem} sync failed: {error}")

    def _local_op(self, pc: Pc, rng: random.Random) -> None:
        kind = rng.choice(("create", "create", "edit", "edit", "deactivate", "guardian", "enroll", "status"))
        with pc.store.read() as session:
            students = [r["id"] for r in session.find("students", school_id=SCHOOL_A)]
            enrollments = [r["id"] for r in session.find("enrollments", school_id=SCHOOL_A)]
        try:
            if kind == "create" or not students:
                number = rng.randrange(8)  # a small pool: 30 %-ish colliding documents between PCs
                name = NAMES[number % len(NAMES)] if rng.random() < 0.7 else rng.choice(NAMES)
                pc.students.create(StudentDraft("TI", str(1_010_000_000 + number), name, date(2015, 1, 1 + number)))
            elif kind == "edit":
                target = pc.students.get(rng.choice(students))
                pc.students.update(target.id, StudentDraft(
                    target.document_type, target.document_number, target.full_name, target.birth_date,
                    gender=rng.choice(("F", "M", None)) if rng.random() < 0.5 else target.gender,
                    extra_data={**target.extra_data, rng.choice(("eps", "barrio")): str(rng.randrange(100))}))
            elif kind == "deactivate":
                target = pc.students.get(rng.choice(students))
                (pc.students.reactivate if not target.is_active else pc.students.deactivate)(target.id)
            elif kind == "guardian":
                number = rng.randrange(5)
                mom = pc.guardians.create(GuardianDraft("CC", str(52_000_000 + number), f"Acudiente {number}"))
                pc.guardians.link(rng.choice(students), mom.id, GuardianLinkDraft("madre"))
            elif kind == "enroll":
                pc.enrollments.enroll(rng.choice(students), EnrollmentDraft(YEAR_A, str(rng.randrange(1, 11))))
            elif kind == "status" and enrollments:
                pc.enrollments.change_status(rng.choice(enrollments), "withdrawn", "Traslado")
        except DomainError as refused:
            self.log.append(f"{pc.path.stem} {kind} refused locally: {refused.code}")
        except Exception as error:  # a real bug in the client: record and go on (the checker decides)
            self.log.append(f"{pc.path.stem} {kind} ERROR {error!r}")

    # ---- the checker (sync.md §6.2)

    def check(self, pcs: list[Pc]) -> list[str]:
        violations: list[str] = []
        with psycopg.connect(self.owner_url, autocommit=True) as conn:
            for pc in pcs:
                violations += self._check_accounted(conn, pc)
                violations += self._check_converged(conn, pc)
            violations += self._check_events(conn, pcs)
        if self.digest_repairs:
            violations.append(f"I4 a pull skipped rows: {self.digest_repairs} digest repairs")
        return violations

    def _check_accounted(self, conn: psycopg.Connection[Any], pc: Pc) -> list[str]:
        """I1/I2: every local change is on the server exactly once (or rejected and visible); none pending."""
        problems = []
        client_id = pc.engine.identity.client_id
        pending = pc.rows("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")[0][0]
        if pending:
            problems.append(f"I9 {pc.path.stem}: {pending} entries still pending after quiescence")
        archived = {r[0]: r[1] for r in pc.rows("SELECT mutation_id, result FROM sync_outbox_archive")}
        rejected = {r[0] for r in pc.rows("SELECT mutation_id FROM sync_outbox WHERE state = 'rejected'")}
        server = {r[0]: r[1] for r in conn.execute(
            "SELECT mutation_id, status FROM sync.mutation_results WHERE client_id = %s", (client_id,))}
        lost = sorted(set(archived) - set(server))
        if lost:
            problems.append(f"I1 {pc.path.stem}: archived but never recorded by the server: {lost[:10]}")
        unknown = sorted(rejected - {m for m, s in server.items() if s == "rejected"})
        if unknown:
            problems.append(f"I1 {pc.path.stem}: rejected locally without a server rejection: {unknown[:10]}")
        wrong = sorted(m for m, result in archived.items() if m in server and server[m] != result
                       and not (result == "applied" and server[m] in ("applied", "noop")))
        if wrong:
            problems.append(f"I1 {pc.path.stem}: results differ from the server's: "
                            f"{[(m, archived[m], server[m]) for m in wrong[:10]]}")
        return problems

    def _check_converged(self, conn: psycopg.Connection[Any], pc: Pc) -> list[str]:
        """I3/I7: every synced table holds the server's rows at the server's seq; no row points to a loser."""
        problems = []
        # Rows the server holds as suspected duplicates stay on the PC that typed them (issue 9, decision 1).
        held = {r[0] for r in pc.rows("SELECT row_id FROM sync_outbox_archive WHERE result = 'held'")}
        for table in ("students", "guardians", "student_guardians", "enrollments", "school_years"):
            server = {(str(i), s) for i, s in conn.execute(
                f"SELECT id, server_seq FROM {table} WHERE school_id = %s", (SCHOOL_A,))}
            local = {(str(i), s) for i, s in pc.rows(f"SELECT id, server_seq FROM {table} WHERE school_id = ?",
                                                      (SCHOOL_A,)) if not (s is None and i in held)}
            if server != local:
                problems.append(f"I3 {pc.path.stem} {table}: only on server {sorted(server - local)[:3]}, "
                                f"only here {sorted(local - server)[:3]}")
        orphans = pc.rows("PRAGMA foreign_key_check")
        if orphans:
            problems.append(f"I7 {pc.path.stem}: foreign keys broken {orphans[:3]}")
        return problems

    def _check_events(self, conn: psycopg.Connection[Any], pcs: list[Pc]) -> list[str]:
        """I8: each event once, in the same order, on the server and every PC."""
        problems = []
        server = {str(i): h for i, h in conn.execute(
            "SELECT id, status_history FROM enrollments WHERE school_id = %s", (SCHOOL_A,))}
        for enrollment, history in server.items():
            ids = [h.get("event_id") for h in history]
            if len(ids) != len(set(ids)):
                problems.append(f"I8 server enrollment {enrollment}: an event appears twice")
            for pc in pcs:
                local = pc.rows("SELECT status_history FROM enrollments WHERE id = ?", (enrollment,))
                if local and [h.get("event_id") for h in json.loads(local[0][0])] != ids:
                    problems.append(f"I8 {pc.path.stem} enrollment {enrollment}: history differs from the server's")
        return problems
