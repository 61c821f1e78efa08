"""Assembles what a printed enrollment checklist shows into plain snapshots (no Qt, no storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from desktop_app.domain import grades, shifts
from desktop_app.domain.documents import document_label
from desktop_app.domain.enrollment_status import EnrollmentStatus, status_label
from desktop_app.domain.relationships import relationship_label
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import EnrollmentQuery, EnrollmentRow, LinkedGuardianRow, SchoolInfo
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.students import StudentService

DEFAULT_HABEAS_DATA_TEXT = (
    "En cumplimiento de la Ley 1581 de 2012 y del Decreto 1377 de 2013 (compilado en el Decreto 1074 de 2015), "
    "como padre, madre o acudiente y representante legal del estudiante autorizo de manera previa, expresa e "
    "informada a la institución educativa para recolectar, almacenar, usar y actualizar los datos personales "
    "del estudiante y de su familia con la finalidad de adelantar el proceso de matrícula, el registro en el "
    "SIMAT, la gestión académica y administrativa y la comunicación con la familia. Los datos de niños, niñas "
    "y adolescentes se tratarán respetando el interés superior del menor y sus derechos prevalentes; la "
    "respuesta a preguntas sobre datos sensibles es facultativa. Como titular puedo conocer, actualizar, "
    "rectificar y suprimir los datos y revocar esta autorización dirigiéndome a la secretaría de la institución."
)


@dataclass(frozen=True)
class PrintedChecklistItem:
    """One required document as printed: its label, its state code and the reason if rejected."""

    code: str
    label: str
    description: str = ""
    state: str = "missing"  # the domain's ItemState value: missing, received, validated, rejected
    reason: str | None = None


@dataclass(frozen=True)
class ChecklistPrintData:
    """Everything one printed checklist page shows, as plain values ready for any renderer."""

    school_name: str
    student_name: str
    student_document_type: str
    student_document_number: str
    grade_label: str
    school_year_name: str
    items: tuple[PrintedChecklistItem, ...]
    school_nit: str = ""
    school_resolution: str = ""
    school_address: str = ""
    school_phone: str = ""
    school_dane_code: str = ""
    school_logo: bytes | str | None = None  # image bytes or a file path, from branding_settings
    student_document_label: str = ""
    student_birth_date: date | None = None
    grade_code: str = ""
    group_code: str = ""
    shift_label: str = ""
    enrollment_status: str = ""
    enrollment_status_label: str = ""
    guardian_name: str = ""
    guardian_document: str = ""
    guardian_relationship: str = ""
    secretary_name: str = ""
    observations: str = ""
    habeas_data_text: str = DEFAULT_HABEAS_DATA_TEXT
    printed_on: date = field(default_factory=date.today)
    enrollment_id: str = ""
    # The versioned consent (Ley 1581): "Texto v1 · 1a2b3c4d" and one Autoriza/No autoriza pair per purpose.
    consent_version: str = ""
    consent_purposes: tuple[str, ...] = ()


class ProgressSink(Protocol):
    """Progress port (the UI runner's TaskProgress satisfies it)."""

    def report(self, done: int, total: int, message: str = "") -> None: ...

    def is_cancelled(self) -> bool: ...


class ChecklistPrintService:
    """Gathers one enrollment's checklist page (or a whole group's) from the other services, as snapshots."""

    def __init__(
        self,
        enrollments: EnrollmentService,
        students: StudentService,
        guardians: GuardianService,
        school: SchoolService,
        context: TenantContext | None = None,
        *,
        consent: ConsentService | None = None,
    ) -> None:
        self._enrollments = enrollments
        self._students = students
        self._guardians = guardians
        self._school = school
        self._context = context
        self._consent = consent  # ConsentService: the form then prints the text version and its purposes

    def for_enrollment(self, enrollment_id: str, observations: str = "", *, today: date | None = None) -> ChecklistPrintData:
        return self._build(self._school.info(), self._enrollments.get(enrollment_id), observations, today)

    def group_enrollment_ids(self, school_year_id: str, grade_level: str, group_code: str | None) -> list[str]:
        """The enrollments of one group in the list's order (by student name); withdrawn students are not
        in the group any more, so their checklists are not printed with it."""
        query = EnrollmentQuery(school_year_id=school_year_id, grade=grade_level, group_code=group_code)
        rows = self._enrollments.rows(list(self._enrollments.list_ids(query)))
        return [row.id for row in rows if row.status != EnrollmentStatus.withdrawn]

    def for_enrollments(
        self, enrollment_ids: list[str], progress: ProgressSink | None = None, *, today: date | None = None
    ) -> list[ChecklistPrintData]:
        """Snapshots for many enrollments; stops early (returning what it has) when `progress` is cancelled."""
        info = self._school.info()
        rows = {row.id: row for row in self._enrollments.rows(enrollment_ids)}
        result = []
        for done, enrollment_id in enumerate(enrollment_ids):
            if progress is not None:
                if progress.is_cancelled():
                    break
                progress.report(done, len(enrollment_ids), "")
            row = rows.get(enrollment_id)
            if row is not None:
                result.append(self._build(info, row, "", today))
        return result

    def for_group(
        self, school_year_id: str, grade_level: str, group_code: str | None, progress: ProgressSink | None = None
    ) -> list[ChecklistPrintData]:
        return self.for_enrollments(self.group_enrollment_ids(school_year_id, grade_level, group_code), progress)

    def _build(
        self, info: SchoolInfo, enrollment: EnrollmentRow, observations: str, today: date | None
    ) -> ChecklistPrintData:
        student = self._students.get(enrollment.student_id)
        guardian = _primary_guardian(self._guardians.guardians_of(enrollment.student_id))
        items = tuple(
            PrintedChecklistItem(
                code=item.requirement.code,
                label=item.requirement.label,
                description=getattr(item.requirement, "description", "") or "",
                state=str(item.state),
                reason=item.reason,
            )
            for item in self._enrollments.checklist(enrollment.id)
        )
        notes = observations or str((enrollment.extra_data or {}).get("observations") or "")
        version = self._consent.preview() if self._consent is not None else None
        # The preview is made from the school's current text, so the printed text is that version's text.
        consent_fields: dict[str, Any] = {} if version is None else {
            "consent_version": f"Texto {version.version} · {version.short_hash}",
            "consent_purposes": tuple(p.label + (" (opcional)" if not p.required else "") for p in version.purposes),
        }
        return ChecklistPrintData(
            school_name=info.name,
            school_nit=info.nit or "",
            school_resolution=info.resolution or "",
            school_address=str((info.branding or {}).get("address") or ""),
            school_phone=str((info.branding or {}).get("phone") or ""),
            school_dane_code=str(getattr(info, "dane_code", None) or ""),
            school_logo=info.logo,
            habeas_data_text=(info.habeas_data_text or "").strip() or DEFAULT_HABEAS_DATA_TEXT,
            student_name=student.full_name,
            student_document_type=student.document_type,
            student_document_label=document_label(student.document_type),
            student_document_number=student.document_number,
            student_birth_date=student.birth_date,
            grade_code=enrollment.grade_level,
            grade_label=grade_label(enrollment.grade_level),
            group_code=enrollment.group_code or "",
            shift_label=_shift_label(enrollment.shift),
            school_year_name=enrollment.school_year_name,
            enrollment_id=enrollment.id,
            enrollment_status=enrollment.status,
            enrollment_status_label=status_label(enrollment.status),
            guardian_name=guardian.guardian.full_name if guardian else "",
            guardian_document=(
                f"{guardian.guardian.document_type} {guardian.guardian.document_number}" if guardian else ""
            ),
            guardian_relationship=relationship_label(guardian.relationship) if guardian else "",
            secretary_name=self._context.user_name if self._context else "",
            observations=notes,
            items=items,
            printed_on=today or date.today(),
            **consent_fields,
        )


def _primary_guardian(links: list[LinkedGuardianRow]) -> LinkedGuardianRow | None:
    if not links:
        return None
    return next((link for link in links if link.is_primary), None) or min(links, key=lambda link: link.priority)


def grade_label(code: str) -> str:
    """The grade's name ("Quinto") for its code; the code itself when unknown."""
    try:
        return grades.grade_by_code(code).label
    except (KeyError, ValueError, LookupError):
        return code


def _shift_label(code: str | None) -> str:
    if not code:
        return ""
    try:
        return shifts.shift_label(code)
    except (KeyError, ValueError, LookupError):
        return code

