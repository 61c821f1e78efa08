"""*Reutilizar archivo del año anterior* on the checklist (real services, real SQLite, real files): shown only
where last year's matrícula has a file of that document; a click links it and the item reads *Recibido (por
validar)*."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.ui.context import UiServices
from desktop_app.ui.enrollments.view import EnrollmentsView
from tests.documents.files import make_pdf, sha256_of

EPS = "health_affiliation"


def test_reuse_links_last_years_file_and_waits_for_validation(qtbot, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert services.documents is not None
    years = [services.school_years.create_year(SchoolYearDraft(name, date(int(name), 1, 20), date(int(name), 11, 30)))
             for name in ("2026", "2027")]
    student = services.students.create(StudentDraft("TI", "1023456789", "María José Rodríguez", date(2015, 3, 7)))
    last_year = services.enrollments.enroll(student.id, EnrollmentDraft(years[0].id, "5", "501", "morning")).id
    scan = make_pdf(tmp_path / "eps.pdf")
    services.documents.attach(last_year, EPS, scan)
    this_year = services.enrollments.enroll(student.id, EnrollmentDraft(years[1].id, "6", "601", "morning")).id
    view = EnrollmentsView(services, services.task_runner())
    qtbot.addWidget(view)
    view.show()
    view.select_enrollment(this_year)
    actions = view.panel.documents

    view.panel.select_item("photos")  # nothing of last year to reuse
    assert not actions.reuse_button.isVisible()
    view.panel.select_item(EPS)
    assert actions.reuse_button.isVisible() and actions.reuse_button.isEnabled()
    assert actions.reuse_button.text() == "Reutilizar archivo del año anterior"
    actions.reuse_button.click()

    row = view.panel.model.row_of(EPS)
    assert view.panel.model.index(row, 1).data() == "Recibido (por validar)"
    assert [f.sha256 for f in services.documents.files(this_year, EPS)] == [sha256_of(scan)]
    assert actions.files_label.text() == "Archivos: eps.pdf (por subir)"
    assert not actions.reuse_button.isVisible()  # already linked
