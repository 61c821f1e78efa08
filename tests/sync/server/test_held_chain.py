"""Issue 9, decision 1: everything touching a held id is held with it, the status moves of a held matrícula
included (they were refused as "la matrícula no existe", and after *Son personas distintas* the matrícula
restarted at pending_documents). Real PostgreSQL at head, the desktop role calling sync.*."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.sync.server.support import SCHOOL_A, Client, SyncApi, enrollment, statuses, student, uid

HELD = "1001234567"
MOVES = ("in_review", "active")


def _new() -> str:
    return str(uuid.uuid4())


def _event(pc: Client, enrollment_id: str, status: str, at: datetime) -> dict:
    eid = _new()
    return pc.m("enrollment_status_events", eid, data={"id": eid, "school_id": SCHOOL_A, "enrollment_id": enrollment_id,
                                                         "status": status, "reason": None,
                                                         "occurred_at": at.isoformat()})


def _held_matricula(api: SyncApi, winner_enrollment: bool = False) -> dict:
    """The school has Ana; the rector's PC (its clock a day behind) registers Juan with Ana's document, enrolls
    him, then (another push) moves the matrícula twice."""
    office, pc = api.client("secretary"), api.client("rector")
    first, second, enr = _new(), _new(), _new()
    office.push(office.m("students", first, data={"id": first, **student(doc=HELD, name="Ana María Pérez")}))
    winner_enr = None
    if winner_enrollment:
        winner_enr = _new()
        office.push(office.m("enrollments", winner_enr, data={"id": winner_enr, **enrollment(first)}))
    behind = datetime.now(UTC) - timedelta(days=1)
    pc.clock = behind.isoformat()
    reply = pc.push(pc.m("students", second, data={"id": second, **student(doc=HELD, name="Juan Carlos Ruiz")}),
                    pc.m("enrollments", enr, data={"id": enr, **enrollment(second)}))
    assert statuses(reply["results"]) == {1: "held", 2: "held"}
    events = [_event(pc, enr, status, behind + timedelta(seconds=n)) for n, status in enumerate(MOVES)]
    pc.clock = (behind + timedelta(seconds=5)).isoformat()
    reply = pc.push(*events)
    assert statuses(reply["results"]) == {3: "held", 4: "held"}, reply
    assert reply["acked_through"] == 4  # acknowledged: the queue moves on
    return {"office": office, "pc": pc, "first": first, "second": second, "enr": enr, "winner_enr": winner_enr,
            "events": [e["row_id"] for e in events]}


def _items(api: SyncApi, kind: str) -> list[tuple]:
    return api.rows("SELECT id, row_id, payload, status FROM review_items WHERE kind = %s", (kind,))


def test_the_status_moves_of_a_held_matricula_are_held_with_it(api: SyncApi) -> None:
    case = _held_matricula(api)
    assert _items(api, "rejected_mutation") == []  # nothing refused: nothing clutters Revisión
    (item,) = _items(api, "duplicate_suspect")
    assert item[1] == uuid.UUID(case["second"])
    assert api.rows("SELECT mutation->>'table' FROM sync.held_mutations WHERE item_id = %s AND NOT released "
                    "ORDER BY id", (item[0],)) == [("students",), ("enrollments",),
                                                   ("enrollment_status_events",), ("enrollment_status_events",)]
    assert api.rows("SELECT count(*) FROM enrollment_status_events") == [(0,)]
    assert api.rows("SELECT count(*) FROM enrollments") == [(0,)]
    assert statuses(case["pc"].pull(0)["results"]) == {1: "held", 2: "held", 3: "held", 4: "held"}


def _history(api: SyncApi, enrollment_id: str) -> tuple[str, list[dict]]:
    ((status, history),) = api.rows("SELECT status, status_history FROM enrollments WHERE id = %s", (enrollment_id,))
    return status, history


def _assert_moves_landed(api: SyncApi, case: dict, enrollment_id: str) -> None:
    status, history = _history(api, enrollment_id)
    assert status == "active"
    assert [(h["from"], h["to"]) for h in history] == [("pending_documents", "in_review"), ("in_review", "active")]
    assert [h["event_id"] for h in history] == case["events"]
    # Replayed by the secretary who resolved, the moves keep their author (the rector) and the clock offset of
    # the push that brought them (the PC was a day behind: ordered at the server's time, not a day ago).
    assert {h["by"] for h in history} == {uid("user/rector")}
    ordered = [t for (t,) in api.rows("SELECT ordered_at FROM enrollment_status_events WHERE enrollment_id = %s",
                                      (enrollment_id,))]
    assert len(ordered) == 2 and all(abs(t - datetime.now(UTC)) < timedelta(minutes=1) for t in ordered)


def test_distinct_people_replay_the_matricula_with_its_status_history(api: SyncApi) -> None:
    case = _held_matricula(api)
    (item,) = _items(api, "duplicate_suspect")
    reply = case["office"].resolve(str(item[0]), "distinct", {"document_number": "1005555555"})
    assert reply["status"] == "resolved", reply
    assert [r["status"] for r in reply["results"]] == ["applied"] * 4
    assert api.rows("SELECT document_number FROM students WHERE id = %s", (case["second"],)) == [("1005555555",)]
    assert api.rows("SELECT student_id FROM enrollments WHERE id = %s", (case["enr"],)) == [
        (uuid.UUID(case["second"]),)]
    _assert_moves_landed(api, case, case["enr"])
    assert _items(api, "rejected_mutation") == [] and _items(api, "invalid_transition") == []
    assert statuses(case["pc"].pull(0)["results"]) == {}


def test_a_merge_puts_the_moves_on_the_winners_matricula(api: SyncApi) -> None:
    case = _held_matricula(api, winner_enrollment=True)
    (item,) = _items(api, "duplicate_suspect")
    reply = case["office"].resolve(str(item[0]), "merge")
    assert [r["status"] for r in reply["results"]] == ["merged", "merged", "applied", "applied"], reply
    assert api.rows("SELECT id FROM enrollments") == [(uuid.UUID(case["winner_enr"]),)]
    assert api.rows("SELECT winner_id FROM id_aliases WHERE id = %s", (case["enr"],)) == [
        (uuid.UUID(case["winner_enr"]),)]
    _assert_moves_landed(api, case, case["winner_enr"])


def test_discard_applies_none_and_keeps_the_data(api: SyncApi) -> None:
    case = _held_matricula(api)
    (item,) = _items(api, "duplicate_suspect")
    reply = case["office"].resolve(str(item[0]), "discard")
    assert [r["status"] for r in reply["results"]] == ["rejected"] * 4
    assert api.rows("SELECT count(*) FROM enrollment_status_events") == [(0,)]
    assert api.rows("SELECT count(*) FROM enrollments") == [(0,)]
    assert api.rows("SELECT status, payload->'data'->>'full_name' FROM review_items WHERE id = %s", (item[0],)) == [
        ("dismissed", "Juan Carlos Ruiz")]
    kept = api.rows("SELECT mutation->'data'->>'status' FROM sync.held_mutations WHERE item_id = %s "
                    "AND mutation->>'table' = 'enrollment_status_events' ORDER BY id", (item[0],))
    assert kept == [(s,) for s in MOVES]
    assert statuses(case["pc"].pull(0)["results"]) == {1: "rejected", 2: "rejected", 3: "rejected", 4: "rejected"}


@pytest.mark.parametrize("held", [False, True], ids=["nothing_held", "another_item_held"])
def test_a_move_of_a_matricula_that_does_not_exist_is_still_rejected(api: SyncApi, held: bool) -> None:
    if held:
        _held_matricula(api)
    pc = api.client("secretary")
    reply = pc.push(_event(pc, _new(), "in_review", datetime.now(UTC)))
    [result] = reply["results"]
    assert result["status"] == "rejected" and "no existe" in result["reason"]
    assert len(_items(api, "rejected_mutation")) == 1


def test_0011_goes_down_to_exactly_its_parent_and_up_again(pg_cluster, empty_pg_url) -> None:  # type: ignore[no-untyped-def]
    import psycopg
    from alembic.script import ScriptDirectory

    from tests.support.migrations import alembic_config, downgrade, migrate

    parent = ScriptDirectory.from_config(alembic_config(empty_pg_url)).get_revision("0011").down_revision
    assert isinstance(parent, str)

    catalog = ("SELECT p.oid::regprocedure::text, r.rolname, md5(p.prosrc), p.proacl::text, p.proconfig::text "
               "FROM pg_proc AS p JOIN pg_roles AS r ON r.oid = p.proowner "
               "WHERE p.pronamespace = 'sync'::regnamespace "
               "UNION ALL SELECT indexname, tablename, md5(indexdef), NULL, NULL FROM pg_indexes "
               "WHERE schemaname = 'sync'")
    reference_name = f"ref_{uuid.uuid4().hex[:8]}"
    reference = pg_cluster.create_database(reference_name)
    try:
        migrate(reference, parent)
        migrate(empty_pg_url, "0011")
        with psycopg.connect(empty_pg_url) as up, psycopg.connect(reference) as ref:
            changed = set(up.execute(catalog).fetchall()) ^ set(ref.execute(catalog).fetchall())
            assert {row[0] for row in changed} == {"sync.apply_event(uuid,uuid,uuid,jsonb,interval)",
                                                   "ix_held_mutations_held_id"}
        downgrade(empty_pg_url, parent)
        with psycopg.connect(empty_pg_url) as down, psycopg.connect(reference) as ref:
            assert set(down.execute(catalog).fetchall()) == set(ref.execute(catalog).fetchall())
        migrate(empty_pg_url, "head")
    finally:
        pg_cluster.drop_database(reference_name)
