"""The printed checklist names the consent text's version and has one Autorizo/No autorizo pair per purpose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.consent import DEFAULT_PURPOSES, text_sha256
from desktop_app.printing.checklist import render_checklist_pdf
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.documents.test_consent import TEXT_1, TEXT_2
from tests.printing.support import page_texts


def _printer(store: LocalStore, context: TenantContext, consent: ConsentService | None) -> ChecklistPrintService:
    from desktop_app.services.enrollments import EnrollmentService

    return ChecklistPrintService(EnrollmentService(store, context), StudentService(store, context),
                                 GuardianService(store, context), SchoolService(store, context), context,
                                 consent=consent)


def test_the_printed_form_shows_text_v1_its_hash_and_every_purpose(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, store: LocalStore, context: TenantContext, enrollment: str,
) -> None:
    SchoolService(store, context).update_settings(habeas_data_text=TEXT_1)
    consents = ConsentService(store, context)
    pdf = render_checklist_pdf(_printer(store, context, consents).for_enrollment(enrollment, today=date(2026, 2, 3)),
                               tmp_path / "lista.pdf")
    text = " ".join(page_texts(Path(pdf)))
    assert f"Texto v1 · {text_sha256(TEXT_1)[:8]}" in text
    for purpose in DEFAULT_PURPOSES:
        assert purpose.label in text
    assert text.count("No autorizo") == len(DEFAULT_PURPOSES)
    assert consents.versions() == []  # printing records nothing: v1 is made when a consent is recorded

    consents.publish(TEXT_1)
    consents.publish(TEXT_2)
    pdf = render_checklist_pdf(_printer(store, context, consents).for_enrollment(enrollment), tmp_path / "v2.pdf")
    assert f"Texto v2 · {text_sha256(TEXT_2)[:8]}" in " ".join(page_texts(Path(pdf)))


def test_without_the_consent_service_the_form_keeps_its_single_box_pair(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, store: LocalStore, context: TenantContext, enrollment: str,
) -> None:
    pdf = render_checklist_pdf(_printer(store, context, None).for_enrollment(enrollment), tmp_path / "lista.pdf")
    text = " ".join(page_texts(Path(pdf)))
    assert "Texto v" not in text and text.count("No autorizo") == 1
