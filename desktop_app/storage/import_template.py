"""*Descargar plantilla*: an XLSX the import reads back as is, with the document columns formatted as text
(so Excel never turns a number into 1,02346E+09) and drop-down lists for tipo de documento, grado, jornada,
sexo, parentesco and acudiente principal."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.domain.documents import GUARDIAN_DOCUMENT_TYPES, STUDENT_DOCUMENT_TYPES
from desktop_app.domain.grades import GRADES
from desktop_app.domain.relationships import RELATIONSHIPS
from desktop_app.domain.shifts import SHIFTS

HEADERS = ("Tipo de documento", "Número de documento", "Primer apellido", "Segundo apellido", "Primer nombre",
           "Segundo nombre", "Fecha de nacimiento", "Sexo", "Grado", "Grupo", "Jornada",
           "Tipo documento acudiente", "Documento acudiente", "Nombre acudiente", "Teléfono acudiente",
           "Parentesco", "Acudiente principal")
TEXT_COLUMNS = ("Número de documento", "Documento acudiente", "Grupo", "Teléfono acudiente")
ROWS = 2000  # formats and lists cover this many data rows


def write_template(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Estudiantes"
    sheet.append(list(HEADERS))
    lists = workbook.create_sheet("Listas")
    choices = {
        "Tipo de documento": list(STUDENT_DOCUMENT_TYPES), "Sexo": ["F", "M", "X"],
        "Grado": [grade.label for grade in GRADES], "Jornada": [shift.label for shift in SHIFTS.values()],
        "Tipo documento acudiente": list(GUARDIAN_DOCUMENT_TYPES), "Parentesco": list(RELATIONSHIPS.values()),
        "Acudiente principal": ["Sí", "No"],
    }
    for list_column, (header, values) in enumerate(choices.items(), start=1):
        letter = get_column_letter(list_column)
        lists.cell(1, list_column, header)
        for row, value in enumerate(values, start=2):
            lists.cell(row, list_column, value)
        column = get_column_letter(HEADERS.index(header) + 1)
        validation = DataValidation(type="list", formula1=f"=Listas!${letter}$2:${letter}${len(values) + 1}",
                                    allow_blank=True, showErrorMessage=True, errorTitle=header,
                                    error=f"Elija un valor de la lista «{header}».")
        validation.add(f"{column}2:{column}{ROWS + 1}")
        sheet.add_data_validation(validation)
    for header in TEXT_COLUMNS:
        text_column = HEADERS.index(header) + 1
        for row in range(2, ROWS + 2):
            sheet.cell(row, text_column).number_format = "@"
    for number in range(1, len(HEADERS) + 1):
        sheet.column_dimensions[get_column_letter(number)].width = 20
    lists.sheet_state = "hidden"
    workbook.save(path)
    return path
