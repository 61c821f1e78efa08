"""pytest-qt drives the rest of the import dialog: the file chooser in Documentos, the sheet picker of a
two-sheet workbook, *Descargar plantilla*, the *Es otra persona* checkbox, and the list *Importaciones* with
*Deshacer* (done, then refused with the service's text)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from desktop_app.domain.import_values import ENROLLMENT_FIELDS, FIELDS, SheetData
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import StudentDraft, StudentQuery
from desktop_app.services.importer import ImportService, Status
from desktop_app.services.students import StudentService
from desktop_app.storage.import_template import write_template
from desktop_app.storage.local import LocalStore
from desktop_app.storage.spreadsheet import read_sheet
from desktop_app.ui.importing.dialog import ImportDialog
from desktop_app.ui.importing.models import NOT_MAPPED
from desktop_app.ui.tasks import TaskRunner
from tests.importing.roster import make_roster, write_xlsx
from tests.importing.test_importer import counts


def _dialog(qtbot, store: LocalStore, context: TenantContext) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ImportService(store, context), read_sheet, TaskRunner(synchronous=True),
                          write_template=write_template)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_chooser_sheets_and_template(qtbot, tmp_path: Path, store: LocalStore,  # type: ignore[no-untyped-def]
                                     context: TenantContext, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # a fresh home: its Documentos is made on demand
    dialog = _dialog(qtbot, store, context)
    assert not dialog.sheet_combo.isVisible()
    path = write_xlsx(tmp_path / "lista.xlsx", make_roster(20, 0))
    chooser = dialog.choose_file()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == tmp_path / "Documents"
    assert Path(chooser.directory().absolutePath()) == Path(documents)
    chooser.fileSelected.emit(str(path))  # what accepting the chosen file does
    chooser.close()
    assert dialog.file_label.text() == "lista.xlsx" and dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Estudiantes", "Notas"]
    assert dialog.mapping_model is not None and dialog.mapping_model.mapping()["document_number"] == 1
    # the column is chosen by its header from a list (the delegate's combo box writes the column index)
    number_row = next(i for i, field in enumerate(FIELDS) if field.key == "document_number")
    index = dialog.mapping_model.index(number_row, 1)
    delegate = dialog.mapping_view.itemDelegateForColumn(1)
    editor = delegate.createEditor(dialog.mapping_view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert isinstance(editor, QComboBox) and editor.currentText() == "N° documento"
    assert [editor.itemText(i) for i in range(3)] == ["(sin asignar)", "Tipo documento", "N° documento"]
    editor.setCurrentIndex(0)
    delegate.setModelData(editor, dialog.mapping_model, index)
    assert "document_number" not in dialog.mapping_model.mapping()
    editor.setCurrentIndex(2)
    delegate.setModelData(editor, dialog.mapping_model, index)
    assert dialog.mapping_model.mapping()["document_number"] == 1

    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    assert dialog.mapping_model.mapping() == {}  # "Notas" has none of the import's columns
    assert dialog.sheet_combo.currentText() == "Notas"

    target = tmp_path / "plantilla.xlsx"
    assert not target.exists()
    dialog.save_template(target)
    assert target.exists() and load_workbook(target).sheetnames
    assert dialog.message.text() == f"Plantilla guardada en {target}."


def test_other_person_checkbox_then_undo_and_its_refusal(qtbot, tmp_path: Path, store: LocalStore,  # type: ignore[no-untyped-def]
                                                           context: TenantContext) -> None:
    students = StudentService(store, context)
    students.create(StudentDraft("RC", "1023456789", "Luis Mora", date(2015, 1, 2)))
    students.create(StudentDraft("TI", "1099999999", "Sofía Peña Díaz", date(2012, 5, 6)))
    path = tmp_path / "a.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([
            ["Tipo", "Número", "Nombre completo", "Fecha de nacimiento"],
            ["TI", "1023456789", "Luis Mora", "02/01/2015"],
            ["NUIP", "1077777777", "SOFIA PENA DIAZ", "06/05/2012"],
            ["TI", "1088888888", "Camila Ríos", "01/01/2013"]])
    dialog = _dialog(qtbot, store, context)
    assert dialog.batches.count() == 0 and not dialog.undo_button.isEnabled()
    dialog.open_file(path)
    assert not dialog.sheet_combo.isVisible()  # a CSV has one sheet: no picker
    dialog.preview_button.click()
    model = dialog.preview_model
    assert model is not None
    statuses = [model.row_at(i).status for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert statuses == [Status.possible_duplicate, Status.possible_duplicate, Status.new]
    assert not model.flags(model.index(2, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(1, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.other_person_rows() == {3}
    assert dialog.counts.text().endswith("Posible duplicado: 2 · Error: 0 · Es otra persona: 1")
    before = counts(store)[0]
    dialog.import_button.click()
    assert dialog.batch is not None and dialog.batch.counts["created"] == 2
    assert counts(store)[0] == before + 2
    assert dialog.batches.count() == 1 and "a.csv" in dialog.batches.item(0).text()

    dialog.batches.setCurrentRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert dialog.message.text() == "Importación de a.csv deshecha."
    assert "(deshecha)" in dialog.batches.item(0).text()
    dialog.batches.setCurrentRow(0)
    assert not dialog.undo_button.isEnabled()

    # import again (reactivates), then edit one of them: the undo is refused with the service's text
    dialog.preview_button.click()
    dialog.import_button.click()
    assert dialog.batches.count() == 2
    (camila,) = students.list_ids(StudentQuery(text="Camila"))
    students.update(camila, StudentDraft("TI", "1088888888", "Camila Ríos Paz", date(2013, 1, 1)))
    dialog.batches.setCurrentRow(0)  # newest first
    dialog.undo_button.click()
    assert dialog.message.text().startswith("No se puede deshacer: estos estudiantes cambiaron")
    assert "Camila Ríos Paz" in dialog.message.text()


def test_reading_and_preview_run_on_the_worker_threads(qtbot, tmp_path: Path, store: LocalStore,  # type: ignore[no-untyped-def]
                                                       context: TenantContext) -> None:
    import threading

    main = threading.get_ident()
    threads: list[int] = []

    def reader(path: Path, sheet: str | None) -> SheetData:
        threads.append(threading.get_ident())
        return read_sheet(path, sheet)

    runner = TaskRunner()
    dialog = ImportDialog(ImportService(store, context), reader, runner)
    qtbot.addWidget(dialog)
    dialog.open_file(write_xlsx(tmp_path / "lista.xlsx", make_roster(30, 0)))
    qtbot.waitUntil(lambda: dialog.mapping_model is not None, timeout=10_000)
    assert threads and main not in threads
    model = dialog.mapping_model
    assert model is not None
    for row, field in enumerate(FIELDS):  # no year chosen: the matrícula's columns are left out
        if field.key in ENROLLMENT_FIELDS:
            model.setData(model.index(row, 1), NOT_MAPPED)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model is not None or not dialog.message.text().startswith("Revise"),
                    timeout=10_000)
    assert dialog.preview_model is not None, dialog.message.text()
    assert "Nuevo: 30" in dialog.counts.text()
    assert runner.wait_for_done(10_000)


def test_the_counters_read_in_english_with_the_english_catalog(qtbot, qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                store: LocalStore, context: TenantContext) -> None:
    from desktop_app.ui.i18n import install_translators, remove_translators

    path = tmp_path / "b.csv"
    path.write_text("Tipo;Número;Nombre completo\nTI;1088888888;Camila Ríos\nXX;1;Ana\n", encoding="utf-8")
    translators = install_translators(qapp, "en")
    try:
        dialog = _dialog(qtbot, store, context)
        dialog.open_file(path)
        dialog.preview_button.click()
        assert dialog.counts.text().startswith("New: 1 · ")
        assert dialog.counts.text().endswith("Error: 1 · Another person: 0")
    finally:
        remove_translators(qapp, translators)
