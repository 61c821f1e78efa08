"""Which permissions an adoption needs: one per kind of row, plus what the rows' states and status moves need
(the same checks the server makes per mutation)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.permissions import Action, can
from desktop_app.services.adoption import needed_actions
from desktop_app.services.adoption_ports import ADOPTED_TABLES, AdoptionSurvey


def survey(**counts: int) -> AdoptionSurvey:
    return AdoptionSurvey(Path("x.sqlite3"), "Mi colegio", (), {t: counts.get(t, 0) for t in ADOPTED_TABLES})


def test_each_kind_of_row_needs_its_create_permission() -> None:
    assert needed_actions(survey(students=3)) == [Action.student_create]
    assert needed_actions(survey(guardians=1, student_guardians=1)) == [Action.guardian_edit]
    assert set(needed_actions(survey(school_years=1, academic_periods=4, enrollments=2, enrollment_documents=5))) == {
        Action.school_year_edit, Action.enrollment_create, Action.document_receive}


def test_states_and_status_moves_add_their_own_permissions() -> None:
    base = survey(students=1, enrollments=1, enrollment_documents=1)
    found = needed_actions(AdoptionSurvey(
        base.source, base.school_name, (), base.counts, document_states=frozenset({"validated", "waived"}),
        transitions=frozenset({("pending_documents", "in_review"), ("in_review", "active"), ("active", "graduated")}),
        inactive_students=1))
    assert {Action.student_deactivate, Action.document_validate, Action.document_waive,
            Action.enrollment_submit_review, Action.enrollment_activate, Action.enrollment_graduate} <= set(found)
    # A secretary may do all of it but the graduation (management's decision).
    assert [a for a in found if not can({"secretary"}, a)] == [Action.enrollment_graduate]
    assert all(can({"rector"}, a) for a in found)


def test_nothing_to_upload_needs_nothing() -> None:
    assert needed_actions(survey()) == []
