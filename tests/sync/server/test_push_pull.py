"""sync.push / pull / digest on a real PostgreSQL, called as the desktop role: apply, idempotency, versions,
the cursor, the digest, isolation mode."""

from __future__ import annotations

import hashlib
import uuid

import psycopg
import pytest

from tests.sync.server.support import SCHOOL_A, YEAR_A, enrollment, guardian, statuses, student


def _digest_of(rows: list[dict]) -> dict[str, dict]:
    """The digest a client computes over the rows it pulled (latest version of each id)."""
    latest: dict[tuple[str, str], int] = {}
    for row in rows:
        key = row["row"].get("id") or row["row"]["school_id"]
        latest[(row["t"], key)] = row["seq"]
    out: dict[str, dict] = {}
    for (table, key), seq in latest.items():
        h = int(hashlib.md5(f"{key}:{seq}".encode()).hexdigest()[:16], 16)
        entry = out.setdefault(table, {"count": 0, "xor": 0})
        entry["count"] += 1
        entry["xor"] ^= h
    return {t: {"count": v["count"], "xor": f"{v['xor']:016x}"} for t, v in out.items()}


def test_a_pushed_student_is_applied_and_pulled_with_its_seq(api):
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    reply = pc.push(pc.m("students", sid, data={"id": sid, **student()}))
    assert reply["acked_through"] == 1 and reply["results"] == [] and reply["write_checkpoint"] > 0
    rows, cursor = pc.pull_all()
    pulled = [r for r in rows if r["t"] == "students"]
    assert [r["row"]["id"] for r in pulled] == [sid]
    assert pulled[0]["row"]["full_name"] == "Ana María Pérez" and pulled[0]["row"]["school_id"] == SCHOOL_A
    assert cursor >= reply["write_checkpoint"]
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)
    # Nothing new: an empty page at the same cursor.
    again = pc.pull(cursor)
    assert again["rows"] == [] and again["cursor"] == cursor and again["has_more"] is False


def test_the_same_batch_twice_is_applied_once(api):
    pc = api.client("secretary")
    sid, gid = str(uuid.uuid4()), str(uuid.uuid4())
    batch = [pc.m("students", sid, data={"id": sid, **student()}),
             pc.m("guardians", gid, data={"id": gid, **guardian()}),
             pc.m("students", sid, "patch", {"gender": "M"}, {"gender": "F"})]
    first = pc.push(*batch)
    second = pc.push(*batch)
    assert first["acked_through"] == second["acked_through"] == 3
    assert second["write_checkpoint"] == 0 and second["results"] == []
    assert api.rows("SELECT count(*) FROM sync.mutation_results")[0][0] == 3
    assert api.rows("SELECT gender FROM students WHERE id = %s", (sid,)) == [("M",)]
    # A later batch that repeats an old id with new ones: only the new ones count.
    replay = pc.push(batch[2], pc.m("students", sid, "patch", {"gender": "F"}, {"gender": "M"}))
    assert replay["acked_through"] == 4
    assert api.rows("SELECT gender FROM students WHERE id = %s", (sid,)) == [("F",)]


def test_an_old_protocol_is_told_to_update_and_nothing_is_applied(api):
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    reply = pc.push(pc.m("students", sid, data={"id": sid, **student()}), protocol=0)
    assert reply["error"] == "version_not_supported"
    assert api.rows("SELECT count(*) FROM students WHERE id = %s", (sid,)) == [(0,)]


def test_pages_follow_the_cursor_without_gaps_or_repeats(api):
    pc = api.client("secretary")
    ids = [str(uuid.uuid4()) for _ in range(25)]
    pc.push(*[pc.m("students", i, data={"id": i, **student(doc=f"10{n:08d}", name=f"Estudiante {n}")})
              for n, i in enumerate(ids)])
    rows, _ = pc.pull_all(limit=7)
    seqs = [r["seq"] for r in rows]
    assert len(seqs) == len(set(seqs)) and seqs == sorted(seqs)
    assert {r["row"]["id"] for r in rows if r["t"] == "students"} == set(ids)


def test_the_digest_matches_what_the_client_pulled(api):
    pc = api.client("secretary")
    sid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    pc.push(pc.m("students", sid, data={"id": sid, **student()}),
            pc.m("enrollments", eid, data={"id": eid, **enrollment(sid)}))
    pc.push(pc.m("students", sid, "patch", {"gender": "M"}, {"gender": "F"}))
    rows, cursor = pc.pull_all()
    server = pc.digest(cursor)
    assert {t: d for t, d in server.items() if d["count"]} == _digest_of(rows)
    # A row the client missed shows as a mismatch of that table only.
    missing = _digest_of([r for r in rows if r["t"] != "students"])
    assert server["students"] != missing.get("students", {"count": 0, "xor": "0" * 16})
    assert server["enrollments"] == missing["enrollments"]


def test_a_poisoned_mutation_blocks_only_itself_in_isolation_mode(api):
    pc = api.client("secretary")
    good, bad, later = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    batch = [pc.m("students", good, data={"id": good, **student()}),
             pc.m("enrollments", bad, data={"id": bad, **enrollment("not-a-uuid")}),
             pc.m("students", later, data={"id": later, **student(doc="1009999999", name="Luis")})]
    with pytest.raises(psycopg.errors.InvalidTextRepresentation):
        pc.push(*batch)
    assert api.rows("SELECT count(*) FROM students") == [(0,)]  # the whole call rolled back
    reply = pc.push(*batch, isolate=True)
    assert reply["acked_through"] == 3
    assert statuses(reply["results"]) == {2: "rejected"}
    assert "22P02" in reply["results"][0]["reason"]
    assert api.rows("SELECT count(*) FROM students") == [(2,)]
    items = api.rows("SELECT kind, payload->'mutation'->>'row_id' FROM review_items WHERE kind = 'rejected_mutation'")
    assert items == [("rejected_mutation", bad)]


def test_a_refusal_is_a_result_with_a_spanish_reason_and_a_review_item(api):
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    reply = pc.push(pc.m("students", sid, data={"id": sid, **student(doc="12 34")}),
                    pc.m("school_years", str(uuid.uuid4()),
                         data={"name": "2028", "starts_on": "2028-01-20", "ends_on": "2028-11-30"}))
    assert statuses(reply["results"]) == {1: "rejected", 2: "rejected"}
    assert "Número de documento" in reply["results"][0]["reason"]
    assert "permiso" in reply["results"][1]["reason"]  # a secretary does not edit school years
    payloads = api.rows("SELECT payload FROM review_items ORDER BY server_seq")
    assert [p[0]["mutation"]["data"].get("document_number") for p in payloads] == ["12 34", None]
    # The pull tells the PC again (a lost reply loses nothing).
    pulled = pc.pull(0)
    assert statuses(pulled["results"]) == {1: "rejected", 2: "rejected"}
    assert pulled["last_mutation_id"] == 2
    assert {r["t"] for r in pulled["rows"]} >= {"review_items"}


def test_year_data_of_the_rector_reaches_the_secretary(api):
    rector, secretary = api.client("rector"), api.client("secretary")
    year = str(uuid.uuid4())
    reply = rector.push(rector.m("school_years", year, data={"id": year, "school_id": SCHOOL_A, "name": "2028",
                                                             "starts_on": "2028-01-20", "ends_on": "2028-11-30"}))
    assert reply["results"] == []
    rows, _ = secretary.pull_all()
    assert {r["row"]["id"] for r in rows if r["t"] == "school_years"} == {YEAR_A, year}


def test_a_server_that_knows_less_than_the_pc_answers_gap(api):
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    pc.push(pc.m("students", sid, data={"id": sid, **student()}))
    # As if restored from a backup taken before that push: the server forgot the client.
    with api.owner() as conn:
        conn.execute("DELETE FROM sync.clients")
    later = pc.m("students", sid, "patch", {"gender": "M"}, {"gender": "F"})
    reply = pc.push({**later, "after": 1})
    assert reply == {"error": "gap", "expected": 1}
    assert api.rows("SELECT gender FROM students") == [("F",)]
    # The PC re-sends from its archive, from `expected` on (with `after` = expected - 1): both are taken (the
    # insert again changes nothing on the existing row).
    first = {"mutation_id": 1, "tx_id": 1, "table": "students", "row_id": sid, "op": "insert",
             "data": {"id": sid, **student()}, "base": None, "base_seq": None, "local_time": later["local_time"],
             "user_id": later["user_id"]}
    assert pc.push({**first, "after": 0}, {**later, "after": 0})["acked_through"] == 2
    assert api.rows("SELECT gender FROM students") == [("M",)]


def test_a_cursor_behind_the_horizon_or_ahead_of_the_server_must_rebootstrap(api):
    pc = api.client("secretary")
    _, cursor = pc.pull_all()
    assert pc.pull(cursor)["must_rebootstrap"] is False
    assert pc.pull(cursor + 10**6)["must_rebootstrap"] is True  # the server was restored from a backup
    with api.owner() as conn:
        conn.execute("INSERT INTO sync.horizon (school_id, min_cursor) VALUES (%s, %s)", (SCHOOL_A, cursor))
    assert pc.pull(cursor - 1)["must_rebootstrap"] is True
    assert pc.pull(0)["must_rebootstrap"] is False  # a fresh bootstrap is always fine


def test_a_push_rings_the_schools_doorbell(api):
    with psycopg.connect(api.owner_url, autocommit=True) as listener:
        channel = "sync_" + SCHOOL_A.replace("-", "")
        listener.execute(f"LISTEN {channel}")
        pc = api.client("secretary")
        sid = str(uuid.uuid4())
        reply = pc.push(pc.m("students", sid, data={"id": sid, **student()}))
        notes = list(listener.notifies(timeout=5, stop_after=1))
    assert [(n.channel, int(n.payload)) for n in notes] == [(channel, reply["write_checkpoint"])]


def test_old_tombstones_are_collected_and_behind_the_horizon_a_pc_rebootstraps(api):
    pc = api.client("secretary")
    sid, gid = str(uuid.uuid4()), str(uuid.uuid4())
    link = str(uuid.uuid4())
    pc.push(pc.m("students", sid, data={"id": sid, **student()}), pc.m("guardians", gid, data={"id": gid, **guardian()}),
            pc.m("student_guardians", link, data={"id": link, "school_id": SCHOOL_A, "student_id": sid,
                                                   "guardian_id": gid, "relationship": "madre"}))
    pc.push(pc.m("student_guardians", link, "delete"))
    _, cursor = pc.pull_all()
    with api.owner() as conn:
        assert conn.execute("SELECT sync.collect_tombstones()").fetchone() == (0,)  # not old enough yet
        conn.execute("SET sync.gc = 'on'")  # (as the job does) to backdate the tombstone for the test
        conn.execute("UPDATE student_guardians SET deleted_at = now() - interval '401 days'")
        (seq,) = conn.execute("SELECT server_seq FROM student_guardians").fetchone()
        assert conn.execute("SELECT sync.collect_tombstones()").fetchone() == (1,)
    assert api.rows("SELECT count(*) FROM student_guardians") == [(0,)]
    assert api.rows("SELECT min_cursor FROM sync.horizon") == [(seq,)]
    assert pc.pull(seq - 1)["must_rebootstrap"] is True
    assert pc.pull(max(cursor, seq))["must_rebootstrap"] is False
    with psycopg.connect(api.owner_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SET ROLE secretaria_desktop")
        conn.execute("SELECT sync.collect_tombstones()")
