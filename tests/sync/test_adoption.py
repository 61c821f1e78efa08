"""Adopting a local-mode store into a connected school (issue 9, decision 8), against the real server:
every row accounted for on the server, user ids re-pointed, the local file untouched, once only."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop_app.domain.errors import Conflict, NotAllowed
from desktop_app.services.adoption import AdoptionService
from desktop_app.services.students import StudentDraft
from desktop_app.storage.local.adoption import LocalAdoption, mark_path
from tests.sync.adoption_support import ADOPTED, local_counts, make_local_store, sha256_of
from tests.sync.server.support import SCHOOL_A, YEAR_A, uid


def server_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM public.{t} WHERE school_id = %s", (SCHOOL_A,)).fetchone()[0]
                for t in (*ADOPTED, "enrollment_status_events")}


def accounted(url: str) -> dict[str, int]:
    """Per table: rows merged into another (aliases), held behind a suspected duplicate, or refused."""
    with psycopg.connect(url) as conn:
        found: dict[str, int] = {}
        for table, n in conn.execute("SELECT table_name, count(*) FROM public.id_aliases WHERE school_id = %s "
                                     "GROUP BY 1", (SCHOOL_A,)):
            found[table] = found.get(table, 0) + n
        for table, n in conn.execute("SELECT mutation->>'table', count(*) FROM sync.held_mutations "
                                     "WHERE school_id = %s AND NOT released GROUP BY 1", (SCHOOL_A,)):
            found[table] = found.get(table, 0) + n
        # Refused ones are kept whole in a review item (none expected: a held matrícula's moves are held too).
        for table, n in conn.execute("SELECT payload->'mutation'->>'table', count(*) FROM public.review_items "
                                     "WHERE school_id = %s AND kind = 'rejected_mutation' GROUP BY 1", (SCHOOL_A,)):
            found[table] = found.get(table, 0) + n
        return found


def sync_until_done(pc: Any, rounds: int = 10) -> None:
    for _ in range(rounds):
        if pc.sync().pending == 0:
            return
    raise AssertionError("the outbox never emptied")


def local_rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def local_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "modo-local" / "secretaria.sqlite3"  # another folder: the scans must be copied
    return path, make_local_store(path)


def test_adopted_store_keeps_every_row(make_pc, sync_db, local_file) -> None:
    source, local = local_file
    # The school already has two of this PC's students: one the same person, one another by name.
    same, other = local_rows(source, "SELECT document_type, document_number, full_name, birth_date FROM students "
                                     "ORDER BY id LIMIT 2")
    office = make_pc("oficina", "secretary")
    office.students.create(StudentDraft(same[0], same[1], same[2], date.fromisoformat(same[3][:10])))
    office.students.create(StudentDraft(other[0], other[1], "Otra Persona Distinta", date.fromisoformat(other[3][:10])))
    sync_until_done(office)

    pc = make_pc("conectado", "rector")
    pc.sync()  # the school's year 2027 and the office's students arrive first
    before_server, before_file = server_counts(sync_db), sha256_of(source)
    uploaded = local_counts(source)
    service = AdoptionService(LocalAdoption(source, pc.store), pc.context, school_name="Colegio A")

    preview = service.preview()
    assert preview.allowed and preview.missing == ()
    assert preview.survey.mapped == {"school_years": 1}  # 2027 is the school's: not uploaded again
    assert preview.survey.existing == {"students": 2}
    assert preview.survey.files == 1 and preview.survey.user_names == ("Secretaría (demo)",)
    uploaded["school_years"] -= 1
    moves = sum(len(json.loads(h or "[]")) for (h,) in local_rows(source, "SELECT status_history FROM enrollments"))

    seen: list[tuple[int, int]] = []
    result = service.adopt(progress=lambda done, total: seen.append((done, total)))
    assert dict(result.counts) == uploaded and result.files_queued == 1
    assert seen[-1] == (sum(uploaded.values()), sum(uploaded.values()))
    # One local transaction: one tx id for every outbox entry (the engine sends it in chunks).
    assert pc.rows("SELECT count(DISTINCT tx_id) FROM sync_outbox") == [(1,)]
    assert pc.rows("SELECT count(*) FROM blob_uploads WHERE key LIKE ?", (f"schools/{SCHOOL_A}/docs/%",)) == [(1,)]

    uploaded["enrollment_status_events"] = moves  # one event per status move, written by the capture
    pc.engine.chunk = 100  # ordered chunks, each atomic on the server
    sizes: list[int] = []
    push = pc.engine.transport.push

    def counted_push(token: str, client_id: str, school_id: str, protocol: int, batch: list, isolate: bool):  # type: ignore[no-untyped-def]
        sizes.append(len(batch))
        return push(token, client_id, school_id, protocol, batch, isolate)

    pc.engine.transport.push = counted_push  # type: ignore[method-assign]
    push_chunks = pc.engine.transport.push_chunks  # several chunks in one round trip (pipelined push)

    def counted_chunks(token: str, client_id: str, school_id: str, protocol: int, chunks: list):  # type: ignore[no-untyped-def]
        sizes.extend(len(chunk) for chunk in chunks)
        return push_chunks(token, client_id, school_id, protocol, chunks)

    pc.engine.transport.push_chunks = counted_chunks  # type: ignore[method-assign]
    sync_until_done(pc)
    assert max(sizes) == 100 and sum(sizes) == sum(uploaded.values())  # one transaction, sent in chunks

    after, merged_or_held = server_counts(sync_db), accounted(sync_db)
    for table in (*ADOPTED, "enrollment_status_events"):
        assert after[table] + merged_or_held.get(table, 0) == before_server[table] + uploaded[table], table
    assert merged_or_held.get("students", 0) >= 2
    with psycopg.connect(sync_db) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM public.review_items WHERE school_id = %s "
                                            "AND status = 'open'", (SCHOOL_A,))]
        assert "duplicate_suspect" in kinds  # the other person with the same document waits in Revisión
        assert "rejected_mutation" not in kinds  # what depends on it waits with it (migration 0011)
        # Statuses are the server's, recomputed from the uploaded events: the same as on the local PC.
        statuses = dict(conn.execute("SELECT id::text, status FROM public.enrollments WHERE school_id = %s",
                                     (SCHOOL_A,)).fetchall())
        text = " ".join(str(v) for row in conn.execute(
            "SELECT s.extra_data::text, s.user_id::text FROM public.students s WHERE s.school_id = %s "
            "UNION ALL SELECT d.metadata::text, d.validated_by::text FROM public.enrollment_documents d "
            "WHERE d.school_id = %s UNION ALL SELECT e.status_history::text, e.school_year_id::text "
            "FROM public.enrollments e WHERE e.school_id = %s", (SCHOOL_A,) * 3) for v in row)
        years = {y for (y,) in conn.execute("SELECT school_year_id::text FROM public.enrollments "
                                            "WHERE school_id = %s", (SCHOOL_A,))}
        adopted_tag = conn.execute("SELECT extra_data->'adopted' FROM public.students WHERE school_id = %s "
                                   "AND extra_data ? 'adopted' LIMIT 1", (SCHOOL_A,)).fetchone()[0]
    for enrollment_id, status in local_rows(source, "SELECT id, status FROM enrollments"):
        if enrollment_id in statuses:
            assert statuses[enrollment_id] == status
    assert local["user_id"] not in text and local["school_id"] not in text  # every local id re-pointed
    assert YEAR_A in years
    assert adopted_tag["user_names"] == ["Secretaría (demo)"] and adopted_tag["from_store"] == str(source)

    # The local file is byte for byte as it was; only the mark beside it is new.
    assert sha256_of(source) == before_file
    assert mark_path(source).is_file()
    with pytest.raises(Conflict) as refused:
        service.preview()
    assert refused.value.code == "adoption_already_done" and "Colegio A" in refused.value.message
    mark_path(source).unlink()  # even without the marker, the adopted rows say it was done
    with pytest.raises(Conflict):
        AdoptionService(LocalAdoption(source, pc.store), pc.context, school_name="Colegio A").adopt()
    assert mark_path(source).is_file()


def test_missing_permissions_are_named_and_nothing_is_uploaded(make_pc, local_file) -> None:
    source, _ = local_file
    pc = make_pc("conectado", "secretary")
    pc.sync()
    service = AdoptionService(LocalAdoption(source, pc.store), pc.context, school_name="Colegio A")
    preview = service.preview()
    assert preview.missing == ("configurar años lectivos y periodos",)  # the year 2026 is not the school's
    with pytest.raises(NotAllowed) as refused:
        service.adopt()
    assert "configurar años lectivos y periodos" in refused.value.message
    assert pc.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    assert pc.rows("SELECT count(*) FROM students") == [(0,)]
    assert not mark_path(source).exists()


def test_adopted_rows_are_inserts_with_the_signed_in_user(make_pc, local_file) -> None:
    source, local = local_file
    pc = make_pc("conectado", "rector")
    service = AdoptionService(LocalAdoption(source, pc.store), pc.context, school_name="Colegio A")
    with pytest.raises(Conflict) as early:  # before the first pull the school's rows could not be recognised
        service.preview()
    assert early.value.code == "adoption_wait_sync" and "primera sincronización" in early.value.message
    pc.sync()
    service.adopt()
    ops = dict(pc.rows("SELECT op, count(*) FROM sync_outbox GROUP BY op"))
    assert set(ops) == {"insert"}
    assert pc.rows("SELECT DISTINCT school_id, user_id FROM sync_outbox") == [(SCHOOL_A, uid("user/rector"))]
    data = " ".join(d for (d,) in pc.rows("SELECT data FROM sync_outbox"))
    assert local["user_id"] not in data and local["school_id"] not in data
    events = [json.loads(d) for (d,) in pc.rows(
        "SELECT data FROM sync_outbox WHERE table_name = 'enrollment_status_events'")]
    history_moves = sum(len(json.loads(h or "[]")) for (h,) in local_rows(source, "SELECT status_history FROM enrollments"))
    assert len(events) == history_moves and all(e["user_id"] == uid("user/rector") for e in events)
