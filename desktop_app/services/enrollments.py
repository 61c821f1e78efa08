"""Enrollments (matrículas): one per student and school year, their status machine and document checklist.

Checklist item states live in `enrollment_documents`, one row per requirement that left "missing":
`document_type` = the requirement code, `status` = the item state, the reason and who/when in `metadata`,
`validated_by`/`validated_at` once validated. `r2_object_key` and `file_name` are NOT NULL in the seed;
they hold '' until a scan of the document is uploaded. A requirement without a row is "missing".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from desktop_app.domain.checklist import (
    ChecklistContext,
    ChecklistItem,
    ItemState,
    checklist_complete,
    mark_item,
    required_documents,
)
from desktop_app.domain.consent import (
    CONSENT_CODE,
    OUTDATED_CONSENT_FILTER,
    outdated_enrollment_ids,
    versions_from,
)
from desktop_app.domain.documents import DOCUMENT_TYPES
from desktop_app.domain.enrollment_status import (
    INITIAL_STATUS,
    EnrollmentStatus,
    check_transition,
    history_entry,
)
from desktop_app.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from desktop_app.domain.grades import GRADE_ORDER, age_on
from desktop_app.domain.ids import enrollment_document_id
from desktop_app.domain.ids import enrollment_id as new_enrollment_id
from desktop_app.domain.permissions import Action
from desktop_app.domain.shifts import SHIFTS
from desktop_app.domain.text import require_clean_draft, require_clean_text
from desktop_app.services._base import Service, clean_text
from desktop_app.services.dto import (
    ENROLLMENT_SORTS,
    EnrollmentDraft,
    EnrollmentQuery,
    EnrollmentRow,
    GroupRow,
)
from desktop_app.services.ports import Record, StoreSession
from desktop_app.services.students import search_words

MAX_GROUP_LENGTH = 10
CHECKLIST_RULES_KEY = "checklist_rules"
"""Where a school's checklist override lives: `school_settings.simat_settings["checklist_rules"]` (the seed
has no column of its own for it; SIMAT settings is the enrollment-rules JSON the school already has)."""
# Enrollments that fill a class group (printing, counts): not withdrawn.
GROUP_STATUSES = (EnrollmentStatus.pending_documents, EnrollmentStatus.in_review, EnrollmentStatus.active,
                  EnrollmentStatus.graduated)


def enrollment_row(record: Record) -> EnrollmentRow:
    return EnrollmentRow(
        id=record["id"], student_id=record["student_id"], school_year_id=record["school_year_id"],
        grade_level=record["grade_level"], group_code=record.get("group_code"), shift=record.get("shift"),
        status=record["status"], status_history=tuple(record.get("status_history") or ()),
        extra_data=dict(record.get("extra_data") or {}), created_at=record.get("created_at"),
        updated_at=record.get("updated_at"), student_name=record.get("student_name", ""),
        student_document_type=record.get("student_document_type", ""),
        student_document_number=record.get("student_document_number", ""),
        school_year_name=record.get("school_year_name", ""),
    )


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return None


class EnrollmentService(Service):
    """Enrolls students in school years, moves enrollments through their statuses, keeps their checklists."""

    def enroll(self, student_id: str, draft: EnrollmentDraft) -> EnrollmentRow:
        """Enroll a student in a year (grade, group, shift); a second enrollment in the same year is refused."""
        self._require(Action.enrollment_create)
        values = self._validated(draft)
        with self._store.write() as session:
            student = session.get("students", student_id, school_id=self._school_id)
            if student is None:
                raise NotFound("not_found", field="student_id")
            if not student["is_active"]:
                raise Conflict("student_inactive", field="student_id")
            year = session.get("school_years", draft.school_year_id, school_id=self._school_id)
            if year is None:
                raise NotFound("not_found", field="school_year_id")
            if year["status"] in ("closed", "archived"):
                raise Conflict("school_year_closed", field="school_year_id", params={"year": year["name"]})
            if session.find("enrollments", school_id=self._school_id, student_id=student_id,
                            school_year_id=draft.school_year_id):
                raise Conflict("enrollment_exists_for_year", field="school_year_id", params={"year": year["name"]})
            record = session.insert("enrollments", {
                **values, "id": new_enrollment_id(student_id, draft.school_year_id),
                "school_id": self._school_id, "student_id": student_id, "school_year_id": draft.school_year_id,
                "status": str(INITIAL_STATUS), "status_history": [],
            })
            return self._row(session, record["id"])

    def warnings(self, student_id: str, draft: EnrollmentDraft) -> list[FieldError]:
        """Warnings a form can show (an age unusual for the grade); never blocks saving."""
        from desktop_app.domain.grades import age_warning

        self._require(Action.student_view)
        with self._store.read() as session:
            student = session.get("students", student_id, school_id=self._school_id)
            year = session.get("school_years", draft.school_year_id, school_id=self._school_id)
        if student is None or year is None:
            return []
        warning = age_warning(draft.grade_level, student.get("birth_date"), year["starts_on"])
        return [warning] if warning else []

    def update(self, enrollment_id: str, draft: EnrollmentDraft) -> EnrollmentRow:
        """Change grade, group or shift (the year of an enrollment does not change)."""
        self._require(Action.enrollment_create)
        values = self._validated(draft)
        with self._store.write() as session:
            current = self._enrollment(session, enrollment_id)
            if draft.school_year_id != current["school_year_id"]:
                raise Conflict("invalid_value", field="school_year_id", params={"value": draft.school_year_id})
            extra = {**(current.get("extra_data") or {}), **values.pop("extra_data")}
            session.patch("enrollments", enrollment_id, {**values, "extra_data": extra}, school_id=self._school_id)
            return self._row(session, enrollment_id)

    def get(self, enrollment_id: str) -> EnrollmentRow:
        self._require(Action.student_view)
        with self._store.read() as session:
            return self._row(session, enrollment_id)

    def for_student(self, student_id: str) -> list[EnrollmentRow]:
        """A student's enrollments, the most recent school year first."""
        self._require(Action.student_view)
        with self._store.read() as session:
            ids = [e["id"] for e in session.find("enrollments", school_id=self._school_id, student_id=student_id)]
            rows = [enrollment_row(r) for r in session.enrollment_rows(ids, school_id=self._school_id)]
            years = {y["id"]: y["starts_on"] for y in session.find("school_years", school_id=self._school_id)}
        return sorted(rows, key=lambda row: years.get(row.school_year_id) or date.min, reverse=True)

    def list_ids(self, query: EnrollmentQuery) -> list[str]:
        self._require(Action.student_view)
        if query.sort not in ENROLLMENT_SORTS:
            raise ValidationFailed("invalid_value", field="sort", params={"value": query.sort})
        outdated_only = query.status == OUTDATED_CONSENT_FILTER
        with self._store.read() as session:
            ids = session.enrollment_ids(
                school_id=self._school_id, school_year_id=query.school_year_id, grade=query.grade,
                group_code=query.group_code, status=None if outdated_only else query.status,
                words=search_words(query.text), sort=query.sort, descending=query.descending,
            )
            if outdated_only:  # "Autorización con texto anterior": to ask those families to sign the new text
                settings = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
                outdated = outdated_enrollment_ids(
                    session.find("enrollment_documents", school_id=self._school_id, document_type=CONSENT_CODE),
                    versions_from(settings.get("security_settings")))
                ids = [i for i in ids if i in outdated]
            return ids

    def rows(self, ids: Sequence[str]) -> list[EnrollmentRow]:
        self._require(Action.student_view)
        with self._store.read() as session:
            return [enrollment_row(r) for r in session.enrollment_rows(list(ids), school_id=self._school_id)]

    def change_status(self, enrollment_id: str, target: str, reason: str | None = None) -> EnrollmentRow:
        """Move through the status machine; who, when and why are appended to `status_history`."""
        self._require(Action.enrollment_status_change)
        require_clean_text("reason", reason)
        with self._store.write() as session:
            current = self._enrollment(session, enrollment_id)
            ready = None
            if target == EnrollmentStatus.in_review:
                ready = checklist_complete(self._items(session, current))
            check_transition(current["status"], target, self._context.roles, reason, checklist_ready=ready)
            self._move(session, current, target, reason)
            return self._row(session, enrollment_id)

    def allowed_targets(self, enrollment_id: str) -> list[str]:
        """The statuses this user may move the enrollment to now (for the buttons the UI shows)."""
        from desktop_app.domain.enrollment_status import allowed_transitions

        self._require(Action.student_view)
        with self._store.read() as session:
            current = self._enrollment(session, enrollment_id)
        return [str(t.target) for t in allowed_transitions(current["status"], self._context.roles)]

    def checklist(self, enrollment_id: str) -> list[ChecklistItem]:
        """The documents this enrollment needs (school rules applied) and the state of each."""
        self._require(Action.student_view)
        with self._store.read() as session:
            return self._items(session, self._enrollment(session, enrollment_id))

    def ready_for_review(self, enrollment_id: str) -> bool:
        """Nothing missing or rejected."""
        return checklist_complete(self.checklist(enrollment_id))

    def mark_document(
        self, enrollment_id: str, requirement_code: str, state: str, reason: str | None = None
    ) -> ChecklistItem:
        """Record a document as received, validated, rejected (with reason), waived, or missing again.

        Rejecting a document of an enrollment under review sends it back to pending_documents with the
        rejection as the reason, when the user may make that move.
        """
        require_clean_text("reason", reason)
        with self._store.write() as session:
            enrollment = self._enrollment(session, enrollment_id)
            items = self._items(session, enrollment)
            item = next((i for i in items if i.requirement.code == requirement_code), None)
            if item is None:
                raise NotFound("requirement_unknown", field="requirement_code", params={"code": requirement_code})
            now = self._now()
            marked = mark_item(item, state, roles=self._context.roles, by_user_id=self._context.user_id,
                               at=now, reason=reason)
            if marked.state == ItemState.validated and requirement_code == CONSENT_CODE:
                self._require_signed_scan(session, enrollment_id)
            self._save_item(session, enrollment, marked)
            if marked.state == ItemState.rejected and enrollment["status"] == EnrollmentStatus.in_review:
                try:
                    move_reason = f"{marked.requirement.label}: {marked.reason}"
                    check_transition(enrollment["status"], EnrollmentStatus.pending_documents,
                                     self._context.roles, move_reason)
                except (Conflict, ValidationFailed):
                    pass
                else:
                    self._move(session, enrollment, EnrollmentStatus.pending_documents, move_reason)
            return marked

    def _require_signed_scan(self, session: StoreSession, enrollment_id: str) -> None:
        """The consent is validated only with the signed paper scanned (Ley 1581: a means checkable later)."""
        rows = session.find("enrollment_documents", school_id=self._school_id, enrollment_id=enrollment_id,
                            document_type=CONSENT_CODE)
        files = ((rows[0].get("metadata") or {}).get("files") or []) if rows else []
        if not any(not f.get("superseded") for f in files):
            raise ValidationFailed("consent_scan_required", field="state")

    def groups(self, school_year_id: str) -> list[GroupRow]:
        """The class groups of a year (grade, group, shift) with their sizes, in grade order (batch printing)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            records = session.group_counts(school_id=self._school_id, school_year_id=school_year_id,
                                           active_statuses=[str(s) for s in GROUP_STATUSES])
        groups = [GroupRow(school_year_id=school_year_id, grade_level=r["grade_level"], group_code=r["group_code"],
                           shift=r["shift"], enrollment_count=int(r["enrollment_count"])) for r in records]
        return sorted(groups, key=lambda g: (GRADE_ORDER.get(g.grade_level, 99), g.group_code or "", g.shift or ""))

    def _validated(self, draft: EnrollmentDraft) -> Record:
        require_clean_draft(draft)  # types, control and invisible characters (domain.text)
        errors: list[FieldError] = []
        if draft.grade_level not in GRADE_ORDER:
            errors.append(FieldError("grade_level", "grade_unknown", {"grade": draft.grade_level}))
        shift = clean_text(draft.shift)
        if shift is not None and shift not in SHIFTS:
            errors.append(FieldError("shift", "shift_unknown", {"shift": shift}))
        group = clean_text(draft.group_code)
        if group is not None and len(group) > MAX_GROUP_LENGTH:
            errors.append(FieldError("group_code", "too_long", {"max": MAX_GROUP_LENGTH}))
        if errors:
            raise ValidationFailed(errors)
        return {
            "grade_level": draft.grade_level, "group_code": group.upper() if group else None, "shift": shift,
            "extra_data": {**draft.extra_data, "is_new_student": bool(draft.is_new_student)},
        }

    def _enrollment(self, session: StoreSession, enrollment_id: str) -> Record:
        record = session.get("enrollments", enrollment_id, school_id=self._school_id)
        if record is None:
            raise NotFound("not_found", field="enrollment_id")
        return record

    def _row(self, session: StoreSession, enrollment_id: str) -> EnrollmentRow:
        records = session.enrollment_rows([enrollment_id], school_id=self._school_id)
        if not records:
            raise NotFound("not_found", field="enrollment_id")
        return enrollment_row(records[0])

    def _move(self, session: StoreSession, enrollment: Record, target: str, reason: str | None) -> None:
        entry = history_entry(enrollment["status"], target, self._context.user_id, self._now(), reason)
        history = [*(enrollment.get("status_history") or []), entry]
        session.patch("enrollments", enrollment["id"], {"status": str(target), "status_history": history},
                      school_id=self._school_id)

    def _school_rules(self, session: StoreSession) -> dict[str, Any] | None:
        settings = session.get("school_settings", self._school_id, school_id=self._school_id)
        rules = ((settings or {}).get("simat_settings") or {}).get(CHECKLIST_RULES_KEY)
        return rules if isinstance(rules, dict) else None

    def _context_for(self, session: StoreSession, enrollment: Record) -> ChecklistContext:
        student = session.get("students", enrollment["student_id"], school_id=self._school_id) or {}
        year = session.get("school_years", enrollment["school_year_id"], school_id=self._school_id) or {}
        birth_date = student.get("birth_date")
        on_date = year.get("starts_on") or self._today()
        doc = DOCUMENT_TYPES.get(student.get("document_type", ""))
        extra = enrollment.get("extra_data") or {}
        piar = student.get("piar_data") or {}
        return ChecklistContext(
            grade_code=enrollment["grade_level"],
            is_new_student=bool(extra.get("is_new_student", True)),
            is_foreign=bool(doc.foreign) if doc else False,
            age=age_on(birth_date, on_date) if birth_date else None,
            has_disability=bool(piar.get("has_disability") or piar.get("disability")),
        )

    def _items(self, session: StoreSession, enrollment: Record) -> list[ChecklistItem]:
        requirements = required_documents(self._context_for(session, enrollment), self._school_rules(session))
        stored = {row["document_type"]: row for row in session.find(
            "enrollment_documents", school_id=self._school_id, enrollment_id=enrollment["id"])}
        items = []
        for requirement in requirements:
            row = stored.get(requirement.code)
            if row is None:
                items.append(ChecklistItem(requirement))
                continue
            meta = row.get("metadata") or {}
            items.append(ChecklistItem(
                requirement, ItemState(row["status"]), meta.get("reason"),
                _parse_time(meta.get("updated_at")), meta.get("updated_by"),
                extra={"file_name": row.get("file_name") or "", "r2_object_key": row.get("r2_object_key") or ""},
            ))
        return items

    def _save_item(
        self, session: StoreSession, enrollment: Record, item: ChecklistItem, *,
        columns: Record | None = None, metadata: Record | None = None,
    ) -> None:
        """Insert or patch the item's row in one statement; `columns`/`metadata` add the attached files."""
        found = session.find("enrollment_documents", school_id=self._school_id, enrollment_id=enrollment["id"],
                             document_type=item.requirement.code)
        validated = item.state == ItemState.validated
        values: Record = {
            "status": str(item.state),
            "metadata": {
                **((found[0].get("metadata") or {}) if found else {}),
                "reason": item.reason,
                "updated_by": item.updated_by,
                "updated_at": item.updated_at.isoformat() if item.updated_at else None,
                **(metadata or {}),
            },
            "validated_by": item.updated_by if validated else None,
            "validated_at": item.updated_at if validated else None,
            **(columns or {}),
        }
        if found:
            session.patch("enrollment_documents", found[0]["id"], values, school_id=self._school_id)
        else:
            session.insert("enrollment_documents", {
                "id": enrollment_document_id(enrollment["id"], item.requirement.code), "r2_object_key": "", "file_name": "", **values, "school_id": self._school_id,
                "enrollment_id": enrollment["id"], "document_type": item.requirement.code,
            })
