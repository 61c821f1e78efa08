"""Promoción al año siguiente: from year N's Matriculado(a) matrículas, one outcome per student, written in
one transaction as year N+1's matrículas (Documentos pendientes, returning student) and N's graduations."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.domain.documents import normalize_document_number
from desktop_app.domain.enrollment_status import INITIAL_STATUS, EnrollmentStatus, history_entry, status_label
from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import Action
from desktop_app.domain.promotion import Outcome, default_outcome, next_grade, proposed_group
from desktop_app.services._base import Service
from desktop_app.services.ports import Record, StoreSession


class PromotionRefused(DomainError):
    """The promotion cannot be made; `message` is the Spanish reason."""

    default_code = "promotion_refused"

    def __init__(self, message: str) -> None:
        super().__init__("promotion_refused")
        self.text = message

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reason: str | None = None  # required for No continúa


@dataclass
class Candidate:
    enrollment_id: str
    student_id: str
    student_name: str
    document: str
    grade_level: str
    group_code: str | None
    shift: str | None
    outcome: Outcome


@dataclass
class PromotionPlan:
    from_year_id: str
    to_year_id: str
    candidates: list[Candidate] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (student, why)
    already_enrolled: list[str] = field(default_factory=list)

    def counts(self, decisions: Mapping[str, Decision] | None = None) -> dict[tuple[str, Outcome], int]:
        """(grade, outcome) → students, with `decisions` applied over the defaults (the preview's table)."""
        result: dict[tuple[str, Outcome], int] = {}
        for candidate in self.candidates:
            outcome = (decisions or {}).get(candidate.enrollment_id, Decision(candidate.outcome)).outcome
            key = (candidate.grade_level, outcome)
            result[key] = result.get(key, 0) + 1
        return result


@dataclass(frozen=True)
class PromotionResult:
    batch: str
    counts: dict[str, int]
    created_enrollment_ids: tuple[str, ...]


def mark_pasted(plan: PromotionPlan, pasted: str, decision: Decision) -> tuple[dict[str, Decision], list[str]]:
    """The Comisión de Evaluación's list of document numbers pasted from anywhere (one per line, or separated
    by commas, semicolons or spaces; dots ignored) → `decision` for each matching candidate, by enrollment id,
    and the numbers that match no candidate (shown so that none is lost silently)."""
    by_number = {candidate.document.split(" ")[-1]: candidate.enrollment_id for candidate in plan.candidates}
    decisions: dict[str, Decision] = {}
    unknown: list[str] = []
    for token in re.split(r"[\s,;]+", pasted):
        number = normalize_document_number("", token)
        if not number:
            continue
        if number in by_number:
            decisions[by_number[number]] = decision
        elif number not in unknown:
            unknown.append(number)
    return decisions, unknown


class PromotionService(Service):
    def plan(self, from_year_id: str, to_year_name: str) -> PromotionPlan:
        """Candidates (N's Matriculado(a), default outcome each), the rest listed apart with the reason."""
        self._require(Action.enrollment_create)
        with self._store.read() as session:
            return self._plan(session, from_year_id, to_year_name)

    def commit(self, from_year_id: str, to_year_name: str,
               decisions: Mapping[str, Decision] | None = None) -> PromotionResult:
        """Apply each candidate's outcome (`decisions` by enrollment id, else the default) in ONE transaction.
        Students already enrolled in N+1 are skipped, so running it again creates nothing."""
        self._require(Action.enrollment_create)
        self._require(Action.enrollment_graduate)
        decisions = decisions or {}
        batch = str(uuid.uuid4())
        counts = {outcome.value: 0 for outcome in Outcome}
        with self._store.write() as session:
            plan = self._plan(session, from_year_id, to_year_name)
            new_rows: list[Record] = []
            for candidate in plan.candidates:
                decision = decisions.get(candidate.enrollment_id, Decision(candidate.outcome))
                if decision.outcome == Outcome.leaves and not (decision.reason or "").strip():
                    raise PromotionRefused(f"Falta el motivo de «No continúa» de {candidate.student_name}.")
                counts[decision.outcome.value] += 1
                if decision.outcome == Outcome.graduated:
                    self._graduate(session, candidate.enrollment_id, batch)
                elif decision.outcome == Outcome.leaves:
                    self._mark_leaving(session, candidate.enrollment_id, batch, decision.reason or "")
                elif decision.outcome in (Outcome.promoted, Outcome.repeats):
                    new_rows.append(self._next_enrollment(candidate, decision.outcome, plan.to_year_id, batch))
            created = session.insert_many("enrollments", new_rows)
        return PromotionResult(batch, counts, tuple(created))

    def _plan(self, session: StoreSession, from_year_id: str, to_year_name: str) -> PromotionPlan:
        years = session.find("school_years", school_id=self._school_id, name=to_year_name)
        if not years:
            raise PromotionRefused(f"No existe el año {to_year_name}. Créelo en Archivo → Nuevo año lectivo.")
        if session.get("school_years", from_year_id, school_id=self._school_id) is None:
            raise PromotionRefused("El año de origen no existe.")
        plan = PromotionPlan(from_year_id, years[0]["id"])
        enrolled_next = {e["student_id"] for e in session.find(
            "enrollments", school_id=self._school_id, school_year_id=plan.to_year_id)}
        ids = session.enrollment_ids(school_id=self._school_id, school_year_id=from_year_id)
        for row in session.enrollment_rows(ids, school_id=self._school_id):
            name = str(row.get("student_name") or row["student_id"])
            if row["status"] != EnrollmentStatus.active:
                plan.left_out.append((name, f"Está en «{status_label(row['status'])}», no en Matriculado(a)."))
            elif ((row.get("extra_data") or {}).get("promotion") or {}).get("outcome") == Outcome.leaves:
                reason = row["extra_data"]["promotion"].get("reason") or ""
                plan.left_out.append((name, f"Marcado(a) «No continúa»: {reason}"))
            elif row["student_id"] in enrolled_next:
                plan.already_enrolled.append(name)
            else:
                plan.candidates.append(Candidate(
                    row["id"], row["student_id"], name,
                    f"{row.get('student_document_type') or ''} {row.get('student_document_number') or ''}".strip(),
                    row["grade_level"], row.get("group_code"), row.get("shift"),
                    default_outcome(row["grade_level"])))
        return plan

    def _graduate(self, session: StoreSession, enrollment_id: str, batch: str) -> None:
        current = session.get("enrollments", enrollment_id, school_id=self._school_id)
        assert current is not None
        entry = history_entry(current["status"], EnrollmentStatus.graduated, self._context.user_id, self._now(),
                              f"Promoción {batch}")
        session.patch("enrollments", enrollment_id, {
            "status": str(EnrollmentStatus.graduated),
            "status_history": [*(current.get("status_history") or []), entry],
        }, school_id=self._school_id)

    def _mark_leaving(self, session: StoreSession, enrollment_id: str, batch: str, reason: str) -> None:
        """N's matrícula stays Matriculado(a); the decision is kept on it so that a second run skips it."""
        current = session.get("enrollments", enrollment_id, school_id=self._school_id)
        assert current is not None
        extra = {**(current.get("extra_data") or {}),
                 "promotion": {"batch": batch, "outcome": str(Outcome.leaves), "reason": reason.strip()}}
        session.patch("enrollments", enrollment_id, {"extra_data": extra}, school_id=self._school_id)

    def _next_enrollment(self, candidate: Candidate, outcome: Outcome, to_year_id: str, batch: str) -> Record:
        promoted = outcome == Outcome.promoted
        grade = next_grade(candidate.grade_level) if promoted else candidate.grade_level
        if grade is None:
            raise PromotionRefused(f"{candidate.student_name} está en el último grado: márquelo Graduado(a), "
                                   "Repitente o No continúa.")
        group = (proposed_group(candidate.group_code, candidate.grade_level, grade) if promoted
                 else candidate.group_code)
        extra: Record = {"is_new_student": False,
                         "rollover": {"batch": batch, "from_enrollment_id": candidate.enrollment_id}}
        if not promoted:
            extra["simat"] = {"repitente": True}
        return {"id": str(uuid.uuid4()), "school_id": self._school_id, "student_id": candidate.student_id,
                "school_year_id": to_year_id, "grade_level": grade, "group_code": group, "shift": candidate.shift,
                "status": str(INITIAL_STATUS), "status_history": [], "extra_data": extra}
