"""Roles to actions; unknown roles grant nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.enrollment_status import TRANSITIONS
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.permissions import PERMISSIONS, Action, Role, can, require, roles_for


def test_every_action_is_granted_to_someone_and_rector_can_do_everything():
    for action in Action:
        assert roles_for(action), action
    assert all(can(["rector"], action) for action in Action)


def test_teacher_only_looks_and_prints():
    allowed = {action for action in Action if can(["teacher"], action)}
    assert allowed == {Action.student_view, Action.print}


def test_admin_configures_but_decides_nothing_about_students():
    assert can(["admin"], Action.school_settings_edit)
    assert can(["admin"], Action.school_year_edit)
    for action in (Action.student_create, Action.enrollment_activate, Action.document_validate,
                   Action.enrollment_reopen):
        assert not can(["admin"], action)


def test_secretary_does_the_desk_work_but_not_management_decisions():
    for action in (Action.student_create, Action.guardian_edit, Action.enrollment_create,
                   Action.document_receive, Action.document_validate, Action.document_reject,
                   Action.enrollment_withdraw, Action.print):
        assert can(["secretary"], action)
    for action in (Action.enrollment_reopen, Action.enrollment_graduate, Action.school_settings_edit):
        assert not can(["secretary"], action)


@given(st.lists(st.text(max_size=12), max_size=5), st.sampled_from(list(Action)))
def test_unknown_role_strings_are_ignored(junk, action):
    known = [r for r in junk if r in Role.__members__]
    assert can(junk, action) == can(known, action)
    assert can([*junk, "secretary"], action) == (can(known, action) or can(["secretary"], action))


def test_require_raises_not_allowed_with_a_spanish_message():
    with pytest.raises(NotAllowed) as raised:
        require(["teacher"], Action.student_create)
    assert raised.value.code == "not_allowed"
    assert "registrar estudiantes" in raised.value.message
    require(["teacher", "secretary"], Action.student_create)


def test_whoever_may_reject_a_document_may_send_the_enrollment_back():
    assert roles_for(Action.document_reject) <= roles_for(Action.enrollment_return)


def test_status_change_permission_is_held_by_exactly_those_who_can_make_some_move():
    movers = {role for role in Role if any(t.action in PERMISSIONS[role] for t in TRANSITIONS)}
    assert movers == roles_for(Action.enrollment_status_change)
