"""Plain immutable values that cross the service boundary: drafts in, rows out (ids are `str`)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class StudentDraft:
    """What a form sends to create or update a student.

    `extra_data` holds only the keys the form sets: an update merges them into the stored JSON, so keys
    the form does not know (written by another screen, another PC or the server) are kept.
    """

    document_type: str
    document_number: str
    full_name: str
    birth_date: date | None = None
    gender: str | None = None
    extra_data: dict[str, Any] = field(default_factory=dict)
    piar_data: dict[str, Any] = field(default_factory=dict)
    """Only the PIAR keys the form sets (today `has_disability`, from the SIMAT disability); merged like extra_data."""


@dataclass(frozen=True)
class StudentRow:
    """One student as lists and forms show it, with the enrollment of the year the query asked about
    (or the latest one) when there is one."""

    id: str
    document_type: str
    document_number: str
    full_name: str
    birth_date: date | None
    gender: str | None
    is_active: bool
    extra_data: dict[str, Any]
    created_at: datetime | None
    updated_at: datetime | None
    enrollment_id: str | None = None
    school_year_id: str | None = None
    grade_level: str | None = None
    group_code: str | None = None
    shift: str | None = None
    enrollment_status: str | None = None
    in_review: bool = False  # held by the server as a suspected duplicate until resolved (Revisión)


@dataclass(frozen=True)
class StudentQuery:
    """Filter and sort of the student list; `text` matches name or document, ignoring case and accents.

    `grade` and `enrollment_status` look at the enrollment of `school_year_id`, or of the active year when
    no year is given (any year when the school has no active year).
    """

    text: str = ""
    active_only: bool = True
    grade: str | None = None
    enrollment_status: str | None = None
    school_year_id: str | None = None
    sort: str = "full_name"
    descending: bool = False


STUDENT_SORTS: tuple[str, ...] = ("full_name", "document_number", "birth_date", "created_at", "updated_at")
"""Columns the student list may be sorted by (anything else is refused, never pasted into SQL)."""


@dataclass(frozen=True)
class GuardianDraft:
    """What a form sends to create or update a guardian (acudiente)."""

    document_type: str
    document_number: str
    full_name: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    occupation: str | None = None
    workplace: str | None = None


@dataclass(frozen=True)
class GuardianRow:
    """One guardian record (shared by siblings)."""

    id: str
    document_type: str
    document_number: str
    full_name: str
    phone: str | None
    email: str | None
    address: str | None
    occupation: str | None
    workplace: str | None
    is_active: bool
    in_review: bool = False  # held by the server as a suspected duplicate until resolved (Revisión)


@dataclass(frozen=True)
class GuardianLinkDraft:
    """How a guardian relates to one student; `priority=None` appends at the end."""

    relationship: str
    is_primary: bool = False
    can_pickup: bool = False
    is_emergency_contact: bool = False
    priority: int | None = None


@dataclass(frozen=True)
class StudentGuardianDraft:
    """One guardian on the student form's list (the list's order is the priority): a registered guardian
    (`guardian_id`), or one registered by the same save (`new_guardian`, so a refused save leaves no
    guardian behind)."""

    guardian_id: str | None
    link: GuardianLinkDraft
    new_guardian: GuardianDraft | None = None


@dataclass(frozen=True)
class LinkedGuardianRow:
    """A guardian as seen from one student: the guardian plus the link's flags."""

    link_id: str
    student_id: str
    guardian: GuardianRow
    relationship: str
    is_primary: bool
    priority: int
    can_pickup: bool
    is_emergency_contact: bool

    @property
    def guardian_id(self) -> str:
        return self.guardian.id

    @property
    def full_name(self) -> str:
        return self.guardian.full_name


@dataclass(frozen=True)
class EnrollmentDraft:
    """What a form sends to enroll a student in a school year."""

    school_year_id: str
    grade_level: str
    group_code: str | None = None
    shift: str | None = None
    is_new_student: bool = True
    extra_data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EnrollmentRow:
    """One enrollment (matrícula) with the student and year names lists and printouts need."""

    id: str
    student_id: str
    school_year_id: str
    grade_level: str
    group_code: str | None
    shift: str | None
    status: str
    status_history: tuple[dict[str, Any], ...]
    extra_data: dict[str, Any]
    created_at: datetime | None
    updated_at: datetime | None
    student_name: str = ""
    student_document_type: str = ""
    student_document_number: str = ""
    school_year_name: str = ""


@dataclass(frozen=True)
class EnrollmentQuery:
    """Filter and sort of an enrollment list (a year, a grade, a group, a status, a name)."""

    school_year_id: str | None = None
    grade: str | None = None
    group_code: str | None = None
    status: str | None = None
    text: str = ""
    sort: str = "student_name"
    descending: bool = False


ENROLLMENT_SORTS: tuple[str, ...] = ("student_name", "grade_level", "group_code", "status", "created_at")


@dataclass(frozen=True)
class GroupRow:
    """One class group of a school year (grade + group + shift) and how many enrollments it holds."""

    school_year_id: str
    grade_level: str
    group_code: str | None
    shift: str | None
    enrollment_count: int


@dataclass(frozen=True)
class SchoolYearDraft:
    """What a form sends to create or edit a school year."""

    name: str
    starts_on: date
    ends_on: date
    status: str = "planning"


@dataclass(frozen=True)
class SchoolYearRow:
    """One school year (año lectivo)."""

    id: str
    name: str
    starts_on: date
    ends_on: date
    status: str


@dataclass(frozen=True)
class AcademicPeriodDraft:
    """What a form sends to create or edit an academic period of a year."""

    number: int
    name: str
    starts_on: date
    ends_on: date
    status: str = "draft"


@dataclass(frozen=True)
class AcademicPeriodRow:
    """One grading period inside a school year."""

    id: str
    school_year_id: str
    number: int
    name: str
    starts_on: date
    ends_on: date
    status: str


@dataclass(frozen=True)
class SchoolInfo:
    """What headers, printouts and the settings page show about the school.

    `branding` is the stored JSON; the logo, when there is one, is kept there base64-encoded under
    `branding["logo"] = {"media_type": ..., "data_base64": ...}` and handed out decoded as `logo`.
    """

    school_id: str
    name: str
    nit: str | None
    resolution: str | None
    branding: dict[str, Any]
    habeas_data_text: str | None
    checklist_rules: dict[str, Any] | None = None
    dane_code: str | None = None  # simat_settings.codigo_dane

    @property
    def address(self) -> str | None:
        return self.branding.get("address") or None

    @property
    def phone(self) -> str | None:
        return self.branding.get("phone") or None

    @property
    def logo(self) -> bytes | None:
        logo = self.branding.get("logo")
        if not isinstance(logo, dict) or not logo.get("data_base64"):
            return None
        return base64.b64decode(logo["data_base64"])

    @property
    def logo_media_type(self) -> str | None:
        logo = self.branding.get("logo")
        return logo.get("media_type") if isinstance(logo, dict) else None


@dataclass(frozen=True)
class Changes:
    """What a mutation touched, so open views refresh only what they must (`kinds` are table names)."""

    kinds: frozenset[str]
    ids: frozenset[str]

    @classmethod
    def of(cls, kind: str, *ids: str) -> Changes:
        return cls(frozenset({kind}), frozenset(ids))
