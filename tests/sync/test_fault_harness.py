"""Seeded randomized trials (H1, sync.md S1/S2) with every fault, and the planted bugs the checker must catch.

CI: `BATCHES` tests of `CI_TRIALS / BATCHES` three-client trials each (50–200 user actions per client), run
by `SYNC_WORKERS` processes (2), each with its own database. Every trial prints its seed; a failing seed
replays alone with `SYNC_SEED=<seed> SYNC_TRIALS=1 … -k seeded`. The soak (`-m soak`, README) runs
`SYNC_SOAK_TRIALS` more, with one trial in ten of two clients and one in twenty of ten.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from tests.sync.harness import Faults
from tests.sync.trials import (
    CLIENT_BUGS,
    SERVER_BUGS,
    Outcome,
    Workers,
    plant,
    prepare_database,
    run_trial,
    trial_shape,
    worker_count,
)

CI_TRIALS = int(os.environ.get("SYNC_CI_TRIALS", "500"))
BATCHES = 4
FIRST_SEED = 1000
SOAK_FIRST = 100_000
"""Soak seeds start here, so a replayed seed gets the soak's shape (2 or 10 PCs) when it had it."""
REPLAY = os.environ.get("SYNC_SEED")


@pytest.fixture(scope="module")
def h1_urls(pg_cluster, pg_template) -> Iterator[list[str]]:
    urls = [prepare_database(pg_cluster, pg_template) for _ in range(worker_count())]
    yield urls
    for url in urls:
        pg_cluster.drop_database(url.rsplit("/", 1)[1].split("?")[0])


@pytest.fixture(scope="module")
def workers(h1_urls) -> Iterator[Workers]:
    pool = Workers(h1_urls)
    yield pool
    pool.close()


def _run_many(workers: Workers, seeds: range, soak: bool = False) -> list[Outcome]:
    started = time.monotonic()
    outcomes = []
    for outcome in workers.run([(s, trial_shape(s, soak)) for s in seeds]):
        print(f"{outcome.summary} in {outcome.seconds:.1f} s (cpu {outcome.cpu:.1f} s)"
              f"{'' if not outcome.violations else ' VIOLATIONS ' + str(outcome.violations[:3])}", flush=True)
        outcomes.append(outcome)
    elapsed = time.monotonic() - started
    print(f"{len(outcomes)} trials in {elapsed:.1f} s ({elapsed / max(len(outcomes), 1):.2f} s a trial, "
          f"load {os.getloadavg()[0]:.1f})")
    return outcomes


def test_a_perfect_network_converges(h1_urls) -> None:
    _trial, outcome = run_trial(h1_urls[0], 1, faults=Faults(0, 0, 0, 0, 0, 0), clients=2, ops=(20, 40))
    assert outcome.violations == [], outcome.report()


@pytest.mark.parametrize("batch", range(BATCHES))
def test_seeded_trials_with_every_fault_keep_every_invariant(h1_urls, workers, batch: int) -> None:
    if REPLAY:  # one seed (or SYNC_TRIALS from it), in this process, in the first batch only
        if batch:
            pytest.skip("replaying SYNC_SEED in batch 0")
        first, count = int(REPLAY), int(os.environ.get("SYNC_TRIALS", "1"))
        for seed in range(first, first + count):
            print(f"trial seed {seed} starts", flush=True)
            _trial, outcome = run_trial(h1_urls[0], seed, **trial_shape(seed, soak=seed >= SOAK_FIRST))
            print(outcome.summary)
            assert outcome.violations == [], outcome.report()
        return
    size = CI_TRIALS // BATCHES
    seeds = range(FIRST_SEED + batch * size, FIRST_SEED + (batch + 1) * size)
    failed = [o for o in _run_many(workers, seeds) if o.violations]
    assert failed == [], "\n\n".join(o.report() for o in failed[:3])


@pytest.mark.soak
def test_soak(workers) -> None:
    """Outside CI: `SYNC_SOAK_TRIALS` (10,000) trials from seed 100,000 (README, Sync testing)."""
    count = int(os.environ.get("SYNC_SOAK_TRIALS", "10000"))
    first = int(os.environ.get("SYNC_SOAK_FIRST", str(SOAK_FIRST)))
    failed = [o for o in _run_many(workers, range(first, first + count), soak=True) if o.violations]
    assert failed == [], "\n\n".join(o.report() for o in failed[:3])


# ---- planted bugs: a recorded seed that catches each one, replayed; the same seed without the bug passes

CAUGHT_BY: dict[str, int] = {
    "archive_before_reply": 1,  # I1: archived, never recorded by the server (request lost)
    "bypass_merge": 1,  # I9: the server failed on a duplicate document (23505) instead of merging
    "client_history": 3,  # I8: a history entry that is no event (the forged one)
    "cursor_own_transaction": 1,  # I4: a digest repair (a page skipped after a crash)
    "no_idempotency": 1,  # I1: a mutation applied again on a second delivery
    "raw_client_time": 1,  # I3/I8/I11: histories out of corrected-time order
    "trust_school": 2,  # I3/tenancy: rows in the other school the pushing user belongs to
}
"""bug -> the first seed (searched from 1 with `-m soak -k catching`, 2026-11-28) whose trial shows a
violation. `no_stamp_lock` needs concurrent writers: tests/sync/server/test_cursor_race.py (S5)."""


@pytest.fixture(scope="module")
def planted_url(pg_cluster, pg_template) -> Iterator[str]:
    url = prepare_database(pg_cluster, pg_template, prefix="planted")
    yield url
    pg_cluster.drop_database(url.rsplit("/", 1)[1].split("?")[0])


def _with_bug(url: str, bug: str, seed: int) -> Outcome:
    plant(url, frozenset({bug}))
    try:
        return run_trial(url, seed, planted=frozenset({bug}), **trial_shape(seed))[1]
    finally:
        plant(url, frozenset())


@pytest.mark.parametrize("bug", sorted(CAUGHT_BY))
def test_planted_bug_is_caught_by_its_recorded_seed(planted_url, bug: str) -> None:
    caught = _with_bug(planted_url, bug, CAUGHT_BY[bug])
    assert caught.violations, f"planted bug {bug} not caught by seed {CAUGHT_BY[bug]}: {caught.summary}"
    clean = run_trial(planted_url, CAUGHT_BY[bug], **trial_shape(CAUGHT_BY[bug]))[1]
    assert clean.violations == [], clean.report()  # the same seed without the bug: clean


@pytest.mark.soak
@pytest.mark.parametrize("bug", sorted(CLIENT_BUGS | SERVER_BUGS))
def test_catching_seed(planted_url, bug: str) -> None:
    """How many trials each planted bug survives (sync.md: caught within 1,000): seeds from 1 upwards."""
    limit = int(os.environ.get("SYNC_CATCH_LIMIT", "1000"))
    for seed in range(1, limit + 1):
        outcome = _with_bug(planted_url, bug, seed)
        if outcome.violations:
            print(f"planted bug {bug}: caught by seed {seed} ({seed} trials): {outcome.violations[:2]}")
            return
    pytest.fail(f"planted bug {bug} survived {limit} trials")
