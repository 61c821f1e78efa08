"""The student form's *PIAR* tab: only for roles with piar_view, enabled by the disability, adjustments in a
table (the model passes qtmodeltester), errors under the field with nothing typed lost, saved in the form's one
write, and *Imprimir PIAR…* writes the PDF of what the tab shows."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_app.app import Session, build_services
from desktop_app.domain.piar import PiarAdjustment
from desktop_app.services.dto import StudentDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.students import form as form_module
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.students.piar_tab import PiarAdjustmentsModel, PiarTab
from desktop_app.ui.tasks import TaskRunner
from tests.printing.support import page_texts


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _stored(store: LocalStore, row_id: str) -> dict[str, Any]:
    connection = sqlite3.connect(store.path)
    try:
        row = connection.execute("SELECT piar_data FROM students WHERE id = ?", (row_id,)).fetchone()
        count = connection.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    finally:
        connection.close()
    return {"piar_data": json.loads(row[0]), "outbox": count}


def _student(services: UiServices, *, disability: bool = True) -> str:
    draft = StudentDraft("TI", "1012345678", "Sara Milena Ortiz", date(2013, 4, 5),
                         extra_data={"simat": {"tipo_discapacidad": "3" if disability else "99"}},
                         piar_data={"has_disability": disability, "anexo_1": {"salud": "asma"}})
    return services.students.create(draft).id


def _dialog(qtbot, services: UiServices, student_id: str | None) -> StudentDialog:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(services, student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _line(tab: PiarTab, field: str) -> QLineEdit:
    widget = tab.form.widget(field)
    assert isinstance(widget, QLineEdit)
    return widget


def _type_row(tab: PiarTab, *values: str) -> None:
    tab.add_button.click()
    row = tab.model.rowCount() - 1
    for column, value in enumerate(values):
        assert tab.model.setData(tab.model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_the_adjustments_model_passes_the_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PiarAdjustmentsModel()
    model.set_adjustments((PiarAdjustment("Lenguaje", "Letra grande"), PiarAdjustment("Inglés", "Oral")))
    qtmodeltester.check(model, force_py=True)
    assert model.insertRows(1, 2) and model.removeRows(0, 1) and model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Área o asignatura"


def test_a_secretary_fills_and_saves_the_piar_in_the_forms_one_write(qtbot, services: UiServices,
                                                                     store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student(services)
    dialog = _dialog(qtbot, services, student_id)
    tab = dialog.piar_tab
    assert tab is not None and tab.is_editable() and dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "PIAR"
    _type_row(tab, "Matemáticas", "Tiempo adicional", "Calculadora", "Oral")
    _line(tab, "responsable_nombre").setText("Marta Rojas")
    _line(tab, "fecha_elaboracion").setText("10/02/2026")
    _line(tab, "revisiones").setText("15/05/2026; 20/06/2026")
    before = _stored(store, student_id)["outbox"]

    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()

    stored = _stored(store, student_id)
    assert stored["outbox"] == before + 1  # the student's one patch
    piar = stored["piar_data"]
    assert piar["has_disability"] is True and piar["anexo_1"] == {"salud": "asma"}  # other keys kept
    assert piar["ajustes"] == [{"area": "Matemáticas", "ajuste": "Tiempo adicional", "apoyos": "Calculadora",
                                "evaluacion": "Oral"}]
    assert piar["fecha_elaboracion"] == "2026-02-10" and piar["revisiones"] == ["2026-05-15", "2026-06-20"]
    # opened again, the tab shows what was saved and a save without changes sends no PIAR
    again = _dialog(qtbot, services, student_id)
    assert again.piar_tab is not None and again.piar_tab.model.adjustments()[0].area == "Matemáticas"
    assert again.piar_tab.changed_draft() is None


def test_errors_appear_under_the_field_and_nothing_typed_is_lost(qtbot, services: UiServices,
                                                                 store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student(services)
    dialog = _dialog(qtbot, services, student_id)
    tab = dialog.piar_tab
    assert tab is not None
    _type_row(tab, "", "Lectura en voz alta")
    _line(tab, "fecha_elaboracion").setText("31/02/2026")
    _line(tab, "observaciones").setText("Usa gafas")
    typed = tab.draft()
    before = _stored(store, student_id)

    dialog.save()

    assert dialog.isVisible() and dialog.tabs.currentWidget() is tab
    assert tab.form.error_label("fecha_elaboracion").text() == (
        "Fecha de elaboración: «31/02/2026» no es una fecha; escríbala dd/mm/aaaa.")
    assert tab.adjustments_error.text() == "Ajuste 1: falta el área o asignatura."
    assert tab.draft() == typed and _stored(store, student_id) == before


def test_without_a_disability_the_tab_explains_and_the_simat_tab_enables_it(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, _student(services, disability=False))
    tab = dialog.piar_tab
    assert tab is not None and not tab.is_editable() and not tab.content.isEnabled()
    assert "estudiantes con discapacidad" in tab.notice.text()
    combo = dialog.simat_tab.combo("simat.tipo_discapacidad")
    combo.setCurrentIndex(combo.findData("3"))
    assert tab.is_editable() and tab.content.isEnabled() and tab.notice.isHidden()


def test_without_piar_edit_the_tab_only_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = PiarTab()
    qtbot.addWidget(tab)
    tab.set_has_disability(True)
    tab.set_editable(False)
    assert "no modificarlo" in tab.notice.text() and not _line(tab, "acuerdo").isEnabled()
    assert not tab.add_button.isEnabled() and tab.changed_draft() is None


@pytest.mark.parametrize("role", ["teacher", "admin"])
def test_roles_without_piar_view_have_no_tab(qtbot, store: LocalStore, session: Session, services: UiServices,
                                             role: str) -> None:  # type: ignore[no-untyped-def]
    student_id = _student(services)
    context = dataclasses.replace(session.context, roles=frozenset({role}))
    runner = TaskRunner(synchronous=True)
    other = build_services(store, dataclasses.replace(session, context=context), runner)
    dialog = _dialog(qtbot, other, student_id)
    assert dialog.piar_tab is None
    assert "PIAR" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_imprimir_piar_writes_the_pdf_of_what_the_tab_shows(qtbot, services: UiServices, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "piar.pdf"
    monkeypatch.setattr(form_module, "ask_pdf_path", lambda _parent, _name: str(target))
    dialog = _dialog(qtbot, services, _student(services))
    tab = dialog.piar_tab
    assert tab is not None
    _type_row(tab, "Ciencias", "Guía con imágenes")
    _line(tab, "fecha_elaboracion").setText("10/02/2026")
    tab.print_button.click()
    text = " ".join(page_texts(target))
    assert "Sara Milena Ortiz" in text and "Guía con imágenes" in text and "10/02/2026" in text
    assert "PDF guardado" in tab.general_error.text()


def test_a_piar_this_pc_was_not_sent_is_shown_as_such_and_not_editable(qtbot, services: UiServices,
                                                                       store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student(services)
    with store.write() as session:  # as a pull from a user without piar_view leaves it
        session.patch("students", student_id, {"piar_data": {"withheld": True}}, school_id=services.context.school_id)
    dialog = _dialog(qtbot, services, student_id)
    tab = dialog.piar_tab
    assert tab is not None and not tab.is_editable() and not tab.content.isEnabled()
    assert "no ha recibido el PIAR" in tab.notice.text()
    # the rest of the student is still saved, and the marker stays (the server keeps its PIAR)
    dialog.full_name_edit.setText("Sara Milena Ortiz Rey")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()
    assert _stored(store, student_id)["piar_data"] == {"withheld": True}
