"""pytest-qt drives the import dialog on the 500-row XLSX: columns proposed, preview with its 25 errors and
nothing written, errors-only filter, a missing column refused with its message, then the import of 475."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.import_values import FIELDS
from desktop_app.services.context import TenantContext
from desktop_app.services.importer import ImportService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.spreadsheet import read_sheet
from desktop_app.ui.importing.dialog import ImportDialog
from desktop_app.ui.importing.models import NOT_MAPPED
from desktop_app.ui.tasks import TaskRunner
from tests.importing.roster import make_roster, write_xlsx
from tests.importing.test_importer import counts


def test_the_dialog_previews_then_imports(qtbot, tmp_path: Path, store: LocalStore,  # type: ignore[no-untyped-def]
                                          context: TenantContext) -> None:
    from datetime import date

    from desktop_app.services.dto import SchoolYearDraft
    from desktop_app.services.school_years import SchoolYearService

    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active"))
    path = write_xlsx(tmp_path / "lista.xlsx", make_roster(500, 25))
    dialog = ImportDialog(ImportService(store, context), read_sheet, TaskRunner(synchronous=True),
                          school_year_id=year.id)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert dialog.mapping_model is not None and dialog.mapping_model.mapping()["document_number"] == 1

    number_row = next(i for i, field in enumerate(FIELDS) if field.key == "document_number")
    dialog.mapping_model.setData(dialog.mapping_model.index(number_row, 1), NOT_MAPPED)
    dialog.preview_button.click()
    assert dialog.message.text() == "Falta asignar la columna del número de documento."
    assert dialog.pages.currentIndex() == 0  # the mapping stays on screen

    dialog.mapping_model.setData(dialog.mapping_model.index(number_row, 1), 1)
    before = counts(store)
    dialog.preview_button.click()
    assert dialog.pages.currentIndex() == 1 and dialog.preview_model is not None
    assert "Error: 25" in dialog.counts.text() and "Nuevo: 475" in dialog.counts.text()
    dialog.errors_only.setChecked(True)
    assert dialog.preview_model.rowCount() == 25
    assert counts(store) == before

    dialog.import_button.click()
    assert dialog.batch is not None and dialog.batch.counts["created"] == 475
    assert dialog.message.text() == "Importación guardada: 475 nuevos, 0 actualizados."
    assert counts(store)[0] == before[0] + 475
