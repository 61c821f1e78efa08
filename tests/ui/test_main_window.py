"""The main window: local-mode notice, first-run school year, year selector and Ctrl+P from the students list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.ui.context import UiServices
from desktop_app.ui.main_window.school_year_dialog import SchoolYearDialog
from desktop_app.ui.main_window.window import MainWindow
from tests.ui.typing_helpers import type_text


def test_first_run_is_local_mode_with_a_banner_and_asks_for_a_school_year(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    assert main_window.banner.isVisible()
    assert main_window.mode_label.text() == "Modo: Local"
    assert main_window.school_label.text() == services.school.info().name
    assert main_window.year_combo.currentData() is None
    assert main_window.new_year_button.isVisible()

    dialog = main_window.new_school_year()
    dialog.ends_edit.clear()
    type_text(dialog.ends_edit, "31/13/2026")
    dialog.save()
    assert dialog.isVisible() and dialog.form.error_label("ends_on").isVisible()
    dialog.ends_edit.setText("27/11/2026")
    with qtbot.waitSignal(dialog.year_created, timeout=5000) as created:
        dialog.save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: main_window.year_combo.currentData() == created.args[0])
    assert main_window.new_year_button.isVisible()  # the next year is created the same way
    # The Matrículas screen offers the new year too, without a restart.
    qtbot.waitUntil(lambda: main_window.enrollments_view.year_combo.currentData() == created.args[0])
    assert [year.status for year in services.school_years.years()] == ["active"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, SchoolYearDialog) and w.isVisible()]


def test_ctrl_p_on_an_enrolled_student_opens_the_checklist_preview(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    year = services.school_years.create_year(SchoolYearDraft("2026", date(2026, 1, 26), date(2026, 11, 27), "active"))
    student = services.students.create(StudentDraft("TI", "1044556677", "Camilo Andrés Cárdenas", date(2014, 8, 30)))
    services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: window.students_view.model.rowCount() == 1)
    assert window.year_combo.currentData() == year.id
    window.students_view.table.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, QPrintPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QPrintPreviewDialog):
            widget.close()


def test_closing_the_window_with_a_half_typed_form_asks_first(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.students.form import StudentDialog

    main_window.students_view.new_student()
    dialog = next(w for w in main_window.findChildren(StudentDialog) if w.isVisible())
    type_text(dialog.full_name_edit, "Mariana Ríos")
    questions: list[str] = []

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer_cancel)
    assert not main_window.close()
    assert questions == ["Hay un formulario con cambios sin guardar. ¿Desea salir y descartarlos?"]
    assert main_window.isVisible() and dialog.isVisible() and dialog.full_name_edit.text() == "Mariana Ríos"
    dialog.full_name_edit.clear()  # untouched again: the fixture's teardown closes without asking


def test_ctrl_m_enrolls_the_selected_student_from_the_students_list(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.enrollments.enroll_dialog import EnrollDialog

    services.school_years.create_year(SchoolYearDraft("2026", date(2026, 1, 26), date(2026, 11, 27), "active"))
    student = services.students.create(StudentDraft("TI", "1088888888", "Mateo Londoño Henao", date(2015, 6, 1)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: window.students_view.model.rowCount() == 1)
    window.students_view.table.selectRow(0)
    assert window.students_view.enroll_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.enrollments_view
    dialogs = [w for w in window.findChildren(EnrollDialog) if w.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].selected_student_id() == student.id)
    dialogs[0].done(0)


def test_student_form_lists_the_students_matriculas(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.students.form import StudentDialog

    year = services.school_years.create_year(SchoolYearDraft("2026", date(2026, 1, 26), date(2026, 11, 27), "active"))
    student = services.students.create(StudentDraft("TI", "1012121212", "Salomé Betancur", date(2014, 2, 2)))
    services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning"))
    dialog = StudentDialog(services, student.id)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(2) == "Matrículas"
    assert [dialog.enrollments_list.item(row).text() for row in range(dialog.enrollments_list.count())] == [
        "2026 · 6° · 601 · Mañana — Documentos pendientes"
    ]
