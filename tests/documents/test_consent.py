"""The Ley 1581 authorisation per matrícula: versions, who may sign, every purpose answered, revocations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.checklist import ItemState
from desktop_app.domain.consent import DEFAULT_PURPOSES, Purpose, text_sha256
from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import EnrollmentDraft, GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.documents.conftest import MOMENT, count
from tests.documents.files import make_pdf
from tests.services.conftest import outbox

TEXT_1 = "El Colegio San José trata los datos personales de sus estudiantes según su política (Ley 1581 de 2012)."
TEXT_2 = TEXT_1 + " Incluye el uso de fotografías en la página web del colegio."
ALL_YES = {p.code: True for p in DEFAULT_PURPOSES}
SIGNED = date(2026, 1, 25)


@pytest.fixture
def consents(store: LocalStore, context: TenantContext) -> ConsentService:
    SchoolService(store, context).update_settings(habeas_data_text=TEXT_1)
    return ConsentService(store, context, clock=lambda: MOMENT)


def _guardian(store: LocalStore, context: TenantContext, student_id: str, relationship: str, number: str) -> str:
    guardians = GuardianService(store, context)
    guardian = guardians.create(GuardianDraft(document_type="CC", document_number=number,
                                              full_name=f"Acudiente {relationship}"))
    guardians.link(student_id, guardian.id, GuardianLinkDraft(relationship))
    return guardian.id


def _enrollment_of(store: LocalStore, context: TenantContext, year: str, birth: date) -> tuple[str, str]:
    student = StudentService(store, context).create(StudentDraft("TI" if birth.year > 2008 else "CC",
                                                                 str(1_030_000_000 + birth.year), "Ana Ruiz", birth))
    row = EnrollmentService(store, context).enroll(student.id, EnrollmentDraft(year, "11" if birth.year < 2009 else "4"))
    return student.id, row.id


def test_a_mother_signs_every_purpose_and_the_school_text_becomes_v1(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2016, 5, 1))
    mother = _guardian(store, context, student, "madre", "52345678")
    before = len(outbox(store))
    item = consents.record(enrollment, guardian_id=mother, answers={**ALL_YES, "imagen": False},
                           signed_on=SIGNED, minor_heard=True)
    assert item.state == ItemState.received
    (v1,) = consents.versions()
    assert (v1.version, v1.sha256, v1.text, v1.valid_from) == ("v1", text_sha256(TEXT_1), TEXT_1, "2026-02-03")
    assert [p.code for p in v1.purposes] == ["matricula", "simat", "contacto", "salud_piar", "imagen"]
    with store.read() as session:
        (row,) = session.find("enrollment_documents", school_id=context.school_id, enrollment_id=enrollment,
                              document_type="data_processing_consent")
    assert (row["accepted_by_guardian_id"], row["document_version"]) == (mother, "v1")
    assert row["metadata"]["consent"] == {
        "text_sha256": v1.sha256, "purposes": {**ALL_YES, "imagen": False}, "signed_on": "2026-01-25",
        "recorded_at": MOMENT.isoformat(), "recorded_by": context.user_id, "channel": "papel_firmado",
        "minor_heard": True, "titular": "representante_legal", "revocations": [],
    }
    # One transaction: the version appended to the settings and the checklist row.
    new = outbox(store)[before:]
    assert {e["table_name"] for e in new} == {"school_settings", "enrollment_documents"}
    assert len({e["tx_id"] for e in new}) == 1


def test_an_uncle_is_refused_and_an_unanswered_purpose_is_named(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2016, 5, 1))
    uncle = _guardian(store, context, student, "tio", "79111222")
    mother = _guardian(store, context, student, "madre", "52345678")
    rows, entries = count(store, "enrollment_documents"), count(store, "sync_outbox")
    with pytest.raises(ValidationFailed) as refused:
        consents.record(enrollment, guardian_id=uncle, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    assert refused.value.message == "La autorización la da la madre, el padre o el tutor legal (Ley 1581, art. 7)."
    with pytest.raises(ValidationFailed) as unanswered:
        consents.record(enrollment, guardian_id=mother, answers={**ALL_YES, "imagen": None}, signed_on=SIGNED,
                        minor_heard=True)
    assert unanswered.value.message == "Marque Autoriza o No autoriza en «Uso de imagen»."
    assert unanswered.value.errors[0].field == "purpose:imagen"
    with pytest.raises(ValidationFailed, match="la madre, el padre o el tutor legal"):
        consents.record(enrollment, guardian_id=None, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    assert (count(store, "enrollment_documents"), count(store, "sync_outbox")) == (rows, entries)


def test_a_student_of_18_signs_for_themself(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2007, 12, 1))
    consents.record(enrollment, guardian_id=None, answers=ALL_YES, signed_on=SIGNED, minor_heard=False)
    summary = consents.summary(enrollment)
    assert summary is not None and summary.titular == "estudiante" and summary.guardian_id is None
    father = _guardian(store, context, student, "padre", "80123456")
    with pytest.raises(ValidationFailed, match="mayor de edad"):
        consents.record(enrollment, guardian_id=father, answers=ALL_YES, signed_on=SIGNED, minor_heard=False)


def test_a_revocation_is_appended_and_nothing_is_erased(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2016, 5, 1))
    mother = _guardian(store, context, student, "madre", "52345678")
    consents.record(enrollment, guardian_id=mother, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    summary = consents.revoke(enrollment, "imagen", "La madre ya no autoriza fotos en la web", date(2026, 3, 2))
    assert summary.revoked == {"imagen"} and summary.purposes["imagen"] is False and summary.purposes["simat"]
    consents.revoke(enrollment, "contacto", "Pide no recibir mensajes", date(2026, 4, 2))
    with store.read() as session:
        (row,) = session.find("enrollment_documents", school_id=context.school_id, enrollment_id=enrollment,
                              document_type="data_processing_consent")
    consent = row["metadata"]["consent"]
    assert consent["purposes"] == ALL_YES  # what was signed stays as signed
    assert [(r["purpose"], r["date"], r["by"]) for r in consent["revocations"]] == [
        ("imagen", "2026-03-02", context.user_id), ("contacto", "2026-04-02", context.user_id)]
    with pytest.raises(ValidationFailed, match="motivo"):
        consents.revoke(enrollment, "simat", "  ", date(2026, 4, 3))


def test_a_new_text_gives_v2_and_old_consents_stay_v1(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2016, 5, 1))
    mother = _guardian(store, context, student, "madre", "52345678")
    consents.record(enrollment, guardian_id=mother, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    assert consents.publish(TEXT_1).version == "v1"  # same text and purposes: no new version
    v2 = consents.publish(TEXT_2)
    assert v2.version == "v2" and [v.version for v in consents.versions()] == ["v1", "v2"]
    fewer = consents.publish(TEXT_2, [p for p in DEFAULT_PURPOSES if p.code != "imagen"])
    assert fewer.version == "v3"  # purposes changed
    summary = consents.summary(enrollment)
    assert summary is not None and summary.version == "v1" and summary.outdated and summary.current_version == "v3"
    assert consents.versions()[0].text == TEXT_1  # append-only: v1 kept word for word
    assert consents.outdated_enrollment_ids() == [enrollment]
    with pytest.raises(ValidationFailed):
        consents.publish("   ")
    with pytest.raises(ValidationFailed):
        consents.publish(TEXT_2, [Purpose("a", "A", True), Purpose("a", "B", True)])


def test_the_consent_is_validated_only_with_the_signed_scan(
    tmp_path: Path, store: LocalStore, context: TenantContext, consents: ConsentService, documents: DocumentService,
    year: str,
) -> None:
    student, enrollment = _enrollment_of(store, context, year, date(2016, 5, 1))
    mother = _guardian(store, context, student, "madre", "52345678")
    consents.record(enrollment, guardian_id=mother, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    enrollments = EnrollmentService(store, context)
    with pytest.raises(ValidationFailed) as refused:
        enrollments.mark_document(enrollment, "data_processing_consent", "validated")
    assert refused.value.message == "Adjunte la autorización firmada escaneada antes de validarla."
    documents.attach(enrollment, "data_processing_consent", make_pdf(tmp_path / "autorizacion-firmada.pdf"))
    assert enrollments.mark_document(enrollment, "data_processing_consent", "validated").state == ItemState.validated
    assert consents.summary(enrollment).version == "v1"  # the attach kept the consent record


def test_the_matriculas_list_filters_consents_of_an_older_text(
    store: LocalStore, context: TenantContext, consents: ConsentService, year: str,
) -> None:
    from desktop_app.domain.consent import OUTDATED_CONSENT_FILTER
    from desktop_app.services.dto import EnrollmentQuery

    enrollments = EnrollmentService(store, context)
    signed_old, not_signed = (_enrollment_of(store, context, year, date(2016, 5, 1)),
                              _enrollment_of(store, context, year, date(2017, 5, 1)))
    signed_new = _enrollment_of(store, context, year, date(2018, 5, 1))
    mother = _guardian(store, context, signed_old[0], "madre", "52345678")
    consents.record(signed_old[1], guardian_id=mother, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    query = EnrollmentQuery(school_year_id=year, status=OUTDATED_CONSENT_FILTER)
    assert enrollments.list_ids(query) == []  # v1 is still the current text
    consents.publish(TEXT_2)
    father = _guardian(store, context, signed_new[0], "padre", "80123456")
    consents.record(signed_new[1], guardian_id=father, answers=ALL_YES, signed_on=SIGNED, minor_heard=True)
    assert enrollments.list_ids(query) == [signed_old[1]]
    assert consents.outdated_enrollment_ids() == [signed_old[1]]
    assert not_signed[1] in enrollments.list_ids(EnrollmentQuery(school_year_id=year))
