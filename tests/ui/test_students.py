"""The Estudiantes screen and the student form, driven like a secretary would: keyboard first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.dto import GuardianDraft, StudentDraft
from desktop_app.ui.context import UiServices
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.students.guardian_links import GuardianLinkDialog
from tests.ui.typing_helpers import type_text


def _open_dialogs(kind: type) -> list:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()]


def _only_dialog(qtbot, kind: type):  # type: ignore[no-untyped-def]
    """The one visible dialog of `kind`, once it is the active window (shortcuts only reach active windows)."""
    dialogs = _open_dialogs(kind)
    assert len(dialogs) == 1, dialogs
    _activate(qtbot, dialogs[0])
    return dialogs[0]


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # offscreen has no window manager: a window that closed leaves no active one until asked
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _type_student(qtbot, dialog: StudentDialog, *, doc_type: str, number: str, name: str, birth: str) -> None:  # type: ignore[no-untyped-def]
    dialog.document_type_combo.setCurrentIndex(dialog.document_type_combo.findData(doc_type))
    type_text(dialog.document_number_edit, number)
    type_text(dialog.full_name_edit, name)
    type_text(dialog.birth_date_edit, birth)


def _add_guardian_by_keyboard(qtbot, student_dialog: StudentDialog, number: str, **new_guardian: str) -> GuardianLinkDialog:  # type: ignore[no-untyped-def]
    _activate(qtbot, student_dialog)
    qtbot.keyClick(student_dialog, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    link_dialog = _only_dialog(qtbot, GuardianLinkDialog)
    type_text(link_dialog.fields.document_number_edit, number)
    qtbot.keyClick(link_dialog.fields.document_number_edit, Qt.Key.Key_Return)  # Enter searches first
    if new_guardian:
        assert not link_dialog.fields.full_name_edit.isReadOnly()
        for field, value in new_guardian.items():
            type_text(link_dialog.fields.form.widget(field), value)
    return link_dialog


def test_create_student_with_a_new_and_a_reused_guardian(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    sibling_guardian = services.guardians.create(
        GuardianDraft(document_type="CC", document_number="52123456", full_name="Luz Marina Rodríguez", phone="3001234567")
    )
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _only_dialog(qtbot, StudentDialog)
    _type_student(qtbot, dialog, doc_type="TI", number="1012345678", name="Sofía Rodríguez Gómez", birth="14/03/2012")

    link_dialog = _add_guardian_by_keyboard(
        qtbot, dialog, "79876543", full_name="Carlos Andrés Rodríguez", phone="3109876543"
    )
    link_dialog.relationship_combo.setCurrentIndex(link_dialog.relationship_combo.findData("padre"))
    link_dialog.primary_check.setChecked(True)
    link_dialog.pickup_check.setChecked(True)
    qtbot.keyClick(link_dialog.fields.full_name_edit, Qt.Key.Key_Return)  # Enter accepts (creates the guardian)
    assert not link_dialog.isVisible()

    link_dialog = _add_guardian_by_keyboard(qtbot, dialog, "52.123.456")
    assert "Luz Marina Rodríguez" in link_dialog.find_status.text()
    assert link_dialog.found_guardian().id == sibling_guardian.id
    link_dialog.relationship_combo.setCurrentIndex(link_dialog.relationship_combo.findData("madre"))
    link_dialog.emergency_check.setChecked(True)
    qtbot.keyClick(link_dialog.relationship_combo, Qt.Key.Key_Return)
    assert [entry.guardian.full_name for entry in dialog.links_model.entries()] == [
        "Carlos Andrés Rodríguez",
        "Luz Marina Rodríguez",
    ]

    _activate(qtbot, dialog)
    dialog.links_table.setFocus()
    dialog.links_table.selectRow(1)
    qtbot.keyClick(dialog.links_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # mother first
    with qtbot.waitSignal(dialog.student_saved, timeout=5000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    student_id = saved.args[0]

    links = services.guardians.guardians_of(student_id)
    assert [(link.full_name, link.relationship, link.is_primary, link.can_pickup, link.is_emergency_contact) for link in links] == [
        ("Luz Marina Rodríguez", "madre", False, False, True),
        ("Carlos Andrés Rodríguez", "padre", True, True, False),
    ]
    assert links[0].guardian_id == sibling_guardian.id  # reused, not duplicated
    assert len(services.guardians.list_ids("")) == 2
    qtbot.waitUntil(lambda: main_window.students_view.model.rowCount() == 1)
    assert main_window.students_view.model.row_at(0).full_name == "Sofía Rodríguez Gómez"


def test_errors_show_next_to_their_fields_and_keep_what_was_typed(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    main_window.students_view.new_student()
    dialog = _only_dialog(qtbot, StudentDialog)
    _type_student(qtbot, dialog, doc_type="TI", number="12AB", name="", birth="31/02/2015")
    qtbot.keyClick(dialog.birth_date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    date_error = dialog.form.error_label("birth_date")
    assert date_error.isVisible() and "fecha" in date_error.text().lower()

    dialog.birth_date_edit.clear()
    type_text(dialog.birth_date_edit, "28/02/2015")
    qtbot.keyClick(dialog.birth_date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    number_error = dialog.form.error_label("document_number")
    name_error = dialog.form.error_label("full_name")
    assert number_error.isVisible() and "Tarjeta de identidad" in number_error.text()
    assert name_error.isVisible() and name_error.text()
    assert not dialog.form.error_label("birth_date").isVisible()
    assert dialog.document_number_edit.text() == "12AB"
    assert dialog.birth_date_edit.text() == "28/02/2015"
    assert services.students.list_ids(main_window.students_view.query()) == []

    dialog.document_number_edit.setText("1098765432")
    type_text(dialog.full_name_edit, "Juan Esteban Mejía")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        qtbot.keyClick(dialog.full_name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_similar_student_warns_and_saves_only_when_told(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    services.students.create(
        StudentDraft(document_type="TI", document_number="1011111111", full_name="María José Peña", birth_date=date(2013, 5, 9))
    )
    main_window.students_view.new_student()
    dialog = _only_dialog(qtbot, StudentDialog)
    _type_student(qtbot, dialog, doc_type="RC", number="1022222222", name="maria jose pena", birth="09/05/2013")
    qtbot.keyClick(dialog.full_name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.similar_frame.isVisible()
    assert "María José Peña" in dialog.similar_label.text()
    assert len(services.students.list_ids(main_window.students_view.query())) == 1

    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_anyway_button, Qt.MouseButton.LeftButton)
    assert len(services.students.list_ids(main_window.students_view.query())) == 2


def test_escape_cancels_an_untouched_form_and_enter_opens_a_student(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    student = services.students.create(
        StudentDraft(document_type="TI", document_number="1033333333", full_name="Ana Lucía Torres", birth_date=date(2011, 1, 2))
    )
    main_window.students_view.reload()
    qtbot.waitUntil(lambda: main_window.students_view.model.rowCount() == 1)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _only_dialog(qtbot, StudentDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    table = main_window.students_view.table
    table.setFocus()
    table.setCurrentIndex(main_window.students_view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = _only_dialog(qtbot, StudentDialog)
    assert dialog.student_id() == student.id
    assert dialog.full_name_edit.text() == "Ana Lucía Torres"
    assert dialog.birth_date_edit.text() == "02/01/2011"
    dialog.full_name_edit.setText("Ana Lucía Torres Ríos")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.students.get(student.id).full_name == "Ana Lucía Torres Ríos"


def test_ctrl_f_focuses_the_search_box_of_the_current_screen(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.students_view.search_box
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentWidget() is main_window.guardians_view
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.guardians_view.search_box


def test_saving_on_the_worker_thread_keeps_the_form_until_the_answer(qtbot, threaded_services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(threaded_services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.document_number_edit, "10AB")
    type_text(dialog.full_name_edit, "Isabella Quintero")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.error_label("document_number").isVisible(), timeout=5000)
    assert dialog.tabs.isEnabled() and dialog.full_name_edit.text() == "Isabella Quintero"

    dialog.document_number_edit.setText("1077777777")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000) as saved:
        dialog.save()
        assert not dialog.tabs.isEnabled()  # locked while the worker writes
    assert threaded_services.students.get(saved.args[0]).full_name == "Isabella Quintero"


def test_delete_key_removes_a_guardian_link_before_saving(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    guardian = services.guardians.create(GuardianDraft("CC", "1012345", "Rosa Elena Giraldo"))
    student = services.students.create(StudentDraft("TI", "1099999999", "Emilio Giraldo", date(2012, 9, 9)))
    from desktop_app.services.dto import GuardianLinkDraft

    services.guardians.link(student.id, guardian.id, GuardianLinkDraft("abuela", is_primary=True))
    dialog = StudentDialog(services, student.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.links_table.setFocus()
    dialog.links_table.selectRow(0)
    qtbot.keyClick(dialog.links_table, Qt.Key.Key_Delete)
    assert dialog.links_model.rowCount() == 0
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()
    assert services.guardians.guardians_of(student.id) == []
