"""The issue's merge rules on the server: duplicates (merge / held / resolve), natural keys, identity fields vs
base, last arrival, JSON per key path, tombstones, status events."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from tests.sync.server.support import SCHOOL_A, YEAR_A, enrollment, guardian, statuses, student


def _new() -> str:
    return str(uuid.uuid4())


def _items(api, kind: str) -> list[tuple]:
    return api.rows("SELECT id, row_id, other_row_id, payload, status FROM review_items WHERE kind = %s "
                    "ORDER BY server_seq", (kind,))


# --------------------------------------------------------------------------------------------- duplicates

def test_the_same_person_created_on_two_pcs_is_merged_into_the_first(api):
    a, b = api.client("secretary"), api.client("rector")
    first, second = _new(), _new()
    a.push(a.m("students", first, data={"id": first, **student(birth="2015-03-02", gender=None)}))
    reply = b.push(b.m("students", second, data={"id": second, **student(name="ANA MARIA  PEREZ", birth="2015-03-02",
                                                                         extra_data={"eps": "Sura"})}),
                   b.m("enrollments", e := _new(), data={"id": e, **enrollment(second)}))
    assert reply["results"][0]["status"] == "merged" and reply["results"][0]["canonical_id"] == first
    assert api.rows("SELECT id, gender, extra_data FROM students") == [(uuid.UUID(first), "F", {"eps": "Sura"})]
    assert api.rows("SELECT id, winner_id FROM id_aliases") == [(uuid.UUID(second), uuid.UUID(first))]
    # The enrollment made for the loser id points at the winner.
    assert api.rows("SELECT student_id FROM enrollments WHERE id = %s", (e,)) == [(uuid.UUID(first),)]
    rows, _ = a.pull_all()
    assert any(r["t"] == "id_aliases" and r["row"]["winner_id"] == first for r in rows)


def test_a_merge_reports_differing_identity_fields_as_a_conflict(api):
    a, b = api.client("secretary"), api.client("rector")
    first, second = _new(), _new()
    a.push(a.m("students", first, data={"id": first, **student(gender="F")}))
    b.push(b.m("students", second, data={"id": second, **student(gender="M")}))
    (item,) = _items(api, "field_conflict")
    assert item[1] == uuid.UUID(first) and item[3]["fields"]["gender"] == {"server": "F", "yours": "M"}
    assert api.rows("SELECT gender FROM students") == [("F",)]


def _held_scenario(api):
    a, b = api.client("secretary"), api.client("secretary")
    first, second, enr, later = _new(), _new(), _new(), _new()
    a.push(a.m("students", first, data={"id": first, **student(name="Ana María Pérez")}))
    reply = b.push(b.m("students", second, data={"id": second, **student(name="Juan Carlos Ruiz")}),
                   b.m("enrollments", enr, data={"id": enr, **enrollment(second)}),
                   b.m("students", second, "patch", {"gender": "M"}, {"gender": "F"}),
                   b.m("students", later, data={"id": later, **student(doc="1007777777", name="Otro")}))
    assert statuses(reply["results"]) == {1: "held", 2: "held", 3: "held"}
    assert reply["acked_through"] == 4  # the queue moved on
    assert api.rows("SELECT count(*) FROM students") == [(2,)]  # first and `later`
    (item,) = _items(api, "duplicate_suspect")
    assert item[1] == uuid.UUID(second) and item[2] == uuid.UUID(first)
    assert item[3]["data"]["full_name"] == "Juan Carlos Ruiz"  # everything typed is kept
    assert api.rows("SELECT count(*) FROM sync.held_mutations WHERE NOT released") == [(3,)]
    return a, b, item, first, second, enr


def test_same_document_another_person_is_held_with_everything_that_depends_on_it(api):
    _held_scenario(api)


def test_resolving_as_distinct_people_replays_the_held_chain_with_the_corrected_document(api):
    a, b, item, _first, second, enr = _held_scenario(api)
    reply = a.resolve(str(item[0]), "distinct", {"document_number": "1005555555"})
    assert reply["status"] == "resolved"
    assert [r["status"] for r in reply["results"]] == ["applied", "applied", "applied"]
    assert api.rows("SELECT document_number, gender FROM students WHERE id = %s", (second,)) == [("1005555555", "M")]
    assert api.rows("SELECT student_id FROM enrollments WHERE id = %s", (enr,)) == [(uuid.UUID(second),)]
    # The PC that pushed learns the new outcome from its next pull.
    assert statuses(b.pull(0)["results"]) == {}
    assert a.resolve(str(item[0]), "discard")["error"] == "already_resolved"


def test_resolving_as_the_same_person_merges_and_replays_onto_the_winner(api):
    a, _b, item, first, second, enr = _held_scenario(api)
    reply = a.resolve(str(item[0]), "merge")
    assert [r["status"] for r in reply["results"]] == ["merged", "applied", "applied"]
    assert api.rows("SELECT student_id FROM enrollments WHERE id = %s", (enr,)) == [(uuid.UUID(first),)]
    assert api.rows("SELECT count(*) FROM students WHERE id = %s", (second,)) == [(0,)]
    assert api.rows("SELECT winner_id FROM id_aliases WHERE id = %s", (second,)) == [(uuid.UUID(first),)]


def test_discarding_a_suspect_refuses_the_chain_and_keeps_the_data_in_the_item(api):
    a, b, item, _first, _second, _enr = _held_scenario(api)
    reply = a.resolve(str(item[0]), "discard")
    assert [r["status"] for r in reply["results"]] == ["rejected"] * 3
    assert api.rows("SELECT status, payload->'data'->>'full_name' FROM review_items WHERE id = %s", (item[0],)) == [
        ("dismissed", "Juan Carlos Ruiz")]
    assert statuses(b.pull(0)["results"]) == {1: "rejected", 2: "rejected", 3: "rejected"}


def test_two_pcs_enrolling_the_same_student_in_the_same_year_make_one_enrollment(api):
    a, b = api.client("secretary"), api.client("rector")
    sid, e1, e2 = _new(), _new(), _new()
    a.push(a.m("students", sid, data={"id": sid, **student()}), a.m("enrollments", e1, data={"id": e1, **enrollment(sid)}))
    reply = b.push(b.m("enrollments", e2, data={"id": e2, **enrollment(sid, group_code="B")}))
    assert reply["results"][0]["status"] == "merged" and reply["results"][0]["canonical_id"] == e1
    assert api.rows("SELECT id, group_code FROM enrollments") == [(uuid.UUID(e1), "B")]  # per field, last arrival


# ------------------------------------------------------------------------------------------- field rules

def test_edits_of_different_fields_both_survive_and_identity_needs_its_base(api):
    a, b = api.client("secretary"), api.client("rector")
    gid = _new()
    a.push(a.m("guardians", gid, data={"id": gid, **guardian()}))
    a.push(a.m("guardians", gid, "patch", {"phone": "3110000000"}, {"phone": "3001234567"}))
    b.push(b.m("guardians", gid, "patch", {"email": "rosa@example.com"}, {"email": None}))
    # A name change based on the old name after someone else changed it: the server's stays, item raised.
    a.push(a.m("guardians", gid, "patch", {"full_name": "Rosa Elena Gómez"}, {"full_name": "Rosa Gómez"}))
    reply = b.push(b.m("guardians", gid, "patch", {"full_name": "Rosa Gomes"}, {"full_name": "Rosa Gómez"}))
    assert reply["results"][0]["status"] == "applied" and "Revisión" in reply["results"][0]["reason"]
    assert api.rows("SELECT phone, email, full_name FROM guardians") == [
        ("3110000000", "rosa@example.com", "Rosa Elena Gómez")]
    (item,) = _items(api, "field_conflict")
    assert item[3]["fields"]["full_name"] == {"server": "Rosa Elena Gómez", "yours": "Rosa Gomes",
                                              "base": "Rosa Gómez"}
    # Choosing a value resolves it.
    assert a.resolve(str(item[0]), "choose", {"full_name": "Rosa Gomes"})["status"] == "resolved"
    assert api.rows("SELECT full_name FROM guardians") == [("Rosa Gomes",)]


def test_json_columns_merge_per_key_path_and_append_only_arrays_unite(api):
    a, b = api.client("secretary"), api.client("rector")
    sid, eid, did = _new(), _new(), _new()
    base_extra = {"eps": "Sura", "contact": {"bus": "ruta 1", "notes": "x"}}
    a.push(a.m("students", sid, data={"id": sid, **student(extra_data=base_extra)}),
           a.m("enrollments", eid, data={"id": eid, **enrollment(sid)}),
           a.m("enrollment_documents", did, data={"id": did, "school_id": SCHOOL_A, "enrollment_id": eid,
                                                  "document_type": "registro_civil", "status": "received",
                                                  "r2_object_key": "k", "file_name": "rc.pdf",
                                                  "metadata": {"files": [{"sha256": "aa"}], "pages": 1}}))
    a.push(a.m("students", sid, "patch", {"extra_data": {**base_extra, "contact": {"bus": "ruta 2", "notes": "x"}}},
               {"extra_data": base_extra}))
    b.push(b.m("students", sid, "patch", {"extra_data": {"eps": "Sura", "contact": {"bus": "ruta 1"}, "sisben": "A1"}},
               {"extra_data": base_extra}))
    assert api.rows("SELECT extra_data FROM students") == [
        ({"eps": "Sura", "contact": {"bus": "ruta 2"}, "sisben": "A1"},)]
    b.push(b.m("enrollment_documents", did, "patch", {"metadata": {"files": [{"sha256": "bb"}], "pages": 2}},
               {"metadata": {"files": [], "pages": 1}}))
    a.push(a.m("enrollment_documents", did, "patch", {"metadata": {"files": [{"sha256": "aa"}, {"sha256": "cc"}],
                                                                   "pages": 1}},
               {"metadata": {"files": [{"sha256": "aa"}], "pages": 1}}))
    (meta,) = api.rows("SELECT metadata FROM enrollment_documents")[0]
    assert sorted(f["sha256"] for f in meta["files"]) == ["aa", "bb", "cc"] and meta["pages"] == 2


def test_server_owned_columns_sent_by_a_client_are_ignored(api):
    pc = api.client("secretary")
    sid, eid = _new(), _new()
    pc.push(pc.m("students", sid, data={"id": sid, **student()}),
            pc.m("enrollments", eid, data={"id": eid, **enrollment(sid), "status": "active",
                                           "status_history": [{"to": "active"}]}))
    pc.push(pc.m("enrollments", eid, "patch", {"status": "graduated", "status_history": [{"to": "graduated"}]},
                 {"status": "pending_documents", "status_history": []}))
    assert api.rows("SELECT status, status_history FROM enrollments") == [("pending_documents", [])]


# -------------------------------------------------------------------------------------------- tombstones

def test_tombstones_delete_wins_over_later_edits_and_a_deterministic_insert_revives(api):
    pc = api.client("secretary")
    sid, gid = _new(), _new()
    link = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{sid}:{gid}"))
    row = {"id": link, "school_id": SCHOOL_A, "student_id": sid, "guardian_id": gid, "relationship": "madre"}
    pc.push(pc.m("students", sid, data={"id": sid, **student()}), pc.m("guardians", gid, data={"id": gid, **guardian()}),
            pc.m("student_guardians", link, data=row))
    pc.push(pc.m("student_guardians", link, "delete"))
    assert api.rows("SELECT deleted_at IS NOT NULL FROM student_guardians") == [(True,)]
    late = pc.push(pc.m("student_guardians", link, "patch", {"priority": 2}, {"priority": 1}))
    assert late["results"][0]["status"] == "rejected"
    assert len(_items(api, "edit_after_delete")) == 1
    again = pc.push(pc.m("student_guardians", link, data={**row, "relationship": "abuela"}))
    assert again["results"] == []
    assert api.rows("SELECT deleted_at, relationship FROM student_guardians") == [(None, "abuela")]
    # Students are deactivated, never deleted; deactivating is a patch that needs its own permission.
    assert pc.push(pc.m("students", sid, "delete"))["results"][0]["status"] == "rejected"
    assert pc.push(pc.m("students", sid, "patch", {"is_active": False}, {"is_active": True}))["results"] == []
    assert api.rows("SELECT is_active FROM students") == [(False,)]


# ---------------------------------------------------------------------------------------- status events

def _event(pc, enrollment_id: str, status: str, at: datetime, reason: str | None = None) -> dict:
    pc.clock = at.isoformat()
    eid = _new()
    return pc.m("enrollment_status_events", eid, data={"id": eid, "school_id": SCHOOL_A, "enrollment_id": enrollment_id,
                                                         "status": status, "reason": reason,
                                                         "occurred_at": at.isoformat()})


def test_status_moves_are_events_and_the_server_recomputes_status_and_history(api):
    pc = api.client("secretary")
    sid, eid = _new(), _new()
    pc.push(pc.m("students", sid, data={"id": sid, **student()}), pc.m("enrollments", eid, data={"id": eid,
                                                                                             **enrollment(sid)}))
    now = datetime.now(UTC)
    reply = pc.push(_event(pc, eid, "in_review", now), _event(pc, eid, "active", now + timedelta(seconds=1)))
    assert reply["results"] == []
    (status, history), = api.rows("SELECT status, status_history FROM enrollments")
    assert status == "active" and [(h["from"], h["to"]) for h in history] == [("pending_documents", "in_review"),
                                                                                ("in_review", "active")]
    assert all(h["event_id"] for h in history)
    # A secretary may not graduate anyone: refused, never applied.
    refused = pc.push(_event(pc, eid, "graduated", now + timedelta(seconds=2)))
    assert refused["results"][0]["status"] == "rejected" and "permiso" in refused["results"][0]["reason"]
    assert api.rows("SELECT status FROM enrollments") == [("active",)]


def test_a_constant_clock_skew_cancels_out_in_the_event_order(api):
    fast, right = api.client("secretary"), api.client("rector")
    sid, eid = _new(), _new()
    right.push(right.m("students", sid, data={"id": sid, **student()}),
               right.m("enrollments", eid, data={"id": eid, **enrollment(sid)}))
    now = datetime.now(UTC)
    # The PC whose clock is a year ahead submits first; the right clock activates a moment later.
    fast.push(_event(fast, eid, "in_review", now + timedelta(days=365)))
    right.push(_event(right, eid, "active", now + timedelta(seconds=1)))
    (status, history), = api.rows("SELECT status, status_history FROM enrollments")
    assert status == "active" and [h["to"] for h in history] == ["in_review", "active"]
    assert _items(api, "invalid_transition") == []


def test_an_invalid_transition_is_kept_flagged_and_raised(api):
    a, b = api.client("secretary"), api.client("rector")
    sid, eid = _new(), _new()
    a.push(a.m("students", sid, data={"id": sid, **student()}), a.m("enrollments", eid, data={"id": eid,
                                                                                          **enrollment(sid)}))
    now = datetime.now(UTC)
    a.push(_event(a, eid, "in_review", now))
    # Both PCs saw in_review: one activates, the other returns it (both legal from there); the later one in
    # time order then starts from the wrong state.
    a.push(_event(a, eid, "active", now + timedelta(seconds=2)))
    reply = b.push(_event(b, eid, "pending_documents", now + timedelta(seconds=3), reason="falta registro civil"))
    assert reply["results"][0]["status"] == "applied"
    assert api.rows("SELECT status FROM enrollments") == [("active",)]
    assert api.rows("SELECT count(*) FROM enrollment_status_events WHERE NOT valid") == [(1,)]
    assert len(_items(api, "invalid_transition")) == 1


def test_existing_histories_were_backfilled_as_events(api):
    with api.owner() as conn:
        sid, eid = _new(), _new()
        conn.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                     "VALUES (%s, %s, 'TI', '1002223334', 'Pedro')", (sid, SCHOOL_A))
        conn.execute("INSERT INTO enrollments (id, school_id, student_id, school_year_id, grade_level, status) "
                     "VALUES (%s, %s, %s, %s, '5', 'active')", (eid, SCHOOL_A, sid, YEAR_A))
    pc = api.client("secretary")
    reply = pc.push(_event(pc, eid, "withdrawn", datetime.now(UTC), reason="traslado"))
    assert reply["results"] == []
    (status, history), = api.rows("SELECT status, status_history FROM enrollments")
    assert status == "withdrawn" and [(h["from"], h["to"]) for h in history] == [("active", "withdrawn")]
