"""The demo school: deterministic, realistic and consistent with every rule the services enforce."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from desktop_app.domain.documents import validate_document
from desktop_app.domain.enrollment_status import check_transition
from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import EnrollmentQuery, StudentQuery
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore


def _load(path: Path, seed: int = 7):
    store = LocalStore.open(path)
    return store, load_demo_school(store, students=300, seed=seed)


def test_demo_school_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    first_store, first = _load(tmp_path / "a.sqlite3")
    second_store, second = _load(tmp_path / "b.sqlite3")
    try:
        names = [StudentService(s, d.context).rows(list(d.student_ids[:50])) for s, d in
                 ((first_store, first), (second_store, second))]
        assert [(r.full_name, r.document_number) for r in names[0]] == [
            (r.full_name, r.document_number) for r in names[1]]
    finally:
        first_store.close()
        second_store.close()


def test_demo_school_respects_the_rules(tmp_path: Path) -> None:
    store, demo = _load(tmp_path / "demo.sqlite3")
    try:
        students = StudentService(store, demo.context)
        rows = students.rows(students.list_ids(StudentQuery()))
        assert len(rows) == 300
        assert all(len(r.full_name.split()) >= 3 for r in rows)  # given name(s) and two surnames
        assert all(validate_document(r.document_type, r.document_number) == [] for r in rows)
        assert len({(r.document_type, r.document_number) for r in rows}) == 300
        assert {"TI", "RC", "NUIP"} <= {r.document_type for r in rows}
        assert any("á" in r.full_name or "é" in r.full_name or "ñ" in r.full_name.lower() for r in rows)

        guardians = GuardianService(store, demo.context)
        shared = [g for g in demo.guardian_ids if len(guardians.students_of(g)) > 1]
        assert shared, "some siblings share a guardian record"
        for row in rows[:60]:
            links = guardians.guardians_of(row.id)
            assert [link.priority for link in links] == list(range(1, len(links) + 1))
            assert sum(link.is_primary for link in links) == 1

        enrollments = EnrollmentService(store, demo.context)
        current = enrollments.rows(enrollments.list_ids(EnrollmentQuery(school_year_id=demo.current_year_id)))
        statuses = Counter(e.status for e in current)
        assert set(statuses) >= {"pending_documents", "in_review", "active"}
        assert len({e.grade_level for e in current}) >= 10
        assert len(enrollments.groups(demo.current_year_id)) >= 20
        for enrollment in current[:80]:
            status = "pending_documents"
            for entry in enrollment.status_history:
                assert entry["from"] == status
                check_transition(entry["from"], entry["to"], {"rector"}, entry.get("reason") or "motivo")
                status = entry["to"]
            assert status == enrollment.status
            if enrollment.status in ("in_review", "active"):
                assert enrollments.ready_for_review(enrollment.id)
        pending = [e for e in current if e.status == "pending_documents"]
        assert any(not enrollments.ready_for_review(e.id) for e in pending)
        assert any(item.state == "rejected" and item.reason for e in pending
                   for item in enrollments.checklist(e.id))
    finally:
        store.close()
    connection = sqlite3.connect(tmp_path / "demo.sqlite3")
    try:
        rows_without_entry = connection.execute(
            "SELECT count(*) FROM students WHERE id NOT IN (SELECT row_id FROM sync_outbox)").fetchone()[0]
    finally:
        connection.close()
    assert rows_without_entry == 0


def test_loading_the_demo_again_adds_nothing(tmp_path: Path) -> None:
    store, demo = _load(tmp_path / "demo.sqlite3")
    try:
        pending = store.pending_outbox_count()
        again = load_demo_school(store, students=300, seed=7)
        assert again.context == demo.context and again.current_year_id == demo.current_year_id
        assert set(again.student_ids) == set(demo.student_ids)
        assert store.pending_outbox_count() == pending
    finally:
        store.close()
