"""Students: create, update, deactivate, and the searchable, sortable list (ids first, rows on demand)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.domain.documents import normalize_document_number, validate_document
from desktop_app.domain.errors import Conflict, FieldError, NotFound, ValidationFailed, raise_if_errors
from desktop_app.domain.grades import validate_birth_date
from desktop_app.domain.permissions import Action
from desktop_app.domain.piar import Piar, PiarDraft, is_withheld, piar_json, piar_of
from desktop_app.domain.piar import validate as piar_errors
from desktop_app.domain.simat_student import student_simat_errors
from desktop_app.domain.text import fold, require_clean_draft
from desktop_app.services._base import Service, clean_text
from desktop_app.services.dto import (
    STUDENT_SORTS,
    StudentDraft,
    StudentGuardianDraft,
    StudentQuery,
    StudentRow,
)
from desktop_app.services.guardian_links import links_match, links_of, replace_links
from desktop_app.services.ports import Record, StoreSession

MAX_NAME_LENGTH = 255
GENDERS = ("F", "M", "X")


def student_row(record: Record) -> StudentRow:
    enrollment = record.get("enrollment") or {}
    return StudentRow(
        id=record["id"],
        document_type=record["document_type"],
        document_number=record["document_number"],
        full_name=record["full_name"],
        birth_date=record.get("birth_date"),
        gender=record.get("gender"),
        is_active=bool(record["is_active"]),
        extra_data=dict(record.get("extra_data") or {}),
        created_at=record.get("created_at"),
        updated_at=record.get("updated_at"),
        enrollment_id=enrollment.get("id"),
        school_year_id=enrollment.get("school_year_id"),
        grade_level=enrollment.get("grade_level"),
        group_code=enrollment.get("group_code"),
        shift=enrollment.get("shift"),
        enrollment_status=enrollment.get("status"),
    )


def merge_json(stored: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`changes` over `stored`, object by object: the form sets `simat.tel` without losing the `simat` keys it
    does not show (written by reconciliation, another PC or the server)."""
    merged = dict(stored)
    for key, value in changes.items():
        old = merged.get(key)
        merged[key] = merge_json(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
    return merged


def search_words(text: str) -> list[str]:
    """The folded words of a search box; every one must match (name or document)."""
    return fold(text).split()


class StudentService(Service):
    """Registers students of the context's school and answers the student list's queries."""

    def create(self, draft: StudentDraft, *, allow_similar: bool = False) -> StudentRow:
        """Save a new student; refuses a document already registered, and a similar name unless allowed."""
        return self.save(None, draft, allow_similar=allow_similar)

    def update(self, student_id: str, draft: StudentDraft, *, allow_similar: bool = False) -> StudentRow:
        """Save changes to a student; only the fields that changed are recorded for sync."""
        return self.save(student_id, draft, allow_similar=allow_similar)

    def save(
        self,
        student_id: str | None,
        draft: StudentDraft,
        *,
        guardians: Sequence[StudentGuardianDraft] | None = None,
        allow_similar: bool = False,
        piar: PiarDraft | None = None,
        resends: int | None = None,
    ) -> StudentRow:
        """The student form's Save: the student (new when `student_id` is None) and, when `guardians` is
        given, exactly that ordered list of guardian links — one transaction, so one outbox `tx_id`.

        Refuses a document already registered; refuses a similar student (same folded name and birth date)
        with `SimilarStudentsFound` unless `allow_similar`. Any refusal leaves nothing written. An update
        merges `draft.extra_data` into the stored JSON and leaves every column the draft lacks untouched.

        `piar`, when given (the PIAR tab changed), needs `piar_edit` and replaces the PIAR's own keys of
        `piar_data` in the same transaction; `has_disability` and every other key stay.
        `resends`: the id of this student's change the server rejected, corrected by this save (Revisión,
        *Corregir y reenviar*): retired in the same transaction.
        """
        self._require(Action.student_update if student_id else Action.student_create)
        values = self._validated(draft)
        if piar is not None:
            self._require(Action.piar_edit)
            raise_if_errors(piar_errors(piar))
            values["piar_data"] = {**values.get("piar_data", {}), **piar_json(piar)}
        with self._store.write() as session:
            current = self._existing(session, student_id) if student_id else None
            self._refuse_duplicate_document(session, values, exclude_id=student_id)
            if not allow_similar:
                self._refuse_similar(session, values, exclude_id=student_id)
            if current is not None and "piar_data" in values:
                if piar is not None and is_withheld(current.get("piar_data")):
                    raise Conflict("piar_withheld", field="piar")  # never a blank PIAR over the server's
                values["piar_data"] = merge_json(current.get("piar_data") or {}, values["piar_data"])
            if piar is not None and not values["piar_data"].get("has_disability"):
                raise ValidationFailed("piar_needs_disability", field="piar")
            if student_id is None or current is None:
                record = session.insert("students", {**values, "school_id": self._school_id})
                student_id = str(record["id"])
            else:
                values["extra_data"] = merge_json(current.get("extra_data") or {}, values["extra_data"])
                record = session.patch("students", student_id, values, school_id=self._school_id)
            if guardians is not None and not links_match(links_of(session, self._school_id, student_id), guardians):
                self._require(Action.guardian_edit)
                replace_links(session, self._school_id, student_id, guardians)
            if resends is not None:
                session.resend_rejected(resends, school_id=self._school_id, user_id=self._context.user_id)
        return student_row(record)

    def deactivate(self, student_id: str) -> StudentRow:
        """Soft delete: the student leaves the lists (active_only) but nothing is erased."""
        self._require(Action.student_deactivate)
        with self._store.write() as session:
            self._existing(session, student_id)
            record = session.patch("students", student_id, {"is_active": False}, school_id=self._school_id)
        return student_row(record)

    def reactivate(self, student_id: str) -> StudentRow:
        self._require(Action.student_update)
        with self._store.write() as session:
            self._existing(session, student_id)
            record = session.patch("students", student_id, {"is_active": True}, school_id=self._school_id)
        return student_row(record)

    def piar(self, student_id: str) -> Piar:
        """The student's PIAR (needs `piar_view`: sensitive data, Ley 1581 art. 5)."""
        self._require(Action.piar_view)
        with self._store.read() as session:
            record = self._existing(session, student_id)
        return piar_of(record.get("piar_data"))

    def get(self, student_id: str) -> StudentRow:
        self._require(Action.student_view)
        with self._store.read() as session:
            rows = session.student_rows([student_id], school_id=self._school_id)
        if not rows:
            raise NotFound("not_found", field="student_id")
        return student_row(rows[0])

    def list_ids(self, query: StudentQuery) -> list[str]:
        """Every matching student id, filtered and sorted by the database (cheap even for 50,000)."""
        self._require(Action.student_view)
        if query.sort not in STUDENT_SORTS:
            raise ValidationFailed("invalid_value", field="sort", params={"value": query.sort})
        with self._store.read() as session:
            year_id = query.school_year_id
            if year_id is None and (query.grade or query.enrollment_status):
                # "5° grade" or "pending documents" means this year's enrollments unless a year is chosen.
                active = session.find("school_years", school_id=self._school_id, status="active")
                year_id = active[0]["id"] if active else None
            return session.student_ids(
                school_id=self._school_id,
                words=search_words(query.text),
                active_only=query.active_only,
                grade=query.grade,
                enrollment_status=query.enrollment_status,
                school_year_id=year_id,
                sort=query.sort,
                descending=query.descending,
            )

    def rows(self, ids: list[str], *, school_year_id: str | None = None) -> list[StudentRow]:
        """The rows of `ids`, in the same order (ids no longer present are left out)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            records = session.student_rows(list(ids), school_id=self._school_id, school_year_id=school_year_id)
        return [student_row(record) for record in records]

    def similar(self, draft: StudentDraft, *, exclude_id: str | None = None) -> list[StudentRow]:
        """Students with the same name (ignoring case and accents) and the same birth date."""
        self._require(Action.student_view)
        if draft.birth_date is None or not clean_text(draft.full_name):
            return []
        with self._store.read() as session:
            records = session.similar_students(
                school_id=self._school_id, full_name=draft.full_name,
                birth_date=draft.birth_date, exclude_id=exclude_id,
            )
        return [student_row(record) for record in records]

    def warnings(self, draft: StudentDraft, *, exclude_id: str | None = None) -> list[FieldError]:
        """Warnings the form can show before saving (a similar student already registered)."""
        similar = self.similar(draft, exclude_id=exclude_id)
        return [_similar_warning(similar[0])] if similar else []

    def _validated(self, draft: StudentDraft) -> Record:
        require_clean_draft(draft)  # types, control and invisible characters (domain.text)
        errors: list[FieldError] = []
        full_name = clean_text(draft.full_name)
        if not full_name:
            errors.append(FieldError("full_name", "full_name_required"))
        elif len(full_name) > MAX_NAME_LENGTH:
            errors.append(FieldError("full_name", "too_long", {"max": MAX_NAME_LENGTH}))
        doc_type = (draft.document_type or "").strip().upper()
        errors.extend(validate_document(doc_type, draft.document_number))
        errors.extend(validate_birth_date(draft.birth_date, self._today()))
        gender = clean_text(draft.gender)
        if gender is not None and gender.upper() not in GENDERS:
            errors.append(FieldError("gender", "invalid_value", {"value": gender}))
        errors.extend(student_simat_errors(draft.extra_data))
        if errors:
            raise ValidationFailed(errors)
        return {
            "document_type": doc_type,
            "document_number": normalize_document_number(doc_type, draft.document_number),
            "full_name": full_name,
            "birth_date": draft.birth_date,
            "gender": gender.upper() if gender else None,
            "extra_data": dict(draft.extra_data),
            **({"piar_data": dict(draft.piar_data)} if draft.piar_data else {}),
        }

    def _existing(self, session: StoreSession, student_id: str) -> Record:
        record = session.get("students", student_id, school_id=self._school_id)
        if record is None:
            raise NotFound("not_found", field="student_id")
        return record

    def _refuse_duplicate_document(self, session: StoreSession, values: Record, *, exclude_id: str | None) -> None:
        for other in session.find(
            "students", school_id=self._school_id,
            document_type=values["document_type"], document_number=values["document_number"],
        ):
            if other["id"] != exclude_id:
                raise Conflict("document_duplicate", field="document_number", params={
                    "doc_type": values["document_type"], "number": values["document_number"],
                    "name": other["full_name"], "student_id": other["id"],
                    "inactive": not other["is_active"],
                })

    def _refuse_similar(self, session: StoreSession, values: Record, *, exclude_id: str | None) -> None:
        if values["birth_date"] is None:
            return
        similar = session.similar_students(
            school_id=self._school_id, full_name=values["full_name"],
            birth_date=values["birth_date"], exclude_id=exclude_id,
        )
        if similar:
            raise SimilarStudentsFound([student_row(record) for record in similar])


class SimilarStudentsFound(Conflict):
    """The save was refused before writing: these students look like the one typed (the form lists them)."""

    def __init__(self, students: Sequence[StudentRow]) -> None:
        warning = _similar_warning(students[0])
        super().__init__("similar_student", field="full_name", params=dict(warning.params))
        self.students: tuple[StudentRow, ...] = tuple(students)


def _similar_warning(other: StudentRow) -> FieldError:
    return FieldError("full_name", "similar_student", {
        "name": other.full_name, "doc_type": other.document_type, "number": other.document_number,
        "student_id": other.id,
    })
