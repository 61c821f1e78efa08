"""The downloadable template: text-formatted document columns, lists, and a round trip through the import."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop_app.domain.import_values import auto_mapping, mapping_errors
from desktop_app.storage.import_template import HEADERS, write_template
from desktop_app.storage.spreadsheet import read_sheet


def test_the_template_has_text_columns_and_lists_and_maps_itself(tmp_path: Path) -> None:
    path = write_template(tmp_path / "plantilla.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Estudiantes"]
    assert sheet["B2"].number_format == "@" and sheet["M500"].number_format == "@"
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["A2:A2001"].startswith("=Listas!$A$2")
    assert set(validations) == {"A2:A2001", "H2:H2001", "I2:I2001", "K2:K2001", "L2:L2001", "P2:P2001",
                                "Q2:Q2001"}
    assert [c.value for c in workbook["Listas"]["C"]][1:5] == ["Prejardín", "Jardín", "Transición", "1°"]

    row = (["TI", "1023456789", "Pérez", "Gómez", "María", "José", "04/03/2012", "F", "5°", "501",
                  "Mañana", "CC", "52111222", "Marta Gómez", "3001234567", "Madre", "Sí"])
    for column, value in enumerate(row, start=1):
        sheet.cell(2, column, value)
    workbook.save(path)
    data = read_sheet(path)
    assert data.headers == HEADERS
    assert [number for number, _ in data.rows] == [2]  # formatted empty rows are not data
    assert data.rows[0][1][1] == "1023456789"
    mapping = auto_mapping(data.headers)
    assert mapping_errors(mapping, has_year=True) == []
    assert len(mapping) == len(HEADERS)
    assert mapping["guardian_primary"] == HEADERS.index("Acudiente principal")
