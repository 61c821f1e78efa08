"""Which membership role may do what. Unknown role strings are ignored (they grant nothing)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from desktop_app.domain.errors import NotAllowed


class Role(StrEnum):
    """Roles a user holds in one school (memberships.roles)."""

    rector = "rector"
    coordinator = "coordinator"
    secretary = "secretary"
    teacher = "teacher"
    admin = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.rector: "Rector(a)",
    Role.coordinator: "Coordinador(a)",
    Role.secretary: "Secretario(a)",
    Role.teacher: "Docente",
    Role.admin: "Administrador(a) del sistema",
}


class Action(StrEnum):
    """Things a user can do; each is granted to some roles in PERMISSIONS."""

    student_view = "student_view"
    student_create = "student_create"
    student_update = "student_update"
    student_deactivate = "student_deactivate"
    guardian_edit = "guardian_edit"
    enrollment_create = "enrollment_create"
    # Any status move at all (shows the "change status" button); each move also has its own action below.
    enrollment_status_change = "enrollment_status_change"
    enrollment_submit_review = "enrollment_submit_review"
    enrollment_return = "enrollment_return"
    enrollment_activate = "enrollment_activate"
    enrollment_withdraw = "enrollment_withdraw"
    enrollment_graduate = "enrollment_graduate"
    enrollment_reopen = "enrollment_reopen"
    document_receive = "document_receive"
    document_validate = "document_validate"
    document_reject = "document_reject"
    document_waive = "document_waive"
    # Open the scanned files themselves; teachers see only each item's state.
    document_view = "document_view"
    # Soft-delete a matrícula or a guardian link (undo of an import or a promotion): the row stays as a
    # tombstone (deleted_at) that sync carries; nothing is erased.
    enrollment_delete = "enrollment_delete"
    # The PIAR (Decreto 1421/2017) is sensitive data (Ley 1581 art. 5): only the staff who build it see it.
    piar_view = "piar_view"
    piar_edit = "piar_edit"
    school_year_edit = "school_year_edit"
    school_settings_edit = "school_settings_edit"
    print = "print"


_DESK_WORK = frozenset({
    Action.student_view, Action.student_create, Action.student_update, Action.student_deactivate,
    Action.guardian_edit, Action.enrollment_create, Action.enrollment_status_change,
    Action.enrollment_submit_review, Action.enrollment_return, Action.enrollment_activate,
    Action.enrollment_withdraw, Action.document_receive, Action.document_validate, Action.document_reject,
    Action.document_waive, Action.document_view, Action.print, Action.enrollment_delete, Action.piar_view,
    Action.piar_edit,
})
# Decisions that undo or close a school year's record belong to the school's management.
_MANAGEMENT = _DESK_WORK | {
    Action.enrollment_graduate, Action.enrollment_reopen, Action.school_year_edit,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.rector: frozenset(_MANAGEMENT | {Action.school_settings_edit}),
    Role.coordinator: frozenset(_MANAGEMENT),
    Role.secretary: _DESK_WORK,
    # Teachers look up their students and print lists; they change nothing.
    Role.teacher: frozenset({Action.student_view, Action.print}),
    # The school's IT person configures the app (settings, years, checklist rules) but makes no academic
    # decision about a student.
    Role.admin: frozenset({Action.student_view, Action.print, Action.school_year_edit,
                           Action.school_settings_edit}),
}


def known_roles(roles: Iterable[str]) -> frozenset[Role]:
    """The roles we know among the strings given; the rest are ignored."""
    return frozenset(Role(role) for role in roles if role in Role.__members__)


def can(roles: Iterable[str], action: Action | str) -> bool:
    return any(action in PERMISSIONS[role] for role in known_roles(roles))


def require(roles: Iterable[str], action: Action | str) -> None:
    """Raise NotAllowed unless one of the roles may do the action."""
    if not can(roles, action):
        raise NotAllowed("not_allowed", params={"action": action_label(action)})


def roles_for(action: Action | str) -> frozenset[Role]:
    """Every role that may do the action."""
    return frozenset(role for role, actions in PERMISSIONS.items() if action in actions)


ACTION_LABELS: dict[Action, str] = {
    Action.student_view: "consultar estudiantes",
    Action.student_create: "registrar estudiantes",
    Action.student_update: "modificar estudiantes",
    Action.student_deactivate: "desactivar estudiantes",
    Action.guardian_edit: "registrar o modificar acudientes",
    Action.enrollment_create: "crear matrículas",
    Action.enrollment_status_change: "cambiar el estado de una matrícula",
    Action.enrollment_submit_review: "enviar una matrícula a revisión",
    Action.enrollment_return: "devolver una matrícula a documentos pendientes",
    Action.enrollment_activate: "activar (legalizar) una matrícula",
    Action.enrollment_withdraw: "retirar a un estudiante",
    Action.enrollment_graduate: "registrar la graduación",
    Action.enrollment_reopen: "reabrir una matrícula retirada o graduada",
    Action.document_receive: "recibir documentos",
    Action.document_validate: "validar documentos",
    Action.document_reject: "rechazar documentos",
    Action.document_waive: "marcar un documento como «no aplica»",
    Action.document_view: "ver los documentos escaneados",
    Action.enrollment_delete: "anular matrículas o vínculos de acudientes",
    Action.piar_view: "consultar el PIAR",
    Action.piar_edit: "modificar el PIAR",
    Action.school_year_edit: "configurar años lectivos y periodos",
    Action.school_settings_edit: "cambiar la configuración del colegio",
    Action.print: "imprimir",
}


def action_label(action: Action | str) -> str:
    try:
        return ACTION_LABELS[Action(action)]
    except ValueError:
        return str(action)
