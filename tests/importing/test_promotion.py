"""PromotionService on the demo school (real SQLite): every Matriculado(a) of 2026 gets one outcome, 11°
graduates, repeaters keep the grade with repitente=true, returning checklists skip the registro civil, a
second run creates nothing, and a missing target year is named."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.promotion import Outcome, next_grade, proposed_group
from desktop_app.services.demo import DemoSchool, load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.promotion import Decision, PromotionRefused, PromotionService, mark_pasted
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore


@pytest.fixture
def demo(tmp_path: Path) -> tuple[LocalStore, DemoSchool]:
    store = LocalStore.open(tmp_path / "demo.sqlite3")
    school = load_demo_school(store, students=150, seed=7)
    SchoolYearService(store, school.context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
    yield store, school
    store.close()


def test_next_grade_and_group_proposal() -> None:
    assert [next_grade(g) for g in ("prejardin", "jardin", "transicion", "5", "10", "11", "clei_3", "clei_6")] == [
        "jardin", "transicion", "1", "6", "11", None, "clei_4", None]
    assert proposed_group("601", "6", "7") == "701"
    assert proposed_group("1002", "10", "11") == "1102"
    assert proposed_group("A", "6", "7") is None and proposed_group("6A", "6", "7") is None


def test_a_missing_target_year_is_named(demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    with pytest.raises(PromotionRefused) as refused:
        PromotionService(store, school.context).plan(school.current_year_id, "2028")
    assert str(refused.value) == "No existe el año 2028. Créelo en Archivo → Nuevo año lectivo."


def test_the_target_year_must_come_later_and_be_open(demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    service, years = PromotionService(store, school.context), SchoolYearService(store, school.context)
    current = years.get_year(school.current_year_id)
    with pytest.raises(PromotionRefused) as same:
        service.plan(school.current_year_id, current.name)
    assert str(same.value) == (f"El año {current.name} no empieza después de {current.name}: elija como año "
                               "siguiente uno posterior.")
    next_year = next(y for y in years.years() if y.name == "2027")
    years.update_year(next_year.id, SchoolYearDraft("2027", next_year.starts_on, next_year.ends_on, status="closed"))
    with pytest.raises(PromotionRefused) as closed:
        service.commit(school.current_year_id, "2027")
    assert str(closed.value) == "El año lectivo 2027 está cerrado: no admite cambios."


def test_the_demo_school_is_promoted_once_with_one_outcome_per_student(
        demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    service = PromotionService(store, school.context)
    plan = service.plan(school.current_year_id, "2027")
    assert plan.candidates and plan.left_out  # the demo has every status
    assert all("«Matriculado(a)»" not in why for _, why in plan.left_out)
    eleventh = [c for c in plan.candidates if c.grade_level == "11"]
    assert eleventh and all(c.outcome == Outcome.graduated for c in eleventh)
    repeater = next(c for c in plan.candidates if c.grade_level not in ("11", "clei_6"))
    leaver = next(c for c in plan.candidates if c is not repeater and c.grade_level not in ("11", "clei_6"))

    counts = plan.counts({repeater.enrollment_id: Decision(Outcome.repeats)})
    assert sum(counts.values()) == len(plan.candidates)
    assert counts[(repeater.grade_level, Outcome.repeats)] == 1
    assert counts[("11", Outcome.graduated)] == len(eleventh)
    with pytest.raises(PromotionRefused, match="Falta el motivo"):
        service.commit(school.current_year_id, "2027", {leaver.enrollment_id: Decision(Outcome.leaves)})
    result = service.commit(school.current_year_id, "2027", {
        repeater.enrollment_id: Decision(Outcome.repeats),
        leaver.enrollment_id: Decision(Outcome.leaves, "Traslado a otra ciudad"),
    })

    assert sum(result.counts.values()) == len(plan.candidates)
    assert result.counts[Outcome.repeats] == 1 and result.counts[Outcome.leaves] == 1
    assert result.counts[Outcome.graduated] >= len(eleventh)
    assert len(result.created_enrollment_ids) == result.counts[Outcome.promoted] + 1
    enrollments = EnrollmentService(store, school.context)
    for candidate in eleventh:
        assert enrollments.get(candidate.enrollment_id).status == "graduated"
    assert enrollments.get(leaver.enrollment_id).status == "active"
    new = {row.student_id: row for row in enrollments.rows(list(result.created_enrollment_ids))}
    assert leaver.student_id not in new
    assert new[repeater.student_id].grade_level == repeater.grade_level
    assert new[repeater.student_id].extra_data["simat"] == {"repitente": True}
    promoted = next(c for c in plan.candidates if c.student_id in new and c is not repeater)
    moved = new[promoted.student_id]
    assert moved.grade_level == next_grade(promoted.grade_level)
    assert moved.status == "pending_documents" and moved.shift == promoted.shift
    assert moved.extra_data["is_new_student"] is False
    assert moved.extra_data["rollover"] == {"batch": result.batch, "from_enrollment_id": promoted.enrollment_id}
    assert "registro_civil" not in {item.requirement.code for item in enrollments.checklist(moved.id)}

    again = service.commit(school.current_year_id, "2027")
    assert again.created_enrollment_ids == () and sum(again.counts.values()) == 0
    replan = service.plan(school.current_year_id, "2027")
    assert replan.candidates == [] and len(replan.already_enrolled) == len(result.created_enrollment_ids)
    assert (leaver.student_name, "Marcado(a) «No continúa»: Traslado a otra ciudad") in replan.left_out
    connection = sqlite3.connect(store.path)
    try:
        per_student = connection.execute(
            "SELECT max(n) FROM (SELECT count(*) n FROM enrollments GROUP BY student_id, school_year_id)").fetchone()
    finally:
        connection.close()
    assert per_student == (1,)


def test_a_pasted_list_of_documents_marks_those_candidates(demo: tuple[LocalStore, DemoSchool]) -> None:
    store, school = demo
    plan = PromotionService(store, school.context).plan(school.current_year_id, "2027")
    first, second = plan.candidates[0], plan.candidates[1]
    pasted = f"{first.document.split()[-1]}\n  {second.document.split()[-1]};1.111.111.111\n\n"
    decisions, unknown = mark_pasted(plan, pasted, Decision(Outcome.repeats))
    assert decisions == {first.enrollment_id: Decision(Outcome.repeats), second.enrollment_id: Decision(Outcome.repeats)}
    assert unknown == ["1111111111"]
