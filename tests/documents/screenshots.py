"""Screenshots of the documents features for the README (attach, scanner, viewer, consent, printed consent).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.documents.screenshots

Writes `docs/screenshots/documentos-*.png` from the real app on a small school made here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.app import build_services, build_window, create_application, local_session
from desktop_app.printing.checklist import render_checklist_pdf
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.tasks import TaskRunner
from tests.documents.files import make_image, make_pdf
from tests.screenshots import OUTPUT, WINDOW_SIZE, _pdf_page_to_png, save, wait_until

HABEAS = ("El Colegio San José, responsable del tratamiento, recolecta y usa los datos personales de sus "
          "estudiantes y familias según su política de tratamiento (Ley 1581 de 2012 y Decreto 1377 de 2013).")


def take_all(workdir: Path) -> None:
    app, _translators = create_application([], "es")
    if app.platformName() == "offscreen":
        raise SystemExit("Run under Xvfb (see the module docstring), not QT_QPA_PLATFORM=offscreen.")
    # The scanner folder is a per-PC setting: kept in the temp dir, never in the user's real settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
    QSettings().setValue("scanner/folder", str(workdir / "escaner"))
    (workdir / "escaner").mkdir()
    make_pdf(workdir / "escaner" / "scan_0003.pdf")
    make_pdf(workdir / "escaner" / "scan_0004.pdf", pages=2)
    store = LocalStore.open(workdir / "data" / "secretaria.sqlite3")
    runner = TaskRunner(app)
    services = build_services(store, local_session(store), runner)
    services.school.update_settings(habeas_data_text=HABEAS)
    year = services.school_years.create_year(SchoolYearDraft("2027", date(2027, 1, 20), date(2027, 11, 30),
                                                             status="active"))
    student = services.students.create(StudentDraft("TI", "1023456789", "María José Rodríguez Peñaloza",
                                                    date(2015, 3, 7)))
    mother = services.guardians.create(GuardianDraft("CC", "52345678", "Luz Marina Peñaloza Castañeda"))
    services.guardians.link(student.id, mother.id, GuardianLinkDraft("madre", is_primary=True))
    enrollment = services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning"))
    assert services.documents is not None and services.consent is not None
    services.documents.attach(enrollment.id, "registro_civil", make_pdf(workdir / "registro-civil.pdf", pages=2))
    services.documents.attach(enrollment.id, "photos", make_image(workdir / "fotos.jpg", size=(600, 400)))

    window = build_window(services)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.tabs.setCurrentWidget(window.enrollments_view)
    view = window.enrollments_view
    wait_until(lambda: view.model.rowCount() > 0)
    view.select_enrollment(enrollment.id)
    wait_until(lambda: view.panel.model.rowCount() > 0)
    view.panel.select_item("registro_civil")
    wait_until(lambda: "registro-civil.pdf" in view.panel.documents.files_label.text())
    save(window, "documentos-1-adjuntar.png")

    actions = view.panel.documents
    actions.open_scanner()
    scanner = actions.scanner_dialog
    assert scanner is not None
    wait_until(lambda: len(scanner.ready_paths()) == 2, 10_000)
    scanner.files.item(0).setSelected(True)
    save(scanner, "documentos-2-escaner.png")
    scanner.reject()

    view.panel.select_item("data_processing_consent")
    actions.open_consent()
    dialog = actions.consent_dialog
    assert dialog is not None
    dialog.choose_signer(mother.id)
    for code in ("matricula", "simat", "contacto"):
        dialog.answer(code, True)
    dialog.answer("salud_piar", False)
    dialog.heard_check.setChecked(True)
    dialog.save()
    wait_until(lambda: dialog.error_label.isVisible())
    save(dialog, "documentos-3-autorizacion.png")
    dialog.reject()

    printer = ChecklistPrintService(services.enrollments, services.students, services.guardians, services.school,
                                    services.context, consent=services.consent)
    pdf = render_checklist_pdf(printer.for_enrollment(enrollment.id), workdir / "lista.pdf")
    _pdf_page_to_png(pdf, OUTPUT / "documentos-4-autorizacion-impresa.png")
    window.close()
    runner.wait_for_done()
    store.close()


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.pop("QT_QPA_PLATFORM", None)
    with tempfile.TemporaryDirectory() as workdir:
        take_all(Path(workdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
