"""What the first walk-through hit, each fixed and checked here (issue 8, point 8)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from desktop_app.app import Session, build_services
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.main_window.school_year_dialog import SchoolYearDialog
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.widgets.form_fields import FieldForm
from tests.ui.typing_helpers import type_text


def test_a_date_is_refused_as_a_year_name_and_the_typing_is_kept(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = SchoolYearDialog(services, today=date(2027, 1, 10))
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "26/11/2027")
    dialog.save()
    label = dialog.form.error_label("name")
    assert not label.isHidden() and "2026-2027" in label.text()
    assert dialog.name_edit.text() == "26/11/2027"
    assert services.school_years.years() == []


def test_the_create_year_button_stays_after_the_first_year(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    services.school_years.create_year(SchoolYearDraft("2026", date(2026, 1, 26), date(2026, 11, 27), "active"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: window.year_combo.currentData() is not None)
    assert window.new_year_button.isVisible() and window.new_year_button.isEnabled()


def test_a_secretary_sees_create_year_greyed_out_with_the_reason(qtbot, qapp: QApplication, store: LocalStore, session: Session) -> None:  # type: ignore[no-untyped-def]
    secretary = dataclasses.replace(session.context, roles=frozenset({"secretary"}))
    services = build_services(store, Session(secretary, Mode.connected))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert not window.new_year_button.isEnabled() and not window.new_year_action.isEnabled()
    assert window.new_year_button.toolTip() == "Su rol no permite crear años lectivos."
    assert window.new_school_year() is None


def test_closing_the_window_closes_an_untouched_form_with_it(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.students.form import StudentDialog

    main_window.students_view.new_student()
    dialog = next(w for w in main_window.findChildren(StudentDialog) if w.isVisible())
    assert main_window.close()
    assert not dialog.isVisible()  # nothing is left open to keep the app running


def test_a_field_at_its_limit_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    form = FieldForm(QFormLayout(holder))
    edit = form.add_line("Nombre", "name", max_length=8)
    holder.show()
    type_text(edit, "Mariana Ríos")
    assert edit.text() == "Mariana "
    label = form.error_label("name")
    assert label.isVisible() and label.text() == "Este campo admite como máximo 8 caracteres."
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Mariana" and not label.isVisible()


def test_the_pdf_dialog_opens_in_documentos_and_speaks_spanish(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.enrollments.print_actions import make_pdf_dialog

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = make_pdf_dialog(None, "Lista de chequeo - María: Pérez")
    qtbot.addWidget(dialog)
    assert dialog.directory().absolutePath() == str(tmp_path)  # no Documentos folder: home, not the program's
    (tmp_path / "Documents").mkdir()
    dialog = make_pdf_dialog(None, "Lista de chequeo - María: Pérez")
    qtbot.addWidget(dialog)
    assert dialog.directory().absolutePath() == str(tmp_path / "Documents")
    labels = {label: dialog.labelText(label) for label in QFileDialog.DialogLabel}
    assert labels[QFileDialog.DialogLabel.Accept] == "Guardar"
    assert labels[QFileDialog.DialogLabel.Reject] == "Cancelar"
    assert labels[QFileDialog.DialogLabel.FileName] == "Nombre del archivo:"
    assert dialog.selectedFiles()[0].endswith("Lista de chequeo - María  Pérez.pdf")


def test_marking_a_document_moves_neither_the_columns_nor_the_rows(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.checklist import ItemState
    from desktop_app.services.dto import EnrollmentDraft, StudentDraft
    from desktop_app.ui.enrollments.view import EnrollmentsView

    year = services.school_years.create_year(SchoolYearDraft("2027", date(2027, 1, 20), date(2027, 11, 30), "active"))
    student = services.students.create(StudentDraft("TI", "1023456789", "María José Rodríguez Peñaloza", date(2015, 3, 7)))
    enrollment_id = services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning")).id
    view = EnrollmentsView(services, services.task_runner())
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.select_enrollment(enrollment_id)
    panel = view.panel
    codes = [item.requirement.code for item in panel.model.items()]
    assert len(codes) >= 3

    def geometry() -> tuple[list[int], list[int]]:
        header = panel.table.horizontalHeader()
        return ([header.sectionSize(c) for c in range(4)],
                [panel.table.rowViewportPosition(r) for r in range(len(codes))])

    before = geometry()
    assert before[0][0] > 140  # the document names have room
    for code, state in ((codes[1], ItemState.received), (codes[2], ItemState.received), (codes[1], ItemState.validated)):
        assert panel.select_item(code)
        qtbot.mouseClick(panel.item_buttons[state], Qt.MouseButton.LeftButton)
        assert geometry() == before
        assert panel.current_item().requirement.code == code  # the selection stays on the row just marked
