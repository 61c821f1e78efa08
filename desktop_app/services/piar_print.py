"""Assembles the printed PIAR of one student into a plain snapshot (no Qt, no storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.documents import document_label
from desktop_app.domain.errors import raise_if_errors
from desktop_app.domain.permissions import Action, require
from desktop_app.domain.piar import PiarDraft, validate
from desktop_app.services.checklist_print import grade_label
from desktop_app.services.school import SchoolService
from desktop_app.services.students import StudentService


@dataclass(frozen=True)
class PiarPrintData:
    """Everything the printed PIAR shows: the school's header, the student, the PIAR as typed."""

    school_name: str
    student_name: str
    student_document: str
    piar: PiarDraft
    school_nit: str = ""
    school_resolution: str = ""
    school_dane_code: str = ""
    school_address: str = ""
    school_phone: str = ""
    school_logo: bytes | None = None
    student_birth_date: date | None = None
    grade_label: str = ""
    printed_on: date = field(default_factory=date.today)


class PiarPrintService:
    """The PIAR page of one student (needs `piar_view` and `print`)."""

    def __init__(self, students: StudentService, school: SchoolService) -> None:
        self._students = students
        self._school = school

    def for_student(self, student_id: str, draft: PiarDraft | None = None, *, today: date | None = None) -> PiarPrintData:
        """The stored PIAR, or `draft` (what the tab shows, checked like a save) when given."""
        require(self._students.context.roles, Action.print)
        stored = self._students.piar(student_id)
        if draft is not None:
            raise_if_errors(validate(draft))
        student = self._students.get(student_id)
        info = self._school.info()
        kind = document_label(student.document_type) or student.document_type
        return PiarPrintData(
            school_name=info.name, school_nit=info.nit or "", school_resolution=info.resolution or "",
            school_dane_code=info.dane_code or "", school_address=info.address or "", school_phone=info.phone or "",
            school_logo=info.logo, student_name=student.full_name,
            student_document=f"{kind} {student.document_number}".strip(), student_birth_date=student.birth_date,
            grade_label=grade_label(student.grade_level) if student.grade_level else "", piar=draft if draft is not None else stored.draft,
            printed_on=today or date.today(),
        )
