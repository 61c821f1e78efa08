"""*Subir los datos de este equipo al colegio*: a local-mode store adopted once into the connected school
(issue 9, decision 8).

The preview says what the local-mode file holds (rows per table, those the school already has by document,
scanned files) and which permissions the upload needs that the signed-in user lacks. Adopting writes every
row into the connected store in ONE local transaction as outbox inserts (school id → the signed-in school,
local user ids → the signed-in user, ids kept), which the sync engine pushes in ordered chunks; duplicates go
through the server's merge / held path and show up in Revisión. A file is adopted once: the second attempt is
refused, saying when and where it went.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.checklist import item_state_action
from desktop_app.domain.enrollment_status import TRANSITIONS
from desktop_app.domain.errors import Conflict, NotAllowed, NotFound
from desktop_app.domain.permissions import Action, action_label, can
from desktop_app.services._base import COLOMBIA
from desktop_app.services.adoption_ports import (
    AdoptionMark,
    AdoptionResult,
    AdoptionStorage,
    AdoptionSurvey,
    Progress,
)
from desktop_app.services.context import TenantContext

TABLE_ACTIONS: Mapping[str, Action] = {
    "school_years": Action.school_year_edit,
    "academic_periods": Action.school_year_edit,
    "guardians": Action.guardian_edit,
    "students": Action.student_create,
    "student_guardians": Action.guardian_edit,
    "enrollments": Action.enrollment_create,
    "enrollment_documents": Action.document_receive,
}
"""The permission the server checks to create a row of each table (alembic 0005, `TABLE_RULES`)."""

_TRANSITION_ACTIONS = {(str(t.source), str(t.target)): t.action for t in TRANSITIONS}


@dataclass(frozen=True)
class AdoptionPreview:
    survey: AdoptionSurvey
    missing: tuple[str, ...]  # labels of the permissions the signed-in user lacks (empty: may upload)

    @property
    def allowed(self) -> bool:
        return not self.missing


def needed_actions(survey: AdoptionSurvey) -> list[Action]:
    """Every permission the server will check for these rows, in a stable order."""
    needed = [TABLE_ACTIONS[table] for table, count in survey.counts.items() if count and table in TABLE_ACTIONS]
    if survey.inactive_students:
        needed.append(Action.student_deactivate)
    needed += [item_state_action(state) for state in sorted(survey.document_states)]
    needed += [_TRANSITION_ACTIONS.get(move, Action.enrollment_status_change) for move in sorted(survey.transitions)]
    return list(dict.fromkeys(needed))


class AdoptionService:
    def __init__(self, storage: AdoptionStorage, context: TenantContext, *, school_name: str) -> None:
        self._storage = storage
        self._context = context
        self._school_name = school_name

    def mark(self) -> AdoptionMark | None:
        """When and where this PC's local-mode data went (None: not uploaded yet)."""
        return self._storage.mark()

    def preview(self) -> AdoptionPreview:
        self._refuse_if_done()
        survey = self._storage.survey(self._context.school_id)
        if survey is None or not survey.total:
            raise NotFound("adoption_nothing")
        if not survey.school_pulled:  # the school's years and people are not here yet to be recognised
            raise Conflict("adoption_wait_sync")
        missing = tuple(action_label(a) for a in needed_actions(survey) if not can(self._context.roles, a))
        return AdoptionPreview(survey, missing)

    def adopt(self, progress: Progress | None = None) -> AdoptionResult:
        """Upload everything, or nothing when a permission is missing (each one named) or it was done."""
        preview = self.preview()
        if not preview.allowed:
            raise NotAllowed("adoption_not_allowed", params={"actions": ", ".join(preview.missing)})
        return self._storage.adopt(school_id=self._context.school_id, school_name=self._school_name,
                                   user_id=self._context.user_id, user_name=self._context.user_name,
                                   progress=progress)

    def _refuse_if_done(self) -> None:
        mark = self._storage.mark()
        if mark is not None:
            raise Conflict("adoption_already_done", params={
                "at": mark.at.astimezone(COLOMBIA).strftime("%d/%m/%Y %H:%M"), "school": mark.school_name, "user": mark.user_name})


__all__ = ["AdoptionMark", "AdoptionPreview", "AdoptionResult", "AdoptionService", "AdoptionSurvey", "needed_actions"]
