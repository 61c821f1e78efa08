"""The student form's *Salud y SIMAT* tab: what it stores in extra_data, the name split, the disability flag in
piar_data, keeping every key it does not show, and opening the form at a SIMAT field."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QMessageBox

from desktop_app.domain.errors import FieldError
from desktop_app.domain.simat_errors import SimatError
from desktop_app.services.dto import StudentDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text, field_error_text
from desktop_app.ui.i18n import install_translators, remove_translators
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.students.simat_tab import SimatTab, catalogs, form_path, nest


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests leave typed values behind: closing the dialog at teardown must not wait on the modal question."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _stored(store: LocalStore, row_id: str) -> dict[str, Any]:
    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        row = connection.execute("SELECT extra_data, piar_data FROM students WHERE id = ?", (row_id,)).fetchone()
    finally:
        connection.close()
    return {"extra_data": json.loads(row["extra_data"]), "piar_data": json.loads(row["piar_data"])}


def _dialog(qtbot, services: UiServices, student_id: str | None) -> StudentDialog:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(services, student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _combo(dialog: StudentDialog, path: str) -> QComboBox:
    return dialog.simat_tab.combo(path)


def _line(dialog: StudentDialog, path: str) -> QLineEdit:
    widget = dialog.simat_tab.form.widget(path)
    assert isinstance(widget, QLineEdit)
    return widget


def _choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def _student_with_other_keys(services: UiServices, store: LocalStore) -> str:
    student = services.students.create(StudentDraft("TI", "1012345678", "María de los Ángeles del Valle Pérez",
                                                    date(2013, 2, 2), "F"))
    with store.write() as session:  # written elsewhere: keys the tab does not show must survive its save
        session.patch("students", student.id, {
            "extra_data": {"eps_old": "x", "simat": {"per_id": "77", "otra": "se queda"}, "salud": {"alergias": "maní"}},
            "piar_data": {"ajustes": [{"area": "Matemáticas"}]},
        }, school_id=services.context.school_id)
    return student.id


def test_the_tab_saves_simat_fields_and_keeps_every_other_key(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student_with_other_keys(services, store)
    dialog = _dialog(qtbot, services, student_id)
    assert _line(dialog, "simat.per_id").text() == "77"  # what is stored is shown

    dialog.simat_tab.split_button.click()
    assert [_line(dialog, f"simat.{part}").text() for part in ("nombre1", "nombre2", "apellido1", "apellido2")] == [
        "María", "de los Ángeles", "del Valle", "Pérez"]
    confirm = dialog.simat_tab.form.widget("simat.name_split_confirmed")
    assert isinstance(confirm, QCheckBox) and not confirm.isChecked()  # a proposal until the secretary ticks it
    confirm.setChecked(True)
    _choose(_combo(dialog, "simat.nac_depto"), "05")
    _choose(_combo(dialog, "simat.nac_mun"), "05001")
    _choose(_combo(dialog, "simat.estrato"), "2")
    _line(dialog, "salud.eps").setText("Sura")
    _line(dialog, "barrio").setText("El Prado")
    _choose(_combo(dialog, "simat.tipo_discapacidad"), "3")

    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()

    stored = _stored(store, student_id)
    extra = stored["extra_data"]
    assert extra["eps_old"] == "x" and extra["salud"] == {"alergias": "maní", "eps": "Sura"}
    assert extra["barrio"] == "El Prado"
    simat = extra["simat"]
    assert simat["otra"] == "se queda" and simat["per_id"] == "77"
    assert (simat["nombre1"], simat["nombre2"], simat["apellido1"], simat["apellido2"]) == (
        "María", "de los Ángeles", "del Valle", "Pérez")
    assert simat["name_split_confirmed"] is True
    assert (simat["nac_depto"], simat["nac_mun"], simat["estrato"], simat["tipo_discapacidad"]) == ("05", "05001", "2", "3")
    assert stored["piar_data"] == {"ajustes": [{"area": "Matemáticas"}], "has_disability": True}

    # «No aplica» clears the flag, in the same save, and the rest of piar_data stays
    dialog = _dialog(qtbot, services, student_id)
    assert _combo(dialog, "simat.nac_mun").currentData() == "05001"  # municipality list follows the department
    _choose(_combo(dialog, "simat.tipo_discapacidad"), "99")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()
    stored = _stored(store, student_id)
    assert stored["piar_data"] == {"ajustes": [{"area": "Matemáticas"}], "has_disability": False}
    assert stored["extra_data"]["simat"]["tipo_discapacidad"] == "99"
    assert stored["extra_data"]["simat"]["nombre1"] == "María"


def test_a_save_without_touching_the_tab_changes_no_simat_key_nor_piar(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student_with_other_keys(services, store)
    before = _stored(store, student_id)
    dialog = _dialog(qtbot, services, student_id)
    dialog.full_name_edit.setText("María de los Ángeles del Valle Pérez Ruiz")
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()
    assert _stored(store, student_id) == before


def test_municipalities_are_those_of_the_chosen_department(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, None)
    municipality = _combo(dialog, "simat.res_mun")
    assert municipality.count() == 1  # only «—» until a department is chosen
    _choose(_combo(dialog, "simat.res_depto"), "11")
    codes = [municipality.itemData(i) for i in range(1, municipality.count())]
    expected = {code for code in catalogs().divipola.municipalities if code.startswith("11")}
    assert codes and set(codes) == expected


def test_the_tab_fields_are_declared_once() -> None:
    assert nest({"simat.tel": "", "salud.rh": "O+", "barrio": "Centro"}) == {
        "simat": {"tel": None}, "salud": {"rh": "O+"}, "barrio": "Centro"}


def test_the_tab_rows_are_the_declared_fields(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, None)
    assert set(dialog.simat_tab.form.bindings) == set(dialog.simat_tab.paths())


def test_focus_field_switches_to_the_tab_holding_it(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, None)
    dialog.activateWindow()
    assert dialog.focus_field("simat.nac_mun")
    assert dialog.tabs.currentWidget() is dialog.simat_scroll
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _combo(dialog, "simat.nac_mun"), timeout=2000)
    assert dialog.focus_field("document_number")
    assert dialog.tabs.currentIndex() == 0
    assert not dialog.focus_field("no_such_field")


def test_simat_columns_map_to_form_fields() -> None:
    assert form_path("NAC_MUN") == "simat.nac_mun"
    assert form_path("DPTO_EXP") == "simat.exp_depto"
    assert form_path("NRO_DOCUMENTO") == "document_number"
    assert form_path("GENERO") == "gender"
    assert form_path("GRADO") is None  # enrollment data: the form opens without a field


def test_the_main_window_opens_the_student_at_a_simat_column(qtbot, main_window: MainWindow, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    student = services.students.create(StudentDraft("TI", "1012345678", "Ana Ruiz Soto", date(2013, 2, 2), "F"))
    main_window.activateWindow()
    main_window.open_student_at(student.id, "NAC_MUN")
    dialog = main_window.students_view.findChild(StudentDialog)
    assert isinstance(dialog, StudentDialog) and dialog.student_id() == student.id
    qtbot.waitUntil(lambda: dialog.tabs.currentWidget() is dialog.simat_scroll, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _combo(dialog, "simat.nac_mun"), timeout=3000)
    dialog.done(0)  # a child of the window, not of qtbot: closed here so no later test finds it open


def test_a_bad_phone_is_shown_under_the_field_and_nothing_typed_is_lost(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student_with_other_keys(services, store)
    before = _stored(store, student_id)
    dialog = _dialog(qtbot, services, student_id)
    _line(dialog, "barrio").setText("El Prado")
    _line(dialog, "simat.tel").setText("300-12")
    dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.simat_scroll
    label = dialog.simat_tab.form.error_label("simat.tel")
    assert "teléfono no es válido" in label.text()
    assert _line(dialog, "barrio").text() == "El Prado" and _stored(store, student_id) == before


def test_simat_messages_and_tab_follow_the_language(qapp: QApplication) -> None:
    error = SimatError("simat_file_locked", params={"name": "simat.xlsx"})
    spanish = "No se puede escribir «simat.xlsx»: está abierto en Excel. Ciérrelo e intente de nuevo."
    assert error.message == spanish and error_text(error) == spanish  # the exact Spanish text stays
    translators = install_translators(qapp, "en")
    try:
        assert error_text(error) == "Cannot write «simat.xlsx»: it is open in Excel. Close it and try again."
        assert field_error_text(FieldError("cons_sede", "simat_sede_duplicate", {"cons_sede": "02"})) == (
            "Campus 02 is repeated.")
        assert SimatTab(lambda: "").split_button.text() == "Propose split"
    finally:
        remove_translators(qapp, translators)


def test_bad_name_part_and_blood_group_are_shown_under_their_fields(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student_id = _student_with_other_keys(services, store)
    before = _stored(store, student_id)
    dialog = _dialog(qtbot, services, student_id)
    _line(dialog, "simat.apellido1").setText("Pérez2")
    _line(dialog, "salud.rh").setText("0+")  # a zero for the letter O
    dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.simat_scroll
    assert "«Pérez2» no es un nombre" in dialog.simat_tab.form.error_label("simat.apellido1").text()
    assert "no es un grupo sanguíneo" in dialog.simat_tab.form.error_label("salud.rh").text()
    assert _line(dialog, "salud.rh").text() == "0+" and _stored(store, student_id) == before
