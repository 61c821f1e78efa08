"""The Matrículas screen on real services over a real SQLite file: enroll, statuses, documents, roles, PDFs."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import Session, build_services
from desktop_app.domain.checklist import ItemState
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    EnrollmentDraft,
    EnrollmentQuery,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.enrollments.checklist_model import ChecklistModel, ChecklistRole
from desktop_app.ui.enrollments.enroll_dialog import EnrollDialog
from desktop_app.ui.enrollments.table_model import EnrollmentTableModel
from desktop_app.ui.enrollments.view import EnrollmentsView
from desktop_app.ui.tasks import TaskRunner
from tests.printing.support import page_texts
from tests.ui.typing_helpers import type_text

HABEAS = "El Colegio San José trata los datos personales según su política (Ley 1581 de 2012)."


@pytest.fixture
def school(services: UiServices) -> dict:
    """A school with NIT and habeas text, an active year 2027, three students of 6° (two in 601) with guardians."""
    services.school.update_settings(nit="900123456-8", resolution="Resolución 004512 de 2015", habeas_data_text=HABEAS)
    year = services.school_years.create_year(
        SchoolYearDraft(name="2027", starts_on=date(2027, 1, 20), ends_on=date(2027, 11, 30), status="active")
    )
    students = {}
    for name, number, birth in (
        ("María José Rodríguez Peñaloza", "1023456789", date(2015, 3, 7)),
        ("Juan Esteban Mosquera Ríos", "1023456790", date(2015, 8, 1)),
        ("Camilo Andrés Suárez", "1023456791", date(2014, 11, 2)),
    ):
        students[name] = services.students.create(
            StudentDraft(document_type="TI", document_number=number, full_name=name, birth_date=birth)
        )
    mother = services.guardians.create(
        GuardianDraft(document_type="CC", document_number="52345678", full_name="Luz Marina Peñaloza Castañeda")
    )
    services.guardians.link(
        students["María José Rodríguez Peñaloza"].id, mother.id, GuardianLinkDraft("madre", is_primary=True)
    )
    return {"year": year, "students": students}


def _enroll(services: UiServices, school: dict, name: str, group: str = "601") -> str:
    draft = EnrollmentDraft(school_year_id=school["year"].id, grade_level="6", group_code=group, shift="morning")
    return services.enrollments.enroll(school["students"][name].id, draft).id


def _view(qtbot, services: UiServices) -> EnrollmentsView:  # type: ignore[no-untyped-def]
    view = EnrollmentsView(services, services.task_runner())
    qtbot.addWidget(view)
    view.show()
    return view


def _services_with_roles(store: LocalStore, services: UiServices, roles: set[str]) -> UiServices:
    context = TenantContext(services.context.school_id, str(uuid.uuid4()), frozenset(roles), "Docente")
    return build_services(store, Session(context, Mode.local), TaskRunner(synchronous=True))


def test_models_pass_the_model_tester(qtmodeltester, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    _enroll(services, school, "Juan Esteban Mosquera Ríos")
    table = EnrollmentTableModel(services.enrollments.rows)
    table.set_ids(services.enrollments.list_ids(EnrollmentQuery(school_year_id=school["year"].id)))
    qtmodeltester.check(table)
    assert table.rowCount() == 2

    checklist = ChecklistModel()
    checklist.set_items(services.enrollments.checklist(enrollment_id))
    qtmodeltester.check(checklist)
    assert checklist.rowCount() > 3
    assert checklist.index(0, 1).data() == "Falta"
    assert checklist.index(0, 0).data(ChecklistRole.StateRole) == "missing"


def test_enroll_a_student_from_the_dialog_with_age_warning(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, services)
    assert view.model.rowCount() == 0

    dialog = view.new_enrollment()
    assert isinstance(dialog, EnrollDialog)
    type_text(dialog.search_box, "peñaloza")
    qtbot.waitUntil(lambda: dialog.student_list.count() == 1, timeout=3000)
    assert "María José Rodríguez Peñaloza" in dialog.student_list.item(0).text()
    assert dialog.selected_student_id() == school["students"]["María José Rodríguez Peñaloza"].id
    assert dialog.year_combo.currentText() == "2027"
    grade_codes = [dialog.grade_combo.itemData(i) for i in range(1, dialog.grade_combo.count())]
    assert grade_codes.index("transicion") < grade_codes.index("1") < grade_codes.index("11")  # school order

    dialog.set_grade("transicion")  # an 11-year-old in transición
    assert "edad" in dialog.age_warning_text().lower()
    dialog.set_grade("6")
    assert dialog.age_warning_text() == ""
    type_text(dialog.group_edit, "601")
    dialog.set_shift("morning")
    assert dialog.shift_combo.currentText() == "Mañana"
    with qtbot.waitSignal(dialog.enrolled, timeout=3000) as enrolled:
        dialog.submit()

    assert not dialog.isVisible()
    assert view.model.ids() == [enrolled.args[0]]
    row = view.model.row_at(0)
    assert (row.student_name, row.grade_level, row.group_code, row.shift, row.status) == (
        "María José Rodríguez Peñaloza", "6", "601", "morning", "pending_documents"
    )
    assert view.model.index(0, 2).data() == "6°" and view.model.index(0, 4).data() == "Mañana"
    assert view.panel.enrollment_id() == enrolled.args[0]


def test_a_refused_enrollment_keeps_what_was_typed(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    _enroll(services, school, "María José Rodríguez Peñaloza")
    view = _view(qtbot, services)
    dialog = view.new_enrollment(school["students"]["María José Rodríguez Peñaloza"].id)
    dialog.set_grade("7")
    type_text(dialog.group_edit, "702")

    dialog.submit()  # same student, same year: refused

    assert dialog.isVisible()
    assert "2027" in dialog.general_error.text() or "2027" in dialog.student_error.text() + dialog.grade_error.text()
    assert dialog.group_edit.text() == "702" and dialog.grade_combo.currentData() == "7"
    assert len(services.enrollments.list_ids(EnrollmentQuery(school_year_id=school["year"].id))) == 1

    empty = view.new_enrollment()
    empty.student_list.setCurrentRow(-1)
    empty.submit()
    assert empty.isVisible() and empty.student_error.text() and empty.grade_error.text()


def test_status_moves_legal_refused_and_with_reason(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    view = _view(qtbot, services)
    assert view.select_enrollment(enrollment_id)
    panel = view.panel

    dialog = panel.change_status()
    offered = [dialog.choice_combo.itemData(i) for i in range(dialog.choice_combo.count())]
    assert offered == ["in_review", "withdrawn"]  # only what the machine allows from pending_documents
    dialog.choice_combo.setCurrentIndex(offered.index("in_review"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.text()  # documents are missing: refused, dialog stays
    dialog.reject()
    assert services.enrollments.get(enrollment_id).status == "pending_documents"

    for item in services.enrollments.checklist(enrollment_id):
        services.enrollments.mark_document(enrollment_id, item.requirement.code, "received")
    panel.reload_checklist()
    assert "completa" in panel.ready_label.text()
    dialog = panel.change_status()
    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData("in_review"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert services.enrollments.get(enrollment_id).status == "in_review"
    assert "En revisión" in view.model.index(view.model.row_of(enrollment_id), 5).data()

    dialog = panel.change_status()
    dialog.choice_combo.setCurrentIndex(dialog.choice_combo.findData("withdrawn"))
    assert "obligatorio" in dialog.reason_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.text() == "Escriba el motivo."
    assert services.enrollments.get(enrollment_id).status == "in_review"
    type_text(dialog.reason_edit, "Traslado a otra ciudad")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    enrollment = services.enrollments.get(enrollment_id)
    assert enrollment.status == "withdrawn"
    assert enrollment.status_history[-1]["reason"] == "Traslado a otra ciudad"
    assert panel.enrollment().status == "withdrawn"


def test_validate_and_reject_documents_reason_required(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    view = _view(qtbot, services)
    view.select_enrollment(enrollment_id)
    panel = view.panel
    first, second = (item.requirement.code for item in panel.model.items()[:2])

    assert panel.select_item(first)
    qtbot.mouseClick(panel.item_buttons[ItemState.received], Qt.MouseButton.LeftButton)
    assert _state(services, enrollment_id, first) == "received"
    assert panel.model.index(panel.model.row_of(first), 1).data() == "Recibido (por validar)"
    assert not panel.item_buttons[ItemState.received].isEnabled()  # already received
    qtbot.mouseClick(panel.item_buttons[ItemState.validated], Qt.MouseButton.LeftButton)
    assert _state(services, enrollment_id, first) == "validated"
    assert panel.model.index(panel.model.row_of(first), 1).data() == "Validado"

    panel.select_item(second)
    dialog = panel.mark_current(ItemState.rejected)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.text() == "Escriba el motivo."
    assert _state(services, enrollment_id, second) == "missing"
    type_text(dialog.reason_edit, "Ilegible, traer copia nueva")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter saves, as in every form
    assert not dialog.isVisible()
    row = panel.model.row_of(second)
    assert panel.model.index(row, 1).data() == "Rechazado"
    assert panel.model.index(row, 2).data() == "Ilegible, traer copia nueva"
    assert _state(services, enrollment_id, second) == "rejected"


def _state(services: UiServices, enrollment_id: str, code: str) -> str:
    return next(str(i.state) for i in services.enrollments.checklist(enrollment_id) if i.requirement.code == code)


def test_a_teacher_sees_but_cannot_validate_enroll_or_move(qtbot, store: LocalStore, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    teacher = _services_with_roles(store, services, {"teacher"})
    view = _view(qtbot, teacher)
    assert view.select_enrollment(enrollment_id)
    panel = view.panel
    assert panel.model.rowCount() > 0 and panel.current_item() is not None

    validate = panel.item_buttons[ItemState.validated]
    assert not validate.isEnabled()
    assert validate.toolTip() == "Su rol no permite validar documentos."
    assert not panel.item_buttons[ItemState.received].isEnabled()
    assert not panel.item_buttons[ItemState.rejected].isEnabled()
    assert not view.enroll_button.isEnabled() and "crear matrículas" in view.enroll_button.toolTip()
    assert not panel.status_button.isEnabled()
    assert panel.mark_current(ItemState.validated) is None  # even if triggered, nothing is saved
    assert "validar documentos" in panel.message_label.text()
    assert _state(services, enrollment_id, panel.current_item().requirement.code) == "missing"
    assert panel.print_button.isEnabled()  # teachers may print

    secretary = _services_with_roles(store, services, {"secretary"})
    desk = _view(qtbot, secretary)
    desk.select_enrollment(enrollment_id)
    assert desk.panel.item_buttons[ItemState.validated].isEnabled()
    for item in services.enrollments.checklist(enrollment_id):
        # the Ley 1581 consent is validated only with its signed scan attached (issue 11): received here
        state = "received" if item.requirement.code == "data_processing_consent" else "validated"
        services.enrollments.mark_document(enrollment_id, item.requirement.code, state)
    services.enrollments.change_status(enrollment_id, "in_review")
    services.enrollments.change_status(enrollment_id, "active")
    desk.reload()
    desk.select_enrollment(enrollment_id)
    dialog = desk.panel.change_status()
    offered = [dialog.choice_combo.itemData(i) for i in range(dialog.choice_combo.count())]
    assert offered == ["withdrawn"]  # graduation belongs to management, not to the secretary
    dialog.reject()


def test_print_one_checklist_and_a_group_batch_to_pdf(qtbot, services: UiServices, school: dict, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    maria = _enroll(services, school, "María José Rodríguez Peñaloza")
    _enroll(services, school, "Juan Esteban Mosquera Ríos")
    _enroll(services, school, "Camilo Andrés Suárez", group="602")
    services.enrollments.mark_document(maria, "photos", "rejected", "Fondo azul, deben ser fondo blanco")
    extra = services.students.create(StudentDraft(document_type="TI", document_number="1023456792",
                                                  full_name="Sara Lucía Ortega", birth_date=date(2015, 1, 9)))
    withdrawn = services.enrollments.enroll(extra.id, EnrollmentDraft(
        school_year_id=school["year"].id, grade_level="6", group_code="601", shift="morning")).id
    services.enrollments.change_status(withdrawn, "withdrawn", "Traslado")
    view = _view(qtbot, services)

    single = tmp_path / "maria.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=5000):
        view.save_enrollment_pdf(maria, str(single))
    pages = page_texts(single)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Colegio San José", "NIT 900.123.456-8", "Resolución 004512 de 2015", "María José Rodríguez Peñaloza",
        "TI", "1023456789", "6°", "601", "Mañana", "2027", "07/03/2015", "Documentos pendientes",
        "Luz Marina Peñaloza Castañeda", "CC 52345678", "Fondo azul, deben ser fondo blanco", "Rechazado", "Falta",
        HABEAS, "Firma del acudiente", "Firma de la secretaría",
    ):
        assert expected in text, expected
    for item in services.enrollments.checklist(maria):
        assert item.requirement.label in text, item.requirement.label

    batch = tmp_path / "grupo-601.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=10000):
        view.print_group_pdf(school["year"].id, "6", "601", str(batch))
    pages = page_texts(batch)
    assert len(pages) == 2  # one page per student of 6° 601: Camilo (602) and withdrawn Sara are not in it
    assert "Juan Esteban Mosquera Ríos" in pages[0] and "María José Rodríguez Peñaloza" in pages[1]
    assert all("Camilo" not in page and "Sara" not in page and "Firma del acudiente" in page for page in pages)


def test_group_batch_runs_in_the_background(qtbot, threaded_services: UiServices, school: dict, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = threaded_services
    for name in school["students"]:
        _enroll(services, school, name)
    view = _view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)

    target = tmp_path / "grupo.pdf"
    steps: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(view.pdf_saved, timeout=15000) as saved:
        view.print_group_pdf(school["year"].id, "6", "601", str(target)).on_progress(
            lambda done, total, text: steps.append((done, total, text))
        )
    assert saved.args[0] == str(target)
    assert len(page_texts(target)) == 3
    assert steps[0] == (0, 3, "Lista 1 de 3: Camilo Andrés Suárez") and steps[-1][:2] == (3, 3)


def test_print_preview_shows_the_checklist_pages(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from desktop_app.ui.enrollments.print_actions import make_preview_dialog

    maria = _enroll(services, school, "María José Rodríguez Peñaloza")
    juan = _enroll(services, school, "Juan Esteban Mosquera Ríos")
    service = _view(qtbot, services).checklist_print_service()
    dialog = make_preview_dialog(None, [service.for_enrollment(maria), service.for_enrollment(juan)])
    qtbot.addWidget(dialog)
    dialog.open()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 2, timeout=5000)
    dialog.reject()


def test_cancelling_a_group_batch_writes_no_file(qtbot, threaded_services: UiServices, school: dict, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    services = threaded_services
    for name in school["students"]:
        _enroll(services, school, name)
    view = _view(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    release = threading.Event()
    # the db lane runs one task at a time: while this one waits, the batch is queued and can be cancelled
    services.task_runner().operation(lambda _progress: release.wait(10)).start()
    target = tmp_path / "cancelado.pdf"
    operation = view.print_group_pdf(school["year"].id, "6", "601", str(target))
    operation.cancel()
    release.set()

    qtbot.waitUntil(lambda: "cancelada" in view.print_status_label.text(), timeout=10000)
    assert not target.exists()


def test_paper_size_choice_is_used_and_remembered(qtbot, services: UiServices, school: dict, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.printing.support import page_sizes_pt

    maria = _enroll(services, school, "María José Rodríguez Peñaloza")
    view = _view(qtbot, services)
    assert view.paper_combo.currentText() == "Carta"
    view.paper_combo.setCurrentIndex(view.paper_combo.findText("A4"))
    target = tmp_path / "a4.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=5000):
        view.save_enrollment_pdf(maria, str(target))
    assert page_sizes_pt(target) == [(595, 842)]

    again = _view(qtbot, services)
    assert again.paper_combo.currentText() == "A4" and str(again.paper()) == "a4"


def test_documents_can_be_marked_from_the_keyboard(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    view = _view(qtbot, services)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.select_enrollment(enrollment_id)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the matrícula goes to its documents
    assert view.panel.table.hasFocus()
    code = view.panel.current_item().requirement.code

    # a button's Alt+letter clicks it "animated" (pressed look for a moment), so the save follows shortly
    qtbot.keyClick(view.panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _state(services, enrollment_id, code) == "received", timeout=3000)
    qtbot.keyClick(view.panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _state(services, enrollment_id, code) == "validated", timeout=3000)


def test_rejecting_a_document_under_review_returns_the_matricula(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    enrollment_id = _enroll(services, school, "María José Rodríguez Peñaloza")
    for item in services.enrollments.checklist(enrollment_id):
        services.enrollments.mark_document(enrollment_id, item.requirement.code, "received")
    services.enrollments.change_status(enrollment_id, "in_review")
    view = _view(qtbot, services)
    view.select_enrollment(enrollment_id)
    assert "En revisión" in view.panel.details_label.text()

    dialog = view.panel.mark_current(ItemState.rejected)
    type_text(dialog.reason_edit, "Copia ilegible")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    assert services.enrollments.get(enrollment_id).status == "pending_documents"
    assert "Documentos pendientes" in view.panel.details_label.text()
    assert view.model.index(view.model.row_of(enrollment_id), 5).data() == "Documentos pendientes"
    assert view.panel.ready_label.text() == "Falta 1 documento."


def test_student_search_says_when_the_list_is_cut(qtbot, monkeypatch, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.enrollments import enroll_dialog

    monkeypatch.setattr(enroll_dialog, "MAX_STUDENT_RESULTS", 2)
    dialog = _view(qtbot, services).new_enrollment()
    assert dialog.student_list.count() == 2
    assert not dialog.more_label.isHidden() and "2 de 3" in dialog.more_label.text()

    type_text(dialog.search_box, "suarez")
    qtbot.waitUntil(lambda: dialog.student_list.count() == 1, timeout=3000)
    assert dialog.more_label.isHidden()
