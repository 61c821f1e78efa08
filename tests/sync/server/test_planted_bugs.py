"""Tests of the tests: each server-side planted bug (switched on through sync.test_switches, the owner's
table) breaks an invariant that a scenario here checks; the same scenario passes without it. The cursor race
bug (no_stamp_lock) is in test_cursor_race.py."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from tests.sync.server.support import SCHOOL_A, SCHOOL_B, SyncApi, enrollment, student


def _new() -> str:
    return str(uuid.uuid4())


def _event(pc, enrollment_id: str, status: str, at: datetime) -> dict:
    pc.clock = at.isoformat()
    eid = _new()
    return pc.m("enrollment_status_events", eid, data={"id": eid, "enrollment_id": enrollment_id, "status": status,
                                                         "occurred_at": at.isoformat()})


def exactly_once(api: SyncApi) -> str | None:
    """I2: a reply lost after the commit, the batch sent again: each mutation takes effect once."""
    pc = api.client("secretary")
    sid = _new()
    batch = [pc.m("students", sid, data={"id": sid, **student()}),
             pc.m("students", _new(), data=student(doc="bad doc"))]  # refused: one review item
    pc.push(*batch)
    pc.push(*batch)
    items = api.rows("SELECT count(*) FROM review_items WHERE kind = 'rejected_mutation'")[0][0]
    return None if items == 1 else f"{items} review items for one refused mutation"


def school_from_the_server(api: SyncApi) -> str | None:
    """No row lands in a school other than the one pushed to, whatever its data says."""
    pc = api.client("both", SCHOOL_A)
    sid = _new()
    try:
        pc.push(pc.m("students", sid, data={"id": sid, **student(), "school_id": SCHOOL_B}))
    except psycopg.Error as error:  # stopped by row-level security (defence in depth), not by the rule itself
        return f"the push failed instead of placing the row in its school: {error.sqlstate}"
    (school,), = api.rows("SELECT school_id FROM students WHERE id = %s", (sid,))
    return None if str(school) == SCHOOL_A else "a row landed in the school the client named"


def one_row_per_natural_key(api: SyncApi) -> str | None:
    """I7: two PCs create the same person: one live row, the other id an alias."""
    a, b = api.client("secretary"), api.client("rector")
    first, second = _new(), _new()
    a.push(a.m("students", first, data={"id": first, **student()}))
    try:
        reply = b.push(b.m("students", second, data={"id": second, **student()}))
    except psycopg.Error as error:
        return f"the duplicate blocked the queue: {error.sqlstate}"
    if reply["results"][:1] != [{"mutation_id": 1, "status": "merged", "reason": reply["results"][0]["reason"],
                                 "canonical_id": first}]:
        return f"not merged: {reply['results']}"
    return None


def events_ordered_by_corrected_time(api: SyncApi) -> str | None:
    """I8/I11: a PC a year ahead and a right one; the order is the real order of the moves."""
    fast, right = api.client("secretary"), api.client("rector")
    sid, eid = _new(), _new()
    right.push(right.m("students", sid, data={"id": sid, **student()}),
               right.m("enrollments", eid, data={"id": eid, **enrollment(sid)}))
    now = datetime.now(UTC)
    fast.push(_event(fast, eid, "in_review", now + timedelta(days=365)))
    right.push(_event(right, eid, "active", now + timedelta(seconds=1)))
    (status,), = api.rows("SELECT status FROM enrollments WHERE id = %s", (eid,))
    return None if status == "active" else f"status {status}: events ordered by the raw client clock"


def history_from_events_only(api: SyncApi) -> str | None:
    """A client's whole status_history never replaces the server's projection of the events."""
    pc = api.client("secretary")
    sid, eid = _new(), _new()
    pc.push(pc.m("students", sid, data={"id": sid, **student()}),
            pc.m("enrollments", eid, data={"id": eid, **enrollment(sid)}))
    pc.push(pc.m("enrollments", eid, "patch", {"status": "graduated", "status_history": [{"to": "graduated"}]},
                 {"status": "pending_documents", "status_history": []}))
    rows = api.rows("SELECT status, status_history FROM enrollments WHERE id = %s", (eid,))
    return None if rows == [("pending_documents", [])] else f"client history written: {rows}"


SCENARIOS: dict[str, Callable[[SyncApi], str | None]] = {
    "no_idempotency": exactly_once,
    "trust_school": school_from_the_server,
    "bypass_merge": one_row_per_natural_key,
    "raw_client_time": events_ordered_by_corrected_time,
    "client_history": history_from_events_only,
}


@pytest.mark.parametrize("bug", SCENARIOS)
def test_the_scenario_holds_without_the_bug(api, bug):
    assert SCENARIOS[bug](api) is None


@pytest.mark.parametrize("bug", SCENARIOS)
def test_the_planted_bug_is_caught(api, bug):
    api.plant(bug)
    assert SCENARIOS[bug](api) is not None
