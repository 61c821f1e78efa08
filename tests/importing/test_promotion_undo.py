"""Deshacer promoción on the demo school (real SQLite): undo restores years N and N+1 exactly, is refused
while a row it would touch changed since, and a run after the undo revives the same matrícula ids."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.enrollment_status import EnrollmentStatus
from desktop_app.domain.ids import enrollment_id
from desktop_app.domain.promotion import Outcome
from desktop_app.services.demo import DemoSchool, load_demo_school
from desktop_app.services.dto import EnrollmentQuery, SchoolYearDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.promotion import (
    UNDO_REASON,
    Decision,
    PromotionPlan,
    PromotionRefused,
    PromotionResult,
    PromotionService,
)
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore

# written by the store or the server, not by the promotion: left out of "exactly"
IGNORED = {"updated_at", "server_seq", "deleted_at", "status_history"}


@pytest.fixture
def demo(tmp_path: Path) -> tuple[LocalStore, DemoSchool]:
    store = LocalStore.open(tmp_path / "demo.sqlite3")
    school = load_demo_school(store, students=80, seed=11)
    SchoolYearService(store, school.context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
    yield store, school
    store.close()


def visible_enrollments(store: LocalStore) -> dict[str, dict[str, Any]]:
    """Every visible matrícula row, as stored, keyed by id."""
    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute("SELECT * FROM enrollments WHERE deleted_at IS NULL").fetchall()
    finally:
        connection.close()
    return {row["id"]: dict(row) for row in rows}


def without_ignored(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {key: {k: v for k, v in row.items() if k not in IGNORED} for key, row in rows.items()}


def count_all_rows(store: LocalStore) -> int:
    connection = sqlite3.connect(store.path)
    try:
        return int(connection.execute("SELECT count(*) FROM enrollments").fetchone()[0])
    finally:
        connection.close()


def promote(service: PromotionService, school: DemoSchool) -> tuple[PromotionPlan, dict[str, Decision],
                                                                    PromotionResult]:
    """The default outcomes, but one repeater and one No continúa."""
    plan = service.plan(school.current_year_id, "2027")
    movable = [c for c in plan.candidates if c.outcome == Outcome.promoted]
    decisions = {movable[0].enrollment_id: Decision(Outcome.repeats),
                 movable[1].enrollment_id: Decision(Outcome.leaves, "Se muda a Cali")}
    return plan, decisions, service.commit(school.current_year_id, "2027", decisions)


def test_undo_restores_both_years_exactly_and_a_rerun_revives_the_same_ids(
        demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    service = PromotionService(store, school.context)
    before = visible_enrollments(store)
    plan, decisions, result = promote(service, school)
    assert result.counts[Outcome.graduated] > 0 and result.created_enrollment_ids
    staying = {c.enrollment_id for c in plan.candidates if c.outcome == Outcome.promoted} - {
        e for e, d in decisions.items() if d.outcome == Outcome.leaves}
    assert set(result.created_enrollment_ids) == {
        enrollment_id(c.student_id, plan.to_year_id) for c in plan.candidates if c.enrollment_id in staying}
    listed = service.batches()
    assert [b.batch for b in listed] == [result.batch]
    assert (listed[0].created, listed[0].graduated, listed[0].leaves, listed[0].to_year_name) == (
        len(result.created_enrollment_ids), result.counts[Outcome.graduated], 1, "2027")

    undone = service.undo(result.batch)

    assert undone.created == len(result.created_enrollment_ids)
    after = visible_enrollments(store)
    assert without_ignored(after) == without_ignored(before)
    for key, row in before.items():  # the history only grows: graduated, then reopened by the undo
        old, new = json.loads(row["status_history"] or "[]"), json.loads(after[key]["status_history"] or "[]")
        assert new[:len(old)] == old
        if new != old:
            assert [e["to"] for e in new[len(old):]] == [EnrollmentStatus.graduated, EnrollmentStatus.active]
            assert new[-1]["reason"] == UNDO_REASON.format(batch=result.batch)
    assert service.batches() == []
    # the tombstones are in no list: matrículas of N+1, its groups, a student's matrículas
    enrollments = EnrollmentService(store, school.context)
    assert enrollments.list_ids(EnrollmentQuery(school_year_id=plan.to_year_id)) == []
    assert enrollments.rows(list(result.created_enrollment_ids)) == []
    assert enrollments.groups(plan.to_year_id) == []
    assert plan.to_year_id not in {row.school_year_id for row in enrollments.for_student(plan.candidates[0].student_id)}
    with pytest.raises(PromotionRefused, match="ya fue deshecha"):
        service.undo(result.batch)

    rows_with_tombstones = count_all_rows(store)
    again = service.commit(school.current_year_id, "2027")
    assert set(again.created_enrollment_ids) >= set(result.created_enrollment_ids)  # the same ids, revived
    assert count_all_rows(store) == rows_with_tombstones + len(again.created_enrollment_ids) - len(
        set(again.created_enrollment_ids) & set(result.created_enrollment_ids))
    assert len(visible_enrollments(store)) == len(before) + len(again.created_enrollment_ids)


def test_undo_is_refused_while_a_row_changed_since_and_nothing_moves(demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    service = PromotionService(store, school.context)
    _plan, _decisions, result = promote(service, school)
    enrollments = EnrollmentService(store, school.context)
    touched = enrollments.get(result.created_enrollment_ids[0])
    enrollments.mark_document(touched.id, enrollments.checklist(touched.id)[0].requirement.code, "received")
    snapshot = visible_enrollments(store)

    with pytest.raises(PromotionRefused) as refused:
        service.undo(result.batch)

    assert str(refused.value).startswith("No se puede deshacer: estas matrículas cambiaron después de la promoción:")
    assert touched.student_name in str(refused.value)
    assert visible_enrollments(store) == snapshot
    assert [b.batch for b in service.batches()] == [result.batch]
