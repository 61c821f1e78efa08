"""The enrollment status machine: no illegal move is reachable, whatever the roles; every legal one is."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from desktop_app.domain.enrollment_status import (
    INITIAL_STATUS,
    EnrollmentStatus,
    allowed_transitions,
    check_transition,
    history_entry,
)
from desktop_app.domain.errors import Conflict, NotAllowed, ValidationFailed

STATUSES = ["pending_documents", "in_review", "active", "graduated", "withdrawn"]
ROLE_STRINGS = ["rector", "coordinator", "secretary", "teacher", "admin", "parent", "Rector", "", "superuser"]
MANAGEMENT = {"rector", "coordinator"}
DESK = MANAGEMENT | {"secretary"}

# The independent table: (from, to) -> (roles that may make the move, reason required).
LEGAL = {
    ("pending_documents", "in_review"): (DESK, False),
    ("in_review", "pending_documents"): (DESK, True),
    ("in_review", "active"): (DESK, False),
    ("active", "graduated"): (MANAGEMENT, False),
    ("pending_documents", "withdrawn"): (DESK, True),
    ("in_review", "withdrawn"): (DESK, True),
    ("active", "withdrawn"): (DESK, True),
    ("withdrawn", "pending_documents"): (MANAGEMENT, True),
    ("graduated", "active"): (MANAGEMENT, True),
}

role_sets = st.sets(st.sampled_from(ROLE_STRINGS), max_size=4)
reasons = st.sampled_from([None, "", "   ", "Traslado a otro municipio", "x" * 501])


def expected_outcome(source, target, roles, reason):
    """What the independent table says: None for success, else the error class and code."""
    if source == target:
        return Conflict, "status_unchanged"
    if (source, target) not in LEGAL:
        return Conflict, "illegal_status_transition"
    allowed, needs_reason = LEGAL[(source, target)]
    if not set(roles) & allowed:
        return NotAllowed, "not_allowed"
    cleaned = (reason or "").strip()
    if needs_reason and not cleaned:
        return ValidationFailed, "reason_required"
    if len(cleaned) > 500:
        return ValidationFailed, "reason_too_long"
    return None


class EnrollmentLife(RuleBasedStateMachine):
    """Random users with random roles push one enrollment around."""

    def __init__(self):
        super().__init__()
        self.status = str(INITIAL_STATUS)
        self.visited_moves = set()

    @rule(roles=role_sets, goal=st.sampled_from(STATUSES), reason=reasons)
    def try_a_move(self, roles, goal, reason):
        target = goal
        expected = expected_outcome(self.status, target, roles, reason)
        try:
            transition = check_transition(self.status, target, roles, reason)
        except (Conflict, NotAllowed, ValidationFailed) as error:
            assert expected is not None, f"{self.status}->{target} by {roles} refused: {error.code}"
            assert (type(error), error.code) == expected
            assert error.message
            return
        assert expected is None, f"illegal move {self.status}->{target} by {roles} accepted"
        assert (transition.source, transition.target) == (self.status, target)
        self.visited_moves.add((self.status, target))
        self.status = target

    @invariant()
    def offered_moves_are_exactly_the_legal_ones_for_the_roles(self):
        for roles in ([], ["teacher", "admin"], ["secretary"], ["coordinator"], ["rector", "bogus"]):
            offered = {(str(t.source), str(t.target)) for t in allowed_transitions(self.status, roles)}
            legal = {pair for pair, (allowed, _) in LEGAL.items()
                     if pair[0] == self.status and set(roles) & allowed}
            assert offered == legal


EnrollmentLife.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)
test_no_illegal_move_is_reachable = EnrollmentLife.TestCase


@given(st.sampled_from(STATUSES), st.sampled_from(STATUSES), role_sets, reasons)
def test_any_single_call_matches_the_table(source, target, roles, reason):
    expected = expected_outcome(source, target, roles, reason)
    if expected is None:
        transition = check_transition(source, target, roles, reason)
        assert transition.needs_reason == LEGAL[(source, target)][1]
    else:
        with pytest.raises(expected[0]) as raised:
            check_transition(source, target, roles, reason)
        assert raised.value.code == expected[1]


def test_every_legal_move_is_reachable_from_a_new_enrollment_by_some_role():
    # Walk the machine through check_transition itself, starting where every enrollment starts.
    reached = {str(INITIAL_STATUS)}
    made = set()
    frontier = [str(INITIAL_STATUS)]
    while frontier:
        source = frontier.pop()
        for target in STATUSES:
            for role in ROLE_STRINGS:
                try:
                    check_transition(source, target, [role], "motivo")
                except (Conflict, NotAllowed, ValidationFailed):
                    continue
                made.add((source, target))
                if target not in reached:
                    reached.add(target)
                    frontier.append(target)
    assert made == set(LEGAL)
    assert reached == set(STATUSES)


def test_teacher_and_admin_change_no_status():
    for source in STATUSES:
        assert allowed_transitions(source, ["teacher", "admin"]) == []


def test_unknown_roles_grant_nothing():
    with pytest.raises(NotAllowed):
        check_transition("pending_documents", "in_review", ["Secretary", "root", "parent"], None)


def test_unknown_status_is_a_validation_error():
    with pytest.raises(ValidationFailed) as raised:
        check_transition("approved", "active", ["rector"], None)
    assert raised.value.code == "unknown_status"
    assert "approved" in raised.value.message


def test_reason_message_names_the_move():
    with pytest.raises(ValidationFailed) as raised:
        check_transition("active", "withdrawn", ["secretary"], "  ")
    assert raised.value.field == "reason"
    assert "Retirar" in raised.value.message


def test_sending_to_review_can_require_a_complete_checklist():
    with pytest.raises(Conflict) as raised:
        check_transition("pending_documents", "in_review", ["secretary"], checklist_ready=False)
    assert raised.value.code == "checklist_incomplete"
    assert check_transition("pending_documents", "in_review", ["secretary"], checklist_ready=True)


def test_history_entry_is_utc_iso_with_who_and_why():
    bogota = timezone(timedelta(hours=-5))
    entry = history_entry("active", "withdrawn", "user-7", datetime(2026, 3, 2, 8, 30, tzinfo=bogota),
                          "  Traslado  ")
    assert entry == {"from": "active", "to": "withdrawn", "at": "2026-03-02T13:30:00+00:00",
                     "by": "user-7", "reason": "Traslado"}
    assert datetime.fromisoformat(entry["at"]).utcoffset() == timedelta(0)


def test_history_entry_without_reason_stores_none_and_now_by_default():
    before = datetime.now(UTC)
    entry = history_entry(EnrollmentStatus.pending_documents, EnrollmentStatus.in_review, "u1")
    assert entry["reason"] is None
    assert before <= datetime.fromisoformat(entry["at"]) <= datetime.now(UTC)


def test_history_entry_refuses_a_naive_time():
    with pytest.raises(ValueError):
        history_entry("active", "withdrawn", "u1", datetime(2026, 3, 2, 8, 30), "x")
