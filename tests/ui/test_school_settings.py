"""*Archivo → Datos del colegio…*: editing, refusals that keep what was typed, read-only roles, the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.app import Session, build_services
from desktop_app.services.context import TenantContext
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.settings.checklist_rules_model import (
    FIRST_GRADE_COLUMN,
    LABEL_COLUMN,
    ChecklistRulesModel,
)
from desktop_app.ui.settings.dialog import SchoolSettingsDialog
from desktop_app.ui.tasks import TaskRunner
from tests.support.images import png


def _transactions(store: LocalStore) -> set[int]:
    connection = sqlite3.connect(store.path)
    try:
        return {row[0] for row in connection.execute("SELECT tx_id FROM sync_outbox")}
    finally:
        connection.close()


def _dialog(qtbot, services: UiServices) -> SchoolSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SchoolSettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    return dialog


def _column(grade: str) -> int:
    from desktop_app.ui.settings.checklist_rules_model import ALL_GRADES

    return FIRST_GRADE_COLUMN + ALL_GRADES.index(grade)


def test_checklist_rules_model_passes_the_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ChecklistRulesModel({"disabled": ["photos"], "custom": [{"code": "contrato", "label": "Contrato"}]})
    qtmodeltester.check(model, force_py=True)
    model.add_document("Paz y salvo")
    model.setData(model.index(0, _column("6")), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model, force_py=True)


def test_every_field_and_the_table_are_saved_in_one_transaction(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, store: LocalStore, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, services)
    assert dialog.name_edit.text() == services.school.info().name and dialog.editable
    dialog.name_edit.setText("Institución Educativa San José")
    dialog.nit_edit.setText("900.123.456")
    assert "900123456-8" in dialog.nit_hint.text()  # the check digit, computed as she types
    dialog.resolution_edit.setText("Resolución 004512 de 2015")
    dialog.dane_edit.setText("111001012345")
    dialog.address_edit.setText("Calle 10 # 5-20")
    dialog.phone_edit.setText("601 3456789")
    dialog.habeas_edit.setPlainText("Autorizo el tratamiento de mis datos.")
    logo = tmp_path / "escudo.png"
    logo.write_bytes(png(40, 40))
    assert dialog.set_logo_file(logo)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    model = dialog.checklist_model
    photos = next(n for n in range(model.rowCount()) if model.row(n).code == "photos")
    for grade in ("10", "11"):
        assert model.setData(model.index(photos, _column(grade)), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)
    added = dialog.add_document_named("Paz y salvo de pensiones")
    model.set_row_grades(added, {"6", "7"})
    before = _transactions(store)

    dialog.save()

    assert dialog.result() == dialog.DialogCode.Accepted
    info = services.school.info()
    assert (info.name, info.nit, info.resolution, info.dane_code, info.address, info.phone) == (
        "Institución Educativa San José", "900123456-8", "Resolución 004512 de 2015", "111001012345",
        "Calle 10 # 5-20", "601 3456789")
    assert info.logo == png(40, 40) and info.habeas_data_text == "Autorizo el tratamiento de mis datos."
    rules = info.checklist_rules or {}
    assert "10" not in rules["overrides"]["photos"]["when"]["grades"]
    assert rules["custom"] == [{"code": "paz_y_salvo_de_pensiones", "label": "Paz y salvo de pensiones",
                                "when": {"grades": ["6", "7"]}}]
    assert len(_transactions(store) - before) == 1


def test_bad_values_are_shown_under_their_fields_and_nothing_typed_is_lost(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, services)
    before = services.school.info()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_bytes(b"esto no es una imagen")
    assert not dialog.set_logo_file(not_an_image)
    assert "no es una imagen PNG o JPG" in dialog.logo_error.text() and not dialog.logo_error.isHidden()
    dialog.nit_edit.setText("900123456-9")
    dialog.dane_edit.setText("123")
    dialog.phone_edit.setText("12")
    dialog.add_document_named("")

    dialog.save()

    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "debería ser 8" in dialog.form.error_label("nit").text()
    assert "12 dígitos" in dialog.form.error_label("dane_code").text()
    assert "teléfono" in dialog.form.error_label("phone").text().lower()
    row = dialog.checklist_model.rowCount()
    assert f"Fila {row}: Escriba el nombre del documento" in dialog.checklist_error.text()
    assert (dialog.nit_edit.text(), dialog.dane_edit.text(), dialog.phone_edit.text()) == ("900123456-9", "123", "12")
    assert services.school.info() == before
    assert dialog.has_changes()


def test_a_role_without_settings_permission_sees_the_screen_read_only(  # type: ignore[no-untyped-def]
    qtbot, qapp, store: LocalStore, session: Session
) -> None:
    secretary = TenantContext(session.context.school_id, session.context.user_id, frozenset({"secretary"}))
    runner = TaskRunner(synchronous=True)
    services = build_services(store, Session(secretary, session.mode), runner)
    dialog = _dialog(qtbot, services)
    assert not dialog.editable and dialog.read_only_note.isVisible()
    assert dialog.name_edit.isReadOnly() and dialog.habeas_edit.isReadOnly()
    assert not dialog.logo_button.isEnabled() and not dialog.add_document_button.isEnabled()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save) is None
    model = dialog.checklist_model
    assert not model.flags(model.index(0, LABEL_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, FIRST_GRADE_COLUMN), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)
    runner.deleteLater()


def test_a_big_logo_photo_is_made_smaller_instead_of_refused(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from desktop_app.services.school import MAX_LOGO_BYTES

    photo = QImage(1800, 1800, QImage.Format.Format_RGB32)
    for y in range(0, 1800, 3):
        for x in range(0, 1800, 97):
            photo.setPixelColor(x, y, QColor((x * 7 + y) % 256, (y * 13) % 256, (x * y) % 256))
    path = tmp_path / "foto-escudo.png"
    photo.save(str(path), "PNG", 100)  # 100: no compression, as some scanners write them
    assert path.stat().st_size > MAX_LOGO_BYTES
    dialog = _dialog(qtbot, services)
    assert dialog.set_logo_file(path)
    dialog.save()
    logo = services.school.info().logo
    assert logo is not None and len(logo) <= MAX_LOGO_BYTES
    assert max(QImage.fromData(logo).width(), QImage.fromData(logo).height()) == 600


def test_table_rows_round_trip_the_override_and_keep_other_conditions() -> None:
    from desktop_app.ui.settings.checklist_rules_model import rows_from_rules, rules_from_rows

    assert rules_from_rows(rows_from_rules(None)) is None  # the default list needs no override
    rules = {"disabled": ["photos"],
             "overrides": {"student_identity_card": {"label": "Copia de la TI"}},
             "custom": [{"code": "contrato", "label": "Contrato", "when": {"new_student": True, "grades": ["6"]}}]}
    rows = rows_from_rules(rules)
    assert rules_from_rows(rows, rules) == rules
    identity = next(row for row in rows if row.code == "student_identity_card")
    identity.grades.discard("11")
    changed = rules_from_rows(rows, rules) or {}
    when = changed["overrides"]["student_identity_card"]["when"]
    assert when["min_age"] == 7 and when["max_age"] == 17 and "11" not in when["grades"]  # ages kept


def test_rules_from_a_newer_version_are_locked_and_kept_as_stored(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, store: LocalStore
) -> None:
    newer = {"version": 2, "disabled": ["photos"], "levels_v2": {"x": 1}}
    with store.write() as session:
        school_id = services.context.school_id
        session.patch("school_settings", school_id, {"simat_settings": {"checklist_rules": newer}}, school_id=school_id)
    dialog = _dialog(qtbot, services)
    assert "versión más nueva" in dialog.checklist_error.text()
    assert not dialog.checklist_model.flags(dialog.checklist_model.index(0, LABEL_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    dialog.phone_edit.setText("601 3456789")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.school.info().checklist_rules == newer and services.school.info().phone == "601 3456789"


def test_the_consent_tab_appends_a_version_only_when_text_or_purposes_change_in_the_one_save(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, store: LocalStore
) -> None:
    from desktop_app.ui.consent_settings import CODE, LABEL

    assert services.consent is not None
    dialog = _dialog(qtbot, services)
    consent = dialog.consent_widget
    assert consent is not None and dialog.tabs.tabText(2) == "&Autorización de datos"
    assert [p.code for p in consent.purposes()] == ["matricula", "simat", "contacto", "salud_piar", "imagen"]
    assert consent.version_label.text().startswith("Aún no hay versiones") and not consent.save_button.isVisible()
    # A text alone, with no version yet, waits for the first recorded consent (it becomes v1 then).
    dialog.habeas_edit.setPlainText("El colegio trata los datos según la Ley 1581 de 2012.")
    dialog.save()
    assert services.consent.versions() == []
    assert services.school.info().habeas_data_text == "El colegio trata los datos según la Ley 1581 de 2012."

    dialog = _dialog(qtbot, services)
    consent = dialog.consent_widget
    assert consent is not None and dialog.habeas_edit.toPlainText().startswith("El colegio trata")
    consent.add_button.click()
    row = consent.table.rowCount() - 1
    consent.table.item(row, LABEL).setText("Transporte escolar")
    consent.table.item(row, CODE).setText("transporte")
    dialog.phone_edit.setText("601 3456789")
    assert dialog.has_changes()
    before = _transactions(store)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and len(_transactions(store) - before) == 1
    (v1,) = services.consent.versions()
    assert v1.version == "v1" and v1.purposes[-1].code == "transporte"
    assert v1.text == "El colegio trata los datos según la Ley 1581 de 2012."
    assert services.school.info().phone == "601 3456789"  # the same save

    dialog = _dialog(qtbot, services)  # nothing changed on the tab: no new version
    assert dialog.consent_widget is not None and dialog.consent_widget.version_label.text().startswith("Versión vigente: v1")
    dialog.address_edit.setText("Calle 10 # 5-20")
    dialog.save()
    assert [v.version for v in services.consent.versions()] == ["v1"]

    dialog = _dialog(qtbot, services)
    dialog.habeas_edit.setPlainText("Texto nuevo de la autorización (Ley 1581 de 2012).")
    dialog.save()
    versions = services.consent.versions()
    assert [v.version for v in versions] == ["v1", "v2"] and versions[0] == v1  # append-only
    assert versions[1].text.startswith("Texto nuevo") and versions[1].purposes == v1.purposes


def test_an_incomplete_purpose_is_shown_on_the_consent_tab_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices
) -> None:
    from desktop_app.ui.consent_settings import LABEL

    assert services.consent is not None
    dialog = _dialog(qtbot, services)
    consent = dialog.consent_widget
    assert consent is not None
    dialog.habeas_edit.setPlainText("El colegio trata los datos según la Ley 1581 de 2012.")
    dialog.name_edit.setText("Colegio Nuevo Nombre")
    consent.add_button.click()
    consent.table.item(consent.table.rowCount() - 1, LABEL).setText("Transporte escolar")  # no code
    before = services.school.info()

    dialog.save()

    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 2
    assert consent.error_label.text() == "Cada finalidad necesita un código y un nombre."
    assert services.school.info() == before and services.consent.versions() == []  # the whole save undone
    assert consent.purposes()[-1].label == "Transporte escolar" and dialog.name_edit.text() == "Colegio Nuevo Nombre"


def test_simat_tab_errors_follow_the_language_under_their_fields(qtbot, qapp, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        dialog = _dialog(qtbot, services)
        tab = dialog.simat_tab
        tab.edits["mun_codigo"].setText("05A01")
        tab.save()
        qtbot.waitUntil(lambda: tab.errors["mun_codigo"].text() != "", timeout=5000)
        text = tab.errors["mun_codigo"].text()
        assert text and "dígitos" not in text and "digits" in text.lower(), text
        assert tab.edits["mun_codigo"].text() == "05A01"
    finally:
        remove_translators(qapp, translators)
