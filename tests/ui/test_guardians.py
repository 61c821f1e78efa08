"""The guardian form: errors beside the fields, edits saved, and the students the guardian is linked to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.ui.context import UiServices
from desktop_app.ui.guardians.form import GuardianDialog
from desktop_app.ui.guardians.view import GuardiansView
from desktop_app.ui.students.form import StudentDialog
from tests.ui.typing_helpers import type_text


def test_new_guardian_shows_errors_beside_fields_then_saves(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    view = GuardiansView(services)
    qtbot.addWidget(view)
    view.ensure_loaded()
    view.new_guardian()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuardianDialog) and w.isVisible())
    type_text(dialog.fields.document_number_edit, "12")
    type_text(dialog.fields.email_edit, "luz@")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.fields.form.error_label("document_number").isVisible()
    assert dialog.fields.form.error_label("full_name").isVisible()
    assert dialog.fields.form.error_label("email").text() == "El correo electrónico no es válido."
    assert dialog.fields.email_edit.text() == "luz@"

    dialog.fields.document_number_edit.setText("52987654")
    dialog.fields.email_edit.setText("luz.pena@correo.com.co")
    type_text(dialog.fields.full_name_edit, "Luz Ángela Peña")
    with qtbot.waitSignal(dialog.guardian_saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.fields.full_name_edit, Qt.Key.Key_Return)
    guardian = services.guardians.get(saved.args[0])
    assert (guardian.full_name, guardian.email) == ("Luz Ángela Peña", "luz.pena@correo.com.co")
    assert view.model.rowCount() == 1


def test_editing_a_guardian_lists_their_students(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    guardian = services.guardians.create(GuardianDraft("CC", "71234567", "Jorge Iván Restrepo", phone="3104445566"))
    for number, name in (("1055555555", "Sara Restrepo Gil"), ("1066666666", "Tomás Restrepo Gil")):
        student = services.students.create(StudentDraft("TI", number, name, date(2013, 3, 3)))
        services.guardians.link(student.id, guardian.id, GuardianLinkDraft("padre", is_primary=True))
    dialog = GuardianDialog(services, guardian.id)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [dialog.students_list.item(row).text() for row in range(dialog.students_list.count())]
    assert listed == ["Sara Restrepo Gil — TI 1055555555", "Tomás Restrepo Gil — TI 1066666666"]
    assert dialog.fields.phone_edit.text() == "3104445566"
    dialog.fields.phone_edit.setText("3117778899")
    with qtbot.waitSignal(dialog.guardian_saved, timeout=5000):
        dialog.save()
    assert services.guardians.get(guardian.id).phone == "3117778899"


def test_student_form_is_filled_in_tab_order_and_escape_asks_before_discarding(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.document_number_edit
    order = [dialog.document_number_edit, dialog.full_name_edit, dialog.birth_date_edit, dialog.gender_combo]
    for current in order[:-1]:
        assert QApplication.focusWidget() is current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.gender_combo

    type_text(dialog.full_name_edit, "Lucía")
    answered: list[str] = []

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answered.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer_cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answered == ["Hay cambios sin guardar. ¿Desea descartarlos?"]
    assert dialog.isVisible() and dialog.full_name_edit.text() == "Lucía"
    dialog.full_name_edit.clear()  # back to untouched: closing at teardown must not ask again


def test_enter_in_the_guardian_search_goes_to_the_first_match(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    services.guardians.create(GuardianDraft("CC", "43999888", "Beatriz Cárdenas"))
    services.guardians.create(GuardianDraft("CC", "43999777", "Óscar Mosquera"))
    view = GuardiansView(services)
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    type_text(view.search_box, "oscar")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).full_name == "Óscar Mosquera"
    assert view.current_guardian_id() == view.model.id_at(0)
