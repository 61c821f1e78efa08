"""Seeded randomized trials (H1) with every fault, and the planted bugs the checker must catch.

Each trial runs on a fresh database cloned from the migrated template. Budget: see README (sync section);
`SYNC_TRIALS` sets how many seeds the randomized test runs (default keeps CI fast), `SYNC_SEED` replays one.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login
from tests.sync.harness import Faults, Trial
from tests.sync.server.support import seed

TRIALS = int(os.environ.get("SYNC_TRIALS", "4"))


@pytest.fixture
def run_trial(pg_cluster, pg_template, tmp_path: Path) -> Iterator[Callable[..., Trial]]:
    made: list[str] = []

    def run(seed_value: int, **options) -> Trial:
        name = f"h1_{uuid.uuid4().hex[:10]}"
        url = pg_cluster.create_database(name, template=pg_template)
        made.append(name)
        seed(url)
        engine = make_engine(url)
        set_jwt_secret(engine, TEST_JWT_SECRET)
        engine.dispose()
        enable_desktop_login(url)
        folder = tmp_path / name  # each trial its own store files
        folder.mkdir()
        trial = Trial(seed_value, url, folder, **options)
        trial.violations = trial.run()  # type: ignore[attr-defined]
        return trial

    yield run
    for name in made:
        pg_cluster.drop_database(name)


def _report(trial: Trial) -> str:
    return f"seed {trial.seed}: {trial.violations}\n" + "\n".join(trial.log[-25:])  # type: ignore[attr-defined]


def test_a_perfect_network_converges(run_trial) -> None:
    trial = run_trial(1, faults=Faults(0, 0, 0, 0), clients=2, ops=20)
    assert trial.violations == [], _report(trial)  # type: ignore[attr-defined]


def test_seeded_trials_with_every_fault_keep_every_invariant(run_trial) -> None:
    started = time.monotonic()
    first = int(os.environ.get("SYNC_SEED", "100"))
    for seed_value in range(first, first + TRIALS):
        trial = run_trial(seed_value)
        print(trial.summary())
        assert trial.violations == [], _report(trial)  # type: ignore[attr-defined]
        assert " ERROR " not in "\n".join(trial.log), _report(trial)
    print(f"{TRIALS} trials in {time.monotonic() - started:.1f} s")


PLANTED_FAULTS = Faults(drop_request=0.3, drop_reply=0.1, duplicate=0.0, crash=0.3)
CAUGHT_BY = {"archive_before_reply": 2, "cursor_own_transaction": 2}
"""A recorded seed that catches each planted client bug (found by searching seeds 1..10; replayed here)."""


@pytest.mark.parametrize("bug", sorted(CAUGHT_BY))
def test_planted_client_bugs_are_caught_by_their_recorded_seed(run_trial, bug: str) -> None:
    trial = run_trial(CAUGHT_BY[bug], planted=frozenset({bug}), faults=PLANTED_FAULTS, clients=2, ops=15)
    assert trial.violations, f"planted bug {bug} not caught: {trial.summary()}"  # type: ignore[attr-defined]
    clean = run_trial(CAUGHT_BY[bug], faults=PLANTED_FAULTS, clients=2, ops=15)
    assert clean.violations == [], _report(clean)  # type: ignore[attr-defined]  # the same seed, no bug: clean
