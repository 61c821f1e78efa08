"""The enrollment (matrícula) status machine: which moves exist, who may make them, which need a reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from desktop_app.domain.errors import Conflict, FieldError, NotAllowed, ValidationFailed
from desktop_app.domain.permissions import Action, action_label, can


class EnrollmentStatus(StrEnum):
    """Where a matrícula stands."""

    pending_documents = "pending_documents"
    in_review = "in_review"
    active = "active"
    graduated = "graduated"
    withdrawn = "withdrawn"


STATUS_LABELS: dict[EnrollmentStatus, str] = {
    EnrollmentStatus.pending_documents: "Documentos pendientes",
    EnrollmentStatus.in_review: "En revisión",
    EnrollmentStatus.active: "Matriculado(a)",
    EnrollmentStatus.graduated: "Graduado(a)",
    EnrollmentStatus.withdrawn: "Retirado(a)",
}

INITIAL_STATUS = EnrollmentStatus.pending_documents
MAX_REASON_LENGTH = 500


@dataclass(frozen=True)
class Transition:
    """One legal move; `action` is the permission it needs."""

    source: EnrollmentStatus
    target: EnrollmentStatus
    action: Action
    needs_reason: bool

    @property
    def label(self) -> str:
        return TRANSITION_LABELS[(self.source, self.target)]


_S = EnrollmentStatus
TRANSITIONS: tuple[Transition, ...] = (
    # The folder is complete: someone checks it.
    Transition(_S.pending_documents, _S.in_review, Action.enrollment_submit_review, False),
    # The review found a problem (a document rejected, data wrong): back to the family, saying why.
    Transition(_S.in_review, _S.pending_documents, Action.enrollment_return, True),
    # Review passed: the matrícula is legalised.
    Transition(_S.in_review, _S.active, Action.enrollment_activate, False),
    # End of the last grade.
    Transition(_S.active, _S.graduated, Action.enrollment_graduate, False),
    # Withdrawal (retiro): at any point before the end, always with the reason (traslado, deserción…).
    Transition(_S.pending_documents, _S.withdrawn, Action.enrollment_withdraw, True),
    Transition(_S.in_review, _S.withdrawn, Action.enrollment_withdraw, True),
    Transition(_S.active, _S.withdrawn, Action.enrollment_withdraw, True),
    # Reopening undoes a closed record: management only, with a reason. A withdrawn student comes back
    # through the document check (documents may have expired); a graduation recorded by mistake goes back
    # to active.
    Transition(_S.withdrawn, _S.pending_documents, Action.enrollment_reopen, True),
    Transition(_S.graduated, _S.active, Action.enrollment_reopen, True),
)

TRANSITION_LABELS: dict[tuple[EnrollmentStatus, EnrollmentStatus], str] = {
    (_S.pending_documents, _S.in_review): "Enviar a revisión",
    (_S.in_review, _S.pending_documents): "Devolver a documentos pendientes",
    (_S.in_review, _S.active): "Aprobar y matricular",
    (_S.active, _S.graduated): "Registrar graduación",
    (_S.pending_documents, _S.withdrawn): "Retirar",
    (_S.in_review, _S.withdrawn): "Retirar",
    (_S.active, _S.withdrawn): "Retirar",
    (_S.withdrawn, _S.pending_documents): "Reabrir matrícula",
    (_S.graduated, _S.active): "Reabrir (anular graduación)",
}

_BY_PAIR: dict[tuple[EnrollmentStatus, EnrollmentStatus], Transition] = {
    (t.source, t.target): t for t in TRANSITIONS
}


def parse_status(value: str, field: str = "status") -> EnrollmentStatus:
    try:
        return EnrollmentStatus(value)
    except ValueError:
        raise ValidationFailed("unknown_status", field=field, params={"status": str(value)}) from None


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[EnrollmentStatus(status)]
    except ValueError:
        return str(status)


def allowed_transitions(source: str, roles: Iterable[str]) -> list[Transition]:
    """The moves out of `source` that one of `roles` may make, in the table's order."""
    role_list = list(roles)
    status = parse_status(source)
    return [t for t in TRANSITIONS if t.source == status and can(role_list, t.action)]


def check_transition(
    source: str,
    target: str,
    roles: Iterable[str],
    reason: str | None = None,
    *,
    checklist_ready: bool | None = None,
) -> Transition:
    """The transition for source → target, if legal, allowed to `roles` and complete; else raise.

    Conflict: same status, or a move that does not exist (or sending to review with an incomplete
    checklist, when the caller passes `checklist_ready=False`). NotAllowed: no role may make it.
    ValidationFailed: unknown status, or a missing / too long reason.
    """
    role_list = list(roles)
    src = parse_status(source, "status")
    dst = parse_status(target, "target_status")
    if src == dst:
        raise Conflict("status_unchanged", field="status", params={"status": STATUS_LABELS[src]})
    transition = _BY_PAIR.get((src, dst))
    if transition is None:
        raise Conflict("illegal_status_transition", field="status",
                       params={"source": STATUS_LABELS[src], "target": STATUS_LABELS[dst]})
    if not can(role_list, transition.action):
        raise NotAllowed("not_allowed", params={"action": action_label(transition.action)})
    cleaned = (reason or "").strip()
    if transition.needs_reason and not cleaned:
        raise ValidationFailed("reason_required", field="reason", params={"action": transition.label})
    if len(cleaned) > MAX_REASON_LENGTH:
        raise ValidationFailed("reason_too_long", field="reason", params={"max": MAX_REASON_LENGTH})
    if transition.action == Action.enrollment_submit_review and checklist_ready is False:
        raise Conflict("checklist_incomplete", field="status")
    return transition


def history_entry(
    source: str,
    target: str,
    by_user_id: str | None,
    at: datetime | None = None,
    reason: str | None = None,
) -> dict[str, str | None]:
    """The dict appended to enrollments.status_history: from, to, at (ISO-8601 UTC), by, reason.

    `at` must be timezone-aware (a naive time would be read as UTC on one PC and local time on another);
    None means now.
    """
    moment = datetime.now(UTC) if at is None else at
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("history_entry needs a timezone-aware datetime")
    cleaned = (reason or "").strip()
    return {
        "from": str(EnrollmentStatus(source)),
        "to": str(EnrollmentStatus(target)),
        "at": moment.astimezone(UTC).isoformat(),
        "by": None if by_user_id is None else str(by_user_id),
        "reason": cleaned or None,
    }


def transition_errors(source: str, target: str, roles: Iterable[str], reason: str | None) -> list[FieldError]:
    """check_transition as a list of field errors (empty when the move is fine), for forms."""
    try:
        check_transition(source, target, roles, reason)
    except (Conflict, NotAllowed, ValidationFailed) as error:
        return error.errors or [FieldError(error.field or "status", error.code, error.params)]
    return []
