"""The import's Qt models pass qtmodeltester; the mapping is editable and the preview filters to errors."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.import_values import FIELDS, auto_mapping
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import StudentDraft
from desktop_app.services.importer import ImportService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.ui.importing.models import NOT_MAPPED, MappingModel, PreviewModel
from tests.importing.test_importer import sheet_of

ROW = Qt.ItemDataRole


def test_the_mapping_model_edits_one_column_per_field(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    headers = ("Tipo", "Número", "Nombre completo", "Observaciones")
    model = MappingModel(headers, ("TI", "1023456789", "Ana Ruiz", ""), auto_mapping(headers))
    qtmodeltester.check(model)
    rows = {field.key: i for i, field in enumerate(FIELDS)}
    assert model.index(rows["document_number"], 1).data() == "Número"
    assert model.index(rows["document_number"], 2).data() == "1023456789"
    assert model.index(rows["birth_date"], 1).data() == "(sin asignar)"
    assert model.setData(model.index(rows["birth_date"], 1), 1, ROW.EditRole)
    assert model.mapping() == {"document_type": 0, "birth_date": 1, "full_name": 2}  # taken from número
    assert model.setData(model.index(rows["birth_date"], 1), NOT_MAPPED, ROW.EditRole)
    assert not model.setData(model.index(rows["birth_date"], 1), 9, ROW.EditRole)
    assert model.mapping() == {"document_type": 0, "full_name": 2}


def test_the_preview_model_shows_statuses_changes_and_filters_to_errors(  # type: ignore[no-untyped-def]
        qtmodeltester, store: LocalStore, context: TenantContext) -> None:
    StudentService(store, context).create(StudentDraft("TI", "1023456789", "Ana Ruiz", None))
    sheet = sheet_of([["TI", "1023456789", "Ana Ruiz", "04/03/2012"], ["TI", "1088888888", "Luis", "31/02/2015"],
                      ["TI", "1077777777", "Juan Díaz", ""]])
    preview = ImportService(store, context).preview(sheet, auto_mapping(sheet.headers))
    model = PreviewModel(preview.rows)
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == ["Actualiza", "Error", "Nuevo"]
    assert model.index(0, 4).data() == "Fecha de nacimiento: — → 04/03/2012"
    model.set_errors_only(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 0).data() == 3
    assert "«31/02/2015» no es una fecha válida" in model.index(0, 4).data()
