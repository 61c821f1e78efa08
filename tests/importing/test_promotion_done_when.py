"""Issue 13's "Done when" for the promotion, on the demo school in one run: every Matriculado(a) of N gets
exactly one outcome and the counts add up; 11° ends Graduado(a); repeaters keep the grade with repitente=true;
no promoted student's checklist asks for registro_civil; a second run creates 0; undo restores N and N+1."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

from desktop_app.domain.promotion import Outcome, next_grade
from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.promotion import Decision, PromotionService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore
from tests.importing.test_promotion_undo import visible_enrollments, without_ignored


def statuses_of_year(store: LocalStore, year_id: str) -> Counter[str]:
    connection = sqlite3.connect(store.path)
    try:
        return Counter(status for (status,) in connection.execute(
            "SELECT status FROM enrollments WHERE school_year_id = ? AND deleted_at IS NULL", (year_id,)))
    finally:
        connection.close()


def test_the_demo_school_promotion_meets_the_issue(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "demo.sqlite3")
    try:
        school = load_demo_school(store, students=200, seed=2026)
        SchoolYearService(store, school.context).create_year(
            SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
        service, enrollments = PromotionService(store, school.context), EnrollmentService(store, school.context)
        before = visible_enrollments(store)
        active_in_n = statuses_of_year(store, school.current_year_id)["active"]

        plan = service.plan(school.current_year_id, "2027")
        ids = [c.enrollment_id for c in plan.candidates]
        assert len(ids) == len(set(ids)) == active_in_n > 0  # every Matriculado(a) once, nobody else
        assert len(plan.left_out) == sum(statuses_of_year(store, school.current_year_id).values()) - active_in_n
        repeaters = [c for c in plan.candidates if c.outcome == Outcome.promoted][::9]
        result = service.commit(school.current_year_id, "2027",
                                {c.enrollment_id: Decision(Outcome.repeats) for c in repeaters})

        by_outcome = Counter({Outcome(k): v for k, v in result.counts.items()})
        assert sum(by_outcome.values()) == active_in_n
        assert by_outcome[Outcome.repeats] == len(repeaters)
        assert 0 < by_outcome[Outcome.graduated] == sum(c.grade_level in ("11", "clei_6") for c in plan.candidates)
        assert len(result.created_enrollment_ids) == by_outcome[Outcome.promoted] + by_outcome[Outcome.repeats]
        assert statuses_of_year(store, plan.to_year_id) == Counter({"pending_documents": len(result.created_enrollment_ids)})
        for candidate in plan.candidates:
            if candidate.grade_level == "11":
                assert enrollments.get(candidate.enrollment_id).status == "graduated"
        new = {row.student_id: row for row in enrollments.rows(list(result.created_enrollment_ids))}
        repeating = {c.student_id for c in repeaters}
        for candidate in plan.candidates:
            row = new.get(candidate.student_id)
            if row is None:
                continue
            if candidate.student_id in repeating:
                assert row.grade_level == candidate.grade_level and row.extra_data["simat"] == {"repitente": True}
            else:
                assert row.grade_level == next_grade(candidate.grade_level) and "simat" not in row.extra_data
            assert "registro_civil" not in {item.requirement.code for item in enrollments.checklist(row.id)}

        again = service.commit(school.current_year_id, "2027")
        assert again.created_enrollment_ids == () and sum(again.counts.values()) == 0

        service.undo(result.batch)
        assert without_ignored(visible_enrollments(store)) == without_ignored(before)
    finally:
        store.close()
