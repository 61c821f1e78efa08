"""Running many H1 trials: a prepared database per worker process, trials spread over the workers.

A database holds any number of trials (each has its own school), so it is cloned and seeded once per
worker, never reset. Store files live on tmpfs (/dev/shm) with the production pragmas; a passing trial's
files are removed at once. The server database runs with `synchronous_commit = off`: H1 never restarts
the server (the H2 soak does), so waiting for the disk at every commit would only measure the disk.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login
from tests.sync.harness import Faults, Trial
from tests.sync.server.support import seed as seed_users

SCRATCH = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())


def prepare_database(pg_cluster: Any, template: str, prefix: str = "h1") -> str:
    """A migrated database for trials: users, the JWT secret, the desktop login; no commit waits."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=template)
    seed_users(url)
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    return url


def plant(url: str, bugs: frozenset[str]) -> None:
    """Switch the server-side planted bugs of `bugs` on (and every other one off) in this database."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DELETE FROM sync.test_switches")
        for bug in sorted(bugs - CLIENT_BUGS):
            conn.execute("INSERT INTO sync.test_switches (name) VALUES (%s)", (bug,))


CLIENT_BUGS = frozenset({"archive_before_reply", "cursor_own_transaction"})
SERVER_BUGS = frozenset({"no_idempotency", "trust_school", "bypass_merge", "raw_client_time", "client_history"})


def trial_shape(seed: int, soak: bool = False) -> dict[str, Any]:
    """CI: three clients. Soak (sync.md S1): one trial in ten has two clients, one in twenty has ten."""
    if soak and seed % 10 == 0:
        return {"clients": 2}
    if soak and seed % 20 == 5:
        return {"clients": 10}
    return {"clients": 3}


@dataclass
class Outcome:
    seed: int
    violations: list[str]
    summary: str
    seconds: float
    cpu: float
    tail: list[str] = field(default_factory=list)

    def report(self) -> str:
        return (f"seed {self.seed}: {self.violations[:8]}\n" + "\n".join(self.tail)
                + f"\nreplay: SYNC_SEED={self.seed} SYNC_TRIALS=1 .venv/bin/python -m pytest -q "
                  "tests/sync/test_fault_harness.py -k seeded -s")


def run_trial(url: str, seed: int, *, folder: Path | None = None, **options: Any) -> tuple[Trial, Outcome]:
    own = folder is None
    folder = folder or Path(tempfile.mkdtemp(prefix=f"h1-{seed}-", dir=SCRATCH))
    started, cpu = time.monotonic(), time.process_time()
    trial = Trial(seed, url, folder, **options)
    try:
        violations = trial.run()
        errors = [line for line in trial.log if " ERROR " in line]
        violations = violations + [f"client error: {line}" for line in errors[:3]]
    except Exception as error:  # a crash of the harness or the client is a failed trial, with its seed
        violations = [f"trial raised {error!r}"]
    outcome = Outcome(seed, violations, trial.summary(), time.monotonic() - started, time.process_time() - cpu,
                      trial.log[-25:] if violations else [])
    if own and not violations:
        shutil.rmtree(folder, ignore_errors=True)
    return trial, outcome


# ---- worker processes

_URL: list[str] = []


def _init(urls: Any) -> None:
    _URL.append(urls.get())


def _one(job: tuple[int, dict[str, Any]]) -> Outcome:
    seed, options = job
    print(f"trial seed {seed} starts", flush=True)  # a hung trial still names its seed
    return run_trial(_URL[0], seed, **options)[1]


class Workers:
    """`count` processes, each with its own database (spawned: no state shared with pytest's process)."""

    def __init__(self, urls: list[str]) -> None:
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        for url in urls:
            queue.put(url)
        self.pool = context.Pool(len(urls), initializer=_init, initargs=(queue,))

    def run(self, jobs: list[tuple[int, dict[str, Any]]]) -> Iterator[Outcome]:
        yield from self.pool.imap_unordered(_one, jobs)

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def worker_count() -> int:
    return int(os.environ.get("SYNC_WORKERS", "2"))


__all__ = ["Faults", "Outcome", "Workers", "plant", "prepare_database", "run_trial", "trial_shape"]
