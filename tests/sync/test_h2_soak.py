"""H2 (sync.md §6.1): three client processes (tests/sync/h2_client.py: real services, production engine, each
its own SQLite file) type and sync through the loopback fault proxy while a nemesis changes latency and the
bandwidth cap, blackholes the link, resets connections, refuses new ones, cuts replies after the server
committed, kills clients with SIGKILL (restarted on the same file) and crash-restarts PostgreSQL. Then the
link heals, the clients stop, every PC syncs until quiet and the I1–I9 checker of tests/sync/harness.py runs.

Short version in the default suite (SYNC_H2_SECONDS, default 40 s of chaos); the long one:

    SYNC_SOAK_SECONDS=3600 .venv/bin/python -m pytest -q -s -m soak tests/sync/test_h2_soak.py -p no:randomly
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import psycopg
import pytest

from desktop_app.sync.transport import PsycopgTransport
from tests.support.tenant_security import desktop_conninfo
from tests.sync.harness import Trial
from tests.sync.pc import Pc
from tests.sync.proxy import FaultProxy

ROOT = Path(__file__).resolve().parents[2]
USERS = ("secretary", "rector", "secretary")


@dataclass
class Client:
    index: int
    user: str
    store: Path
    log: Path
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0


@dataclass
class Soak:
    owner_url: str
    tmp: Path
    seconds: float
    seed: int
    faults: Counter[str] = field(default_factory=Counter)
    deaths: list[str] = field(default_factory=list)

    def run(self) -> tuple[list[str], str]:
        rng = random.Random(self.seed)
        stop_file = self.tmp / "stop"
        with FaultProxy.in_front_of(self.owner_url, latency_s=0.01) as proxy:
            conninfo = proxy.url(desktop_conninfo(self.owner_url))
            clients = [Client(i, user, self.tmp / f"h2-pc{i}.sqlite3", self.tmp / f"h2-pc{i}.log")
                       for i, user in enumerate(USERS)]
            for client in clients:
                self._start(client, conninfo, stop_file)
            started = time.monotonic()
            last_pg_restart = started
            try:
                while time.monotonic() - started < self.seconds:
                    time.sleep(rng.uniform(0.3, 1.5))
                    for client in clients:  # a client that died on its own is a bug: noted, started again
                        if client.process and client.process.poll() is not None:
                            self.deaths.append(f"pc{client.index} exited with {client.process.returncode}")
                            self._start(client, conninfo, stop_file)
                    fault = rng.choice(("latency", "bandwidth", "blackhole", "reset", "refuse", "cut", "cut",
                                        "kill", "kill", "pg_restart"))
                    if fault == "pg_restart" and time.monotonic() - last_pg_restart < 15:
                        fault = "reset"
                    if not self.faults["pg_restart"] and time.monotonic() - started > self.seconds / 2:
                        fault = "pg_restart"  # at least one in every run
                    self.faults[fault] += 1
                    if fault == "latency":
                        proxy.latency_s = rng.choice((0.005, 0.02, 0.075, 0.2))
                    elif fault == "bandwidth":
                        proxy.bandwidth_bps = rng.choice((None, 1_000_000, 10_000_000))
                    elif fault == "blackhole":
                        proxy.blackhole(True)
                        time.sleep(rng.uniform(0.5, 3.0))
                        proxy.blackhole(False)
                    elif fault == "reset":
                        proxy.reset()
                    elif fault == "refuse":
                        proxy.refuse(True)
                        time.sleep(rng.uniform(0.3, 2.0))
                        proxy.refuse(False)
                    elif fault == "cut":
                        proxy.cut_next_request()
                    elif fault == "kill":
                        client = rng.choice(clients)
                        assert client.process is not None
                        client.process.send_signal(signal.SIGKILL)
                        client.process.wait(10)
                        time.sleep(rng.uniform(0, 1.0))
                        self._start(client, conninfo, stop_file)
                    else:
                        self.faults["pg_restart_" + crash_restart_postgres(self.owner_url)] += 1
                        last_pg_restart = time.monotonic()
            finally:
                proxy.heal()
                proxy.latency_s, proxy.bandwidth_bps = 0.005, None
                stop_file.touch()
                for client in clients:
                    if client.process is None:
                        continue
                    try:
                        client.process.wait(60)
                    except subprocess.TimeoutExpired:
                        self.deaths.append(f"pc{client.index} did not stop within 60 s after healing")
                        client.process.kill()
                        client.process.wait(10)
            chaos_s = time.monotonic() - started
        return self._converge_and_check(clients), self._summary(clients, chaos_s, proxy)

    def _start(self, client: Client, conninfo: str, stop_file: Path) -> None:
        client.starts += 1
        with client.log.open("ab") as log:
            client.process = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.h2_client", self.owner_url, conninfo, str(client.store),
                 client.user, str(self.seed * 1000 + client.index * 100 + client.starts), str(stop_file)],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT)})

    def _converge_and_check(self, clients: list[Client]) -> list[str]:
        trial = Trial(seed=self.seed, owner_url=self.owner_url, tmp=self.tmp)
        pcs = [Pc(self.owner_url, c.store, c.user, transport=PsycopgTransport(desktop_conninfo(self.owner_url)))
               for c in clients]
        try:
            for _round in range(3):
                for pc in pcs:
                    trial._sync(pc)
            violations = trial.check(pcs)
        finally:
            for pc in pcs:
                pc.close()
        repairs = sum(line.startswith("SYNC") and "digest_mismatch=[]" not in line and "FAILED" not in line
                      for c in clients for line in c.log.read_text(errors="replace").splitlines())
        if repairs:
            violations.append(f"I4 a pull skipped rows: {repairs} digest repairs in the clients' cycles")
        return violations + [f"client death: {d}" for d in self.deaths]

    def _summary(self, clients: list[Client], chaos_s: float, proxy: FaultProxy) -> str:
        lines = [line for c in clients for line in c.log.read_text(errors="replace").splitlines()]
        ok = sum(line.startswith("SYNC pushed") for line in lines)
        failed = sum(line.startswith("SYNC FAILED") for line in lines)
        ops = sum(line.startswith("OP ") for line in lines)
        errors = [line for line in lines if " ERROR " in line or "Traceback" in line]
        with psycopg.connect(self.owner_url) as conn:
            results = conn.execute("SELECT status, count(*) FROM sync.mutation_results GROUP BY 1 ORDER BY 1").fetchall()
        return (f"H2 seed {self.seed}: {chaos_s:.0f} s of chaos; faults {dict(sorted(self.faults.items()))}; "
                f"client starts {[c.starts for c in clients]}; {ok} sync cycles ok, {failed} failed; "
                f"{ops} refused/erroneous local ops logged ({len(errors)} client errors: {errors[:3]}); "
                f"server mutation results {dict(results)}; proxy connections {proxy.connections}, "
                f"replies cut {proxy.cuts}")


def crash_restart_postgres(owner_url: str) -> str:
    """An immediate restart: SIGKILL one server process, so the postmaster ends every session and runs crash
    recovery (what `pg_ctl restart -m immediate` does, with the postmaster kept, so the test cluster's own
    clean-up still finds it). On a server that is not on this machine: terminate every session instead."""
    conn = psycopg.connect(owner_url, autocommit=True)
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    local = psutil.pid_exists(pid) and "postgres" in psutil.Process(pid).name()
    if not local:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        conn.close()
        return "terminated"
    os.kill(pid, signal.SIGKILL)  # this session's own server process, while it is still there
    conn.close()
    deadline = time.monotonic() + 60
    while True:
        try:
            with psycopg.connect(owner_url, connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return "crash"
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _run(sync_db: str, tmp_path: Path, seconds: float, seed: int) -> None:
    violations, summary = Soak(sync_db, tmp_path, seconds, seed).run()
    print("\n" + summary)
    assert not violations, f"{summary}\n" + "\n".join(violations)


def test_h2_short_soak(sync_db, tmp_path):
    _run(sync_db, tmp_path, float(os.environ.get("SYNC_H2_SECONDS", "40")), int(os.environ.get("SYNC_SEED", "7")))


@pytest.mark.soak
@pytest.mark.timeout(float(os.environ.get("SYNC_SOAK_SECONDS", "3600")) + 900)  # beyond the suite's 600 s
def test_h2_long_soak(sync_db, tmp_path):
    _run(sync_db, tmp_path, float(os.environ.get("SYNC_SOAK_SECONDS", "3600")), int(os.environ.get("SYNC_SEED", "11")))
