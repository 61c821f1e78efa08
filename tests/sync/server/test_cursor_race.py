"""S5: concurrent writers with random transaction lengths and a puller following the cursor; no committed row
may be skipped (I4). Writers write the tables directly as the owner would (admin tools, migrations): the
pushes take the school lock anyway, so the stamp trigger's lock is what protects every other write path.
With the planted bug `no_stamp_lock` the same run must lose rows."""

from __future__ import annotations

import random
import threading
import time
import uuid

import psycopg
import pytest

from tests.sync.server.support import SCHOOL_A, SyncApi, guardian

SECONDS = 2.0


def _writer(url: str, stop: threading.Event, written: list[str], seed: int, planted: bool) -> None:
    rng = random.Random(seed)
    with psycopg.connect(url, autocommit=True) as conn:
        if planted:
            conn.execute("SET sync.planted_bug = 'no_stamp_lock'")
        while not stop.is_set():
            ids = [str(uuid.uuid4()) for _ in range(rng.randint(1, 3))]
            with conn.transaction():
                for n, row_id in enumerate(ids):
                    conn.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name) "
                                 "VALUES (%s, %s, 'CC', %s, 'Acudiente')", (row_id, SCHOOL_A, row_id[:18]))
                    if n == 0:
                        time.sleep(rng.uniform(0, 0.03))  # a slow transaction holds its early seq open
            written.extend(ids)


def _race(api, planted: bool, writers: int = 4) -> tuple[set[str], set[str], int]:
    stop = threading.Event()
    written: list[str] = []
    threads = [threading.Thread(target=_writer, args=(api.owner_url, stop, written, n, planted))
               for n in range(writers)]
    pc = api.client("secretary")
    seen: set[str] = set()
    cursor, pulls = 0, 0
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        page = pc.pull(cursor, 1000)
        seen |= {r["row"]["id"] for r in page["rows"] if r["t"] == "guardians"}
        cursor, pulls = page["cursor"], pulls + 1
    stop.set()
    for thread in threads:
        thread.join()
    rows, _ = pc.pull_all(cursor)  # the final catch-up: a skipped row is behind the cursor for good
    seen |= {r["row"]["id"] for r in rows if r["t"] == "guardians"}
    return set(written), seen, pulls


@pytest.mark.parametrize("writers", [2, 10])
def test_no_committed_row_is_skipped_by_a_puller_under_concurrent_writers(api, writers):
    written, seen, pulls = _race(api, planted=False, writers=writers)
    assert len(written) > 20 and pulls > 10
    assert written - seen == set()


def test_the_planted_no_lock_bug_is_caught(api):
    skipped = 0
    for _ in range(3):  # the race is likely, not certain, in one short run
        written, seen, _pulls = _race(api, planted=True)
        skipped = len(written - seen)
        if skipped:
            break
    assert skipped > 0, "without the stamp lock a puller should have skipped rows"


def test_concurrent_pushes_and_a_puller_miss_nothing(api):
    """The same race through the functions: PCs pushing batches at once while another PC pulls."""
    stop = threading.Event()
    written: list[str] = []

    def pusher(seed: int) -> None:
        rng = random.Random(seed)
        own = SyncApi(api.owner_url)
        pc = own.client("secretary")
        try:
            while not stop.is_set():
                ids = [str(uuid.uuid4()) for _ in range(rng.randint(1, 20))]
                pc.push(*[pc.m("guardians", i, data={"id": i, **guardian(doc=i[:18].replace("-", ""))}) for i in ids])
                written.extend(ids)
        finally:
            own.close()

    threads = [threading.Thread(target=pusher, args=(n,)) for n in range(3)]
    puller = api.client("rector")
    seen: set[str] = set()
    cursor = 0
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        page = puller.pull(cursor, 500)
        seen |= {r["row"]["id"] for r in page["rows"] if r["t"] == "guardians"}
        cursor = page["cursor"]
    stop.set()
    for thread in threads:
        thread.join()
    rows, _ = puller.pull_all(cursor)
    seen |= {r["row"]["id"] for r in rows if r["t"] == "guardians"}
    assert len(written) > 20 and set(written) - seen == set()


@pytest.mark.soak
def test_soak_s5_ten_thousand_pulls_skip_nothing_and_the_lock_bug_is_caught(api):
    """sync.md S5 at its volume (outside CI, `-m soak`): 2–10 writers and a puller until the puller has made
    10,000 pulls: no row skipped; then, with `no_stamp_lock`, the runs until a skip (the planted bug)."""
    rng = random.Random(5)
    pulls = runs = 0
    while pulls < 10_000:
        written, seen, made = _race(api, planted=False, writers=rng.randint(2, 10))
        assert written - seen == set(), f"run {runs}: {len(written - seen)} rows skipped"
        pulls, runs = pulls + made, runs + 1
    print(f"S5: {pulls} pulls in {runs} runs of {SECONDS} s under 2-10 writers, 0 rows skipped")
    for attempt in range(1, 51):
        written, seen, made = _race(api, planted=True, writers=rng.randint(2, 10))
        if written - seen:
            print(f"S5 no_stamp_lock: caught in run {attempt} ({made} pulls, {len(written - seen)} rows skipped)")
            return
    pytest.fail("no_stamp_lock survived 50 runs")
