"""Promoción al año siguiente: from year N's Matriculado(a) matrículas, one outcome per student, written in
one transaction as year N+1's matrículas (Documentos pendientes, returning student) and N's graduations.

A batch is not kept in a table of its own: its rows carry it (`extra_data.rollover.batch` on N+1's matrículas,
`extra_data.promotion.batch` on N's graduated and No continúa ones), so the list of batches and *Deshacer
promoción* work on any PC after sync. N+1 ids are deterministic (student, year): a run after an undo revives
the tombstones instead of making twins."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.domain.documents import normalize_document_number
from desktop_app.domain.enrollment_status import INITIAL_STATUS, EnrollmentStatus, history_entry, status_label
from desktop_app.domain.errors import DomainError
from desktop_app.domain.ids import enrollment_id as derived_enrollment_id
from desktop_app.domain.permissions import Action
from desktop_app.domain.promotion import Outcome, default_outcome, next_grade, proposed_group
from desktop_app.services._base import Service
from desktop_app.services.ports import ProgressSink, Record, StoreSession

UNDO_REASON = "Deshacer promoción {batch}"


class PromotionRefused(DomainError):
    """The promotion (or its undo) cannot be made; the code names the reason in the message catalogue."""

    default_code = "promotion_refused"

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params=params)


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


@dataclass(frozen=True)
class PromotionBatch:
    """One run of the promotion as its rows tell it (the list *Promociones* and what *Deshacer* acts on)."""

    batch: str
    at: datetime | None
    to_year_name: str
    created: int
    graduated: int
    leaves: int


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
               decisions: Mapping[str, Decision] | None = None, *,
               progress: ProgressSink | None = None) -> PromotionResult:
        """Apply each candidate's outcome (`decisions` by enrollment id, else the default) in ONE transaction.
        Students already enrolled in N+1 are skipped, so running it again creates nothing."""
        self._require(Action.enrollment_create)
        self._require(Action.enrollment_graduate)
        decisions = decisions or {}
        batch = str(uuid.uuid4())
        stamp: Record = {"batch": batch, "at": self._now().isoformat(), "by": self._context.user_id}
        counts = {outcome.value: 0 for outcome in Outcome}
        with self._store.write() as session:
            plan, records = self._plan_with_rows(session, from_year_id, to_year_name)
            new_rows: list[Record] = []
            total = len(plan.candidates)
            for done, candidate in enumerate(plan.candidates, start=1):
                if progress is not None and done % 50 == 0:
                    progress.report(done, total, "Guardando la promoción…")
                decision = decisions.get(candidate.enrollment_id, Decision(candidate.outcome))
                if decision.outcome == Outcome.leaves and not (decision.reason or "").strip():
                    raise PromotionRefused("promotion_reason_missing", name=candidate.student_name)
                counts[decision.outcome.value] += 1
                if decision.outcome == Outcome.graduated:
                    self._graduate(session, records[candidate.enrollment_id], stamp)
                elif decision.outcome == Outcome.leaves:
                    self._mark_leaving(session, records[candidate.enrollment_id], stamp, decision.reason or "")
                elif decision.outcome in (Outcome.promoted, Outcome.repeats):
                    new_rows.append(self._next_enrollment(candidate, decision.outcome, plan.to_year_id, batch))
            # tombstones of an undone run are revived one by one (same ids); the rest go in one executemany
            revived = session.deleted_ids("enrollments", [r["id"] for r in new_rows], school_id=self._school_id)
            session.insert_many("enrollments", [r for r in new_rows if r["id"] not in revived])
            for row in new_rows:
                if row["id"] in revived:
                    session.insert("enrollments", row)
            created = [r["id"] for r in new_rows]
            if progress is not None:
                progress.report(total, total, "Promoción guardada.")
        return PromotionResult(batch, counts, tuple(created))

    def batches(self) -> list[PromotionBatch]:
        """The school's promotion batches that still have rows to undo, newest first."""
        self._require(Action.student_view)
        with self._store.read() as session:
            rows = self._batch_rows(session)
            years = {y["id"]: y["name"] for y in session.find("school_years", school_id=self._school_id)}
        result = []
        for batch, (created, graduated, leaving) in rows.items():
            stamps = [_promotion(r).get("at") for r in (*graduated, *leaving)]
            moments = [datetime.fromisoformat(s) for s in stamps if isinstance(s, str)]
            moments += [r["updated_at"] for r in created if isinstance(r.get("updated_at"), datetime)]
            to_year = years.get(created[0]["school_year_id"], "") if created else ""
            result.append(PromotionBatch(batch, min(moments) if moments else None, to_year, len(created),
                                         len(graduated), len(leaving)))
        return sorted(result, key=lambda b: b.at.isoformat() if b.at else "", reverse=True)

    def undo(self, batch: str) -> PromotionBatch:
        """Soft-delete the batch's N+1 matrículas and reopen its graduations (reason «Deshacer promoción
        <lote>») in ONE transaction; refused, listing them, when any of its rows changed since."""
        self._require(Action.enrollment_delete)
        self._require(Action.enrollment_reopen)
        with self._store.write() as session:
            created, graduated, leaving = self._batch_rows(session).get(batch, ([], [], []))
            if not (created or graduated or leaving):
                raise PromotionRefused("promotion_batch_unknown")
            changed = self._changed_since(session, batch, created, graduated, leaving)
            if changed:
                raise PromotionRefused("promotion_undo_changed", names="; ".join(sorted(changed)))
            for row in created:
                session.delete("enrollments", row["id"], school_id=self._school_id)
            for row in graduated:
                entry = history_entry(row["status"], EnrollmentStatus.active, self._context.user_id, self._now(),
                                      UNDO_REASON.format(batch=batch))
                session.patch("enrollments", row["id"], {
                    "status": str(EnrollmentStatus.active),
                    "status_history": [*(row.get("status_history") or []), entry],
                    "extra_data": _without_promotion(row),
                }, school_id=self._school_id)
            for row in leaving:
                session.patch("enrollments", row["id"], {"extra_data": _without_promotion(row)},
                              school_id=self._school_id)
        return PromotionBatch(batch, None, "", len(created), len(graduated), len(leaving))

    def _plan(self, session: StoreSession, from_year_id: str, to_year_name: str) -> PromotionPlan:
        return self._plan_with_rows(session, from_year_id, to_year_name)[0]

    def _plan_with_rows(self, session: StoreSession, from_year_id: str,
                        to_year_name: str) -> tuple[PromotionPlan, dict[str, Record]]:
        """The plan and the candidates' enrollment rows as read (the commit patches them without reading again)."""
        years = session.find("school_years", school_id=self._school_id, name=to_year_name)
        if not years:
            raise PromotionRefused("promotion_year_missing", year=to_year_name)
        source, target = session.get("school_years", from_year_id, school_id=self._school_id), years[0]
        if source is None:
            raise PromotionRefused("promotion_source_missing")
        if target["starts_on"] <= source["starts_on"]:
            raise PromotionRefused("promotion_year_not_after", year=target["name"], source=source["name"])
        if target["status"] in ("closed", "archived"):
            raise PromotionRefused("promotion_year_closed", year=target["name"])
        plan = PromotionPlan(from_year_id, target["id"])
        records: dict[str, Record] = {}
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
                records[row["id"]] = row
                plan.candidates.append(Candidate(
                    row["id"], row["student_id"], name,
                    f"{row.get('student_document_type') or ''} {row.get('student_document_number') or ''}".strip(),
                    row["grade_level"], row.get("group_code"), row.get("shift"),
                    default_outcome(row["grade_level"])))
        return plan, records

    def _graduate(self, session: StoreSession, current: Record, stamp: Record) -> None:
        entry = history_entry(current["status"], EnrollmentStatus.graduated, self._context.user_id, self._now(),
                              f"Promoción {stamp['batch']}")
        extra = {**(current.get("extra_data") or {}), "promotion": {**stamp, "outcome": str(Outcome.graduated)}}
        session.patch("enrollments", current["id"], {
            "status": str(EnrollmentStatus.graduated),
            "status_history": [*(current.get("status_history") or []), entry],
            "extra_data": extra,
        }, school_id=self._school_id)

    def _mark_leaving(self, session: StoreSession, current: Record, stamp: Record, reason: str) -> None:
        """N's matrícula stays Matriculado(a); the decision is kept on it so that a second run skips it."""
        extra = {**(current.get("extra_data") or {}),
                 "promotion": {**stamp, "outcome": str(Outcome.leaves), "reason": reason.strip()}}
        session.patch("enrollments", current["id"], {"extra_data": extra}, school_id=self._school_id)

    def _batch_rows(self, session: StoreSession) -> dict[str, tuple[list[Record], list[Record], list[Record]]]:
        """batch → (N+1 matrículas it created, N matrículas it graduated, N matrículas marked No continúa)."""
        found: dict[str, tuple[list[Record], list[Record], list[Record]]] = {}
        for row in session.find("enrollments", school_id=self._school_id):
            extra = row.get("extra_data") or {}
            created_by = (extra.get("rollover") or {}).get("batch")
            if created_by:
                found.setdefault(created_by, ([], [], []))[0].append(row)
            mark = _promotion(row)
            if mark.get("batch") and mark.get("outcome") == Outcome.graduated:
                found.setdefault(mark["batch"], ([], [], []))[1].append(row)
            elif mark.get("batch") and mark.get("outcome") == Outcome.leaves:
                found.setdefault(mark["batch"], ([], [], []))[2].append(row)
        return found

    def _changed_since(self, session: StoreSession, batch: str, created: list[Record], graduated: list[Record],
                       leaving: list[Record]) -> list[str]:
        """Names of the batch's rows that differ from what the batch wrote (compared by content, not by
        `updated_at`, which the server rewrites on every sync)."""
        sources = {r["id"]: r for r in session.find_in(
            "enrollments", "id", [(r["extra_data"]["rollover"] or {}).get("from_enrollment_id") for r in created],
            school_id=self._school_id)}
        with_documents = {r["enrollment_id"] for r in session.find_in(
            "enrollment_documents", "enrollment_id", [r["id"] for r in created], school_id=self._school_id)}
        changed_ids = [r["id"] for r in created
                       if r["id"] in with_documents or not _as_written(r, sources, batch)]
        changed_ids += [r["id"] for r in graduated if r["status"] != EnrollmentStatus.graduated
                        or ((r.get("status_history") or [{}])[-1]).get("reason") != f"Promoción {batch}"]
        changed_ids += [r["id"] for r in leaving if r["status"] != EnrollmentStatus.active]
        if not changed_ids:
            return []
        return [f"{r.get('student_name') or r['student_id']} ({r['grade_level']})"
                for r in session.enrollment_rows(changed_ids, school_id=self._school_id)]

    def _next_enrollment(self, candidate: Candidate, outcome: Outcome, to_year_id: str, batch: str) -> Record:
        promoted = outcome == Outcome.promoted
        grade = next_grade(candidate.grade_level) if promoted else candidate.grade_level
        if grade is None:
            raise PromotionRefused("promotion_last_grade", name=candidate.student_name)
        group = (proposed_group(candidate.group_code, candidate.grade_level, grade) if promoted
                 else candidate.group_code)
        extra: Record = {"is_new_student": False,
                         "rollover": {"batch": batch, "from_enrollment_id": candidate.enrollment_id}}
        if not promoted:
            extra["simat"] = {"repitente": True}
        return {"id": derived_enrollment_id(candidate.student_id, to_year_id), "school_id": self._school_id,
                "student_id": candidate.student_id,
                "school_year_id": to_year_id, "grade_level": grade, "group_code": group, "shift": candidate.shift,
                "status": str(INITIAL_STATUS), "status_history": [], "extra_data": extra}


def _promotion(row: Record) -> Record:
    mark = (row.get("extra_data") or {}).get("promotion")
    return mark if isinstance(mark, dict) else {}


def _without_promotion(row: Record) -> Record:
    return {k: v for k, v in (row.get("extra_data") or {}).items() if k != "promotion"}


def _as_written(row: Record, sources: Mapping[str, Record], batch: str) -> bool:
    """Whether an N+1 matrícula still holds exactly what the batch wrote, recomputed from its N matrícula."""
    extra = row.get("extra_data") or {}
    source = sources.get((extra.get("rollover") or {}).get("from_enrollment_id") or "")
    if source is None:
        return False
    repeats = (extra.get("simat") or {}).get("repitente") is True
    grade = source["grade_level"] if repeats else next_grade(source["grade_level"])
    group = source.get("group_code") if repeats else proposed_group(source.get("group_code"),
                                                                      source["grade_level"], grade)
    wanted_extra: Record = {"is_new_student": False, "rollover": {"batch": batch, "from_enrollment_id": source["id"]}}
    if repeats:
        wanted_extra["simat"] = {"repitente": True}
    return (row["status"] == INITIAL_STATUS and not row.get("status_history") and row["grade_level"] == grade
            and row.get("group_code") == group and row.get("shift") == source.get("shift")
            and extra == wanted_extra)
