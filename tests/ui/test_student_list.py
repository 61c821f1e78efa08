"""The students list: search as you type on the real worker pool, filters and header sorting done by the service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.guardians.table_model import GuardianTableModel
from desktop_app.ui.guardians.view import GuardiansView
from desktop_app.ui.students.guardian_links import GuardianLinksModel, LinkEntry
from desktop_app.ui.students.table_model import StudentTableModel
from desktop_app.ui.students.view import StudentsView
from tests.ui.typing_helpers import type_text

STUDENTS = (
    ("TI", "1001001001", "Ángela Núñez Ospina", date(2012, 4, 1)),
    ("TI", "1001001002", "Andrés Felipe Gómez", date(2011, 7, 19)),
    ("RC", "1001001003", "Valentina Muñoz Peña", date(2016, 2, 11)),
    ("TI", "1002003004", "José Nuñez Arango", date(2010, 12, 5)),
)


@pytest.fixture
def school(services: UiServices) -> dict[str, str]:
    """Four students; three enrolled in the active 2026 year (two in 6°, one pending documents in 1°)."""
    ids = {}
    for doc_type, number, name, birth in STUDENTS:
        ids[name] = services.students.create(StudentDraft(doc_type, number, name, birth)).id
    year = services.school_years.create_year(
        SchoolYearDraft(name="2026", starts_on=date(2026, 1, 26), ends_on=date(2026, 11, 27), status="active")
    )
    ids["year"] = year.id
    services.enrollments.enroll(ids["Ángela Núñez Ospina"], EnrollmentDraft(year.id, "6", "601", "morning"))
    services.enrollments.enroll(ids["Andrés Felipe Gómez"], EnrollmentDraft(year.id, "6", "602", "morning"))
    services.enrollments.enroll(ids["Valentina Muñoz Peña"], EnrollmentDraft(year.id, "1", "101", "afternoon"))
    return ids


def _names(model: StudentTableModel) -> list[str]:
    return [model.row_at(row).full_name for row in range(model.rowCount())]


def test_search_as_you_type_ignores_accents_and_matches_documents(qtbot, threaded_services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    view = StudentsView(threaded_services)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)

    with qtbot.waitSignal(view.ids_loaded, timeout=5000):
        type_text(view.search_box, "nunez")
    assert _names(view.model) == ["Ángela Núñez Ospina", "José Nuñez Arango"]

    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    with qtbot.waitSignal(view.ids_loaded, timeout=5000):
        type_text(view.search_box, "MUÑOZ pena")
    assert _names(view.model) == ["Valentina Muñoz Peña"]

    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    with qtbot.waitSignal(view.ids_loaded, timeout=5000):
        type_text(view.search_box, "1002003004")
    assert _names(view.model) == ["José Nuñez Arango"]
    assert view.count_label.text() == "1 estudiante(s)"


def test_filters_by_grade_enrollment_status_and_active(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.set_school_year(school["year"])
    assert view.model.rowCount() == 4

    view.grade_combo.setCurrentIndex(view.grade_combo.findData("6"))
    assert sorted(_names(view.model)) == ["Andrés Felipe Gómez", "Ángela Núñez Ospina"]
    grade_texts = {view.model.data(view.model.index(row, 3)) for row in range(2)}
    assert grade_texts == {f"{labels.grade_label('6')} 601", f"{labels.grade_label('6')} 602"}

    view.grade_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findData("pending_documents"))
    assert len(_names(view.model)) == 3  # every new enrollment starts waiting for documents

    view.status_combo.setCurrentIndex(0)
    services.students.deactivate(school["José Nuñez Arango"])
    view.reload()
    assert "José Nuñez Arango" not in _names(view.model)
    view.active_only_check.setChecked(False)
    assert "José Nuñez Arango" in _names(view.model)


def test_header_click_sorts_through_a_new_query(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert _names(view.model)[0] == "Andrés Felipe Gómez"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.query().sort == "full_name" and view.query().descending
    assert _names(view.model)[0] == "Valentina Muñoz Peña"
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # birth date
    assert view.query().sort == "birth_date"
    assert _names(view.model)[0] == "José Nuñez Arango"


def test_table_models_pass_qt_model_tester(qtmodeltester, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    students = StudentTableModel(lambda ids: services.students.rows(ids, school_year_id=school["year"]))
    students.set_ids(services.students.list_ids(StudentsView(services).query()))
    qtmodeltester.check(students, force_py=True)

    guardian = services.guardians.create(GuardianDraft("CC", "43123456", "Gloria Ospina"))
    guardians = GuardianTableModel(services.guardians.rows)
    guardians.set_ids(services.guardians.list_ids(""))
    qtmodeltester.check(guardians, force_py=True)

    links = GuardianLinksModel()
    links.add_or_replace(LinkEntry(guardian, GuardianLinkDraft("madre", is_primary=True)))
    qtmodeltester.check(links, force_py=True)


def test_guardians_screen_lists_the_students_of_each_guardian(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    mother = services.guardians.create(GuardianDraft("CC", "43123456", "Gloria Ospina", phone="3015550000"))
    services.guardians.link(school["Ángela Núñez Ospina"], mother.id, GuardianLinkDraft("madre", is_primary=True))
    services.guardians.link(school["Valentina Muñoz Peña"], mother.id, GuardianLinkDraft("madre", is_primary=True))
    view = GuardiansView(services)
    qtbot.addWidget(view)
    view.ensure_loaded()
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "Gloria Ospina"
    with qtbot.waitSignal(view.students_shown, timeout=5000):
        view.table.selectRow(0)
    shown = [view.students_list.item(row).text() for row in range(view.students_list.count())]
    assert len(shown) == 2 and any("Valentina Muñoz Peña" in text for text in shown)

    with qtbot.waitSignal(view.ids_loaded, timeout=5000):
        type_text(view.search_box, "ospina")
    assert view.model.rowCount() == 1


def test_deactivate_asks_then_hides_the_student_and_reactivate_brings_it_back(qtbot, services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    view = StudentsView(services)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.select_student(school["Valentina Muñoz Peña"])
    assert view.active_button.isEnabled() and view.active_button.text() == "Desactivar"

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Valentina Muñoz Peña" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    view.active_button.click()
    assert "Valentina Muñoz Peña" not in _names(view.model)
    assert not services.students.get(school["Valentina Muñoz Peña"]).is_active

    view.active_only_check.setChecked(False)
    view.select_student(school["Valentina Muñoz Peña"])
    assert view.active_button.text() == "Reactivar"
    view.active_button.click()
    assert services.students.get(school["Valentina Muñoz Peña"]).is_active


def test_a_teacher_can_look_but_not_create_or_change(qtbot, store, session, school: dict) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from desktop_app.app import Session, build_services
    from desktop_app.ui.guardians.view import GuardiansView
    from desktop_app.ui.students.form import StudentDialog
    from desktop_app.ui.tasks import TaskRunner

    teacher = dataclasses.replace(session.context, roles=frozenset({"teacher"}))
    services = build_services(store, Session(teacher, session.mode), TaskRunner(synchronous=True))
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.reload()
    assert view.model.rowCount() == 4
    assert not view.new_button.isEnabled() and "rol" in view.new_button.toolTip()
    view.new_student()
    assert not [w for w in view.findChildren(StudentDialog) if w.isVisible()]
    view.select_student(school["Ángela Núñez Ospina"])
    assert not view.active_button.isEnabled()

    dialog = StudentDialog(services, school["Ángela Núñez Ospina"], view)
    dialog.show()
    assert dialog.full_name_edit.text() == "Ángela Núñez Ospina"
    assert not dialog.save_button.isEnabled() and not dialog.add_link_button.isEnabled()
    assert dialog.general_error.isVisible()
    dialog.done(0)
    guardians = GuardiansView(services)
    qtbot.addWidget(guardians)
    assert not guardians.new_button.isEnabled()


def test_enter_in_the_search_box_goes_to_the_first_match_and_enter_again_opens_it(qtbot, threaded_services: UiServices, school: dict) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.students.form import StudentDialog

    view = StudentsView(threaded_services)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    view.search_box.setFocus()
    type_text(view.search_box, "valentina")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)  # before the pause ends: the search runs at once
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table and view.current_student_id() is not None)
    assert view.current_student_id() == school["Valentina Muñoz Peña"]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = next(w for w in view.findChildren(StudentDialog) if w.isVisible())
    qtbot.waitUntil(lambda: dialog.full_name_edit.text() == "Valentina Muñoz Peña")
    dialog.done(0)
