"""ChecklistPrintService: what goes on the page, gathered from the real services over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.checklist_print import DEFAULT_HABEAS_DATA_TEXT, ChecklistPrintService
from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.support.images import png

PNG_1X1 = png(1, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def world(store: LocalStore) -> dict:
    context = LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana Lucía Gómez")
    services = {
        "students": StudentService(store, context),
        "guardians": GuardianService(store, context),
        "enrollments": EnrollmentService(store, context),
        "school": SchoolService(store, context),
        "years": SchoolYearService(store, context),
    }
    year = services["years"].create_year(
        SchoolYearDraft(name="2027", starts_on=date(2027, 1, 20), ends_on=date(2027, 11, 30), status="active")
    )
    student = services["students"].create(StudentDraft(
        document_type="TI", document_number="1023456789", full_name="Sofía Rodríguez Gómez",
        birth_date=date(2015, 3, 14),
    ))
    enrollment = services["enrollments"].enroll(student.id, EnrollmentDraft(
        school_year_id=year.id, grade_level="6", group_code="601", shift="afternoon",
        extra_data={"observations": "Llega trasladada en marzo."},
    ))
    printer = ChecklistPrintService(services["enrollments"], services["students"], services["guardians"],
                                    services["school"], context)
    return {**services, "year": year, "student": student, "enrollment": enrollment, "printer": printer}


def test_snapshot_holds_school_student_enrollment_and_item_states(world: dict) -> None:
    world["school"].update_settings(nit="900123456-8", resolution="Resolución 0045 de 2015", logo=PNG_1X1)
    enrollment = world["enrollment"]
    world["enrollments"].mark_document(enrollment.id, "photos", "rejected", "Fondo azul")

    data = world["printer"].for_enrollment(enrollment.id, today=date(2027, 1, 25))

    assert (data.school_name, data.school_nit, data.school_resolution) == (
        "Colegio San José", "900123456-8", "Resolución 0045 de 2015"
    )
    assert data.school_logo == PNG_1X1
    assert (data.student_name, data.student_document_type, data.student_document_number) == (
        "Sofía Rodríguez Gómez", "TI", "1023456789"
    )
    assert data.student_document_label == "Tarjeta de identidad"
    assert data.student_birth_date == date(2015, 3, 14)
    assert (data.grade_label, data.group_code, data.shift_label, data.school_year_name) == ("6°", "601", "Tarde", "2027")
    assert data.enrollment_status_label == "Documentos pendientes"
    assert data.secretary_name == "Ana Lucía Gómez"
    assert data.observations == "Llega trasladada en marzo."
    assert data.printed_on == date(2027, 1, 25)
    codes = [item.requirement.code for item in world["enrollments"].checklist(enrollment.id)]
    assert [item.code for item in data.items] == codes
    photos = next(item for item in data.items if item.code == "photos")
    assert (photos.state, photos.reason) == ("rejected", "Fondo azul")
    assert data.habeas_data_text == DEFAULT_HABEAS_DATA_TEXT  # the school wrote none yet
    world["school"].update_settings(habeas_data_text="Política de datos del Colegio San José.")
    assert world["printer"].for_enrollment(enrollment.id).habeas_data_text == "Política de datos del Colegio San José."


def test_the_primary_guardian_signs_else_the_first_by_priority(world: dict) -> None:
    guardians = world["guardians"]
    student_id = world["student"].id
    assert world["printer"].for_enrollment(world["enrollment"].id).guardian_name == ""  # a blank line to fill

    grandmother = guardians.create(GuardianDraft(document_type="CC", document_number="41234567",
                                                 full_name="Rosa Elena Gómez"))
    father = guardians.create(GuardianDraft(document_type="CE", document_number="987654", full_name="Pedro Rodríguez"))
    guardians.link(student_id, grandmother.id, GuardianLinkDraft("abuela"))
    guardians.link(student_id, father.id, GuardianLinkDraft("padre"))
    data = world["printer"].for_enrollment(world["enrollment"].id)
    assert (data.guardian_name, data.guardian_document, data.guardian_relationship) == (
        "Rosa Elena Gómez", "CC 41234567", "Abuela"
    )

    guardians.update_link(student_id, father.id, GuardianLinkDraft("padre", is_primary=True))
    data = world["printer"].for_enrollment(world["enrollment"].id)
    assert (data.guardian_name, data.guardian_document) == ("Pedro Rodríguez", "CE 987654")


def test_for_enrollments_stops_when_cancelled(world: dict) -> None:
    class Cancelled:
        def report(self, done: int, total: int, message: str = "") -> None: ...

        def is_cancelled(self) -> bool:
            return True

    assert world["printer"].for_enrollments([world["enrollment"].id], Cancelled()) == []
    assert len(world["printer"].for_enrollments([world["enrollment"].id])) == 1


def test_the_settings_screen_values_are_on_the_printed_form(qapp, world: dict, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What *Datos del colegio* saves is what the family's sheet shows: name, NIT, resolution, DANE code,
    address, phone and the logo drawn (before, a first-run school printed "Mi colegio" and nothing else)."""
    from desktop_app.printing.checklist import render_checklist_pdf
    from tests.printing.support import image_count, page_texts

    plain = render_checklist_pdf(world["printer"].for_enrollment(world["enrollment"].id), tmp_path / "antes.pdf")
    assert image_count(plain) == 0 and "NIT" not in page_texts(plain)[0]
    world["school"].update_settings(
        name="Institución Educativa San José", nit="900123456", resolution="Resolución 004512 de 2015",
        dane_code="111001012345", address="Calle 10 # 5-20, Bogotá", phone="601 3456789", logo=png(64, 64))
    pdf = render_checklist_pdf(world["printer"].for_enrollment(world["enrollment"].id), tmp_path / "despues.pdf")
    text = page_texts(pdf)[0]
    for expected in ("Institución Educativa San José", "NIT 900.123.456-8", "Resolución 004512 de 2015",
                     "Código DANE 111001012345", "Calle 10 # 5-20, Bogotá", "Tel. 601 3456789"):
        assert expected in text, expected
    assert image_count(pdf) == 1  # the logo
