"""An event that arrives late can make an event already in the history invalid (sync.md §5.10, issue 9
decision 4: "an invalid transition is kept, flagged, and raised as an invalid_transition item"). Found by
the H1 harness (seeds 1000, 1001 of tests/sync/test_fault_harness.py): the late event's own validity was
checked, the earlier one was flagged invalid with no item, and disappeared from the history unseen."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from tests.sync.server.support import enrollment, student


def _event(pc, enrollment_id: str, status: str, at: datetime, reason: str | None = None) -> dict:
    pc.clock = at.isoformat()
    event_id = str(uuid.uuid4())
    return pc.m("enrollment_status_events", event_id, data={
        "id": event_id, "enrollment_id": enrollment_id, "status": status, "occurred_at": at.isoformat(),
        "reason": reason})


def test_an_event_made_invalid_by_a_late_earlier_one_gets_its_review_item(api):
    secretary, rector = api.client("secretary"), api.client("rector")
    sid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    secretary.push(secretary.m("students", sid, data={"id": sid, **student()}),
                   secretary.m("enrollments", eid, data={"id": eid, **enrollment(sid)}))
    now = datetime.now(UTC)
    later = _event(rector, eid, "in_review", now)
    reply = rector.push(later)
    assert reply["results"] == []  # valid when it arrived: pending_documents -> in_review
    earlier = _event(secretary, eid, "withdrawn", now - timedelta(minutes=1), "Traslado")
    earlier["client_now"] = datetime.now(UTC).isoformat()  # the PC's clock is right: the event is older
    secretary.push(earlier)
    (status,), = api.rows("SELECT status FROM enrollments WHERE id = %s", (eid,))
    valid = dict(api.rows("SELECT id::text, valid FROM enrollment_status_events WHERE enrollment_id = %s", (eid,)))
    assert status == "withdrawn" and valid == {earlier["row_id"]: True, later["row_id"]: False}
    items = api.rows("SELECT other_row_id::text FROM review_items WHERE kind = 'invalid_transition'")
    assert items == [(later["row_id"],)]
