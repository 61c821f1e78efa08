"""A deterministic roster of students with planted errors, written as XLSX (openpyxl) or CSV (';', cp1252)
like Excel in a Spanish locale writes it. `planted` says which row (as the spreadsheet numbers it) carries
which error, so a test can check the preview finds exactly those."""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

HEADERS = ("Tipo documento", "N° documento", "Apellidos y nombres", "Fecha de nacimiento", "Sexo", "Grado",
           "Grupo", "Jornada")
APELLIDOS = ("Pérez", "Gómez", "Rodríguez", "Martínez", "García", "López", "Hernández", "Muñoz", "Díaz", "Peña")
NOMBRES = ("María", "José", "Ana", "Luis", "Sofía", "Andrés", "Valentina", "Juan", "Camila", "Santiago")
GRADES = ("transición", "1°", "2", "tercero", "4°", "5", "6", "7°", "8", "9", "10", "11")
# kind of planted error → the column it names ("" when the message names only the row)
KINDS = ("fecha", "año2", "cientifica", "repetido", "grado", "tipo")


@dataclass
class Roster:
    rows: list[list[object]]
    planted: dict[int, str] = field(default_factory=dict)  # spreadsheet row number → kind


def make_roster(count: int = 500, errors: int = 25, *, start: int = 1_020_000_000) -> Roster:
    roster = Roster([])
    step = count // errors if errors else count + 1
    for i in range(count):
        row_number = i + 2  # header on row 1
        birth = date(2008, 1, 1) + timedelta(days=(i * 37) % 3650)
        grade = GRADES[i % len(GRADES)]
        name = (f"{APELLIDOS[i % 10]} {APELLIDOS[(i // 10) % 10]} {NOMBRES[(i // 100) % 10]} "
                f"{NOMBRES[(i * 7) % 10]}")  # birth dates all differ: no similar names
        row: list[object] = ["TI", str(start + i), name, birth.strftime("%d/%m/%Y"), "F" if i % 2 else "M",
                             grade, f"{i % 3 + 1:02d}", "Mañana" if i % 2 else "Tarde"]
        if errors and i % step == step - 1 and len(roster.planted) < errors:
            kind = KINDS[len(roster.planted) % len(KINDS)]
            roster.planted[row_number] = kind
            if kind == "fecha":
                row[3] = "31/02/2015"
            elif kind == "año2":
                row[3] = "03/04/15"
            elif kind == "cientifica":
                row[1] = "1,02346E+09"
            elif kind == "repetido":
                row[1] = str(start)  # the first row's document
            elif kind == "grado":
                row[5] = "13°"
            else:
                row[0] = "XX"
        roster.rows.append(row)
    return roster


def write_xlsx(path: Path, roster: Roster) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Estudiantes"
    sheet.append(list(HEADERS))
    for row in roster.rows:
        sheet.append(row)
    workbook.create_sheet("Notas").append(["nada que importar"])
    workbook.save(path)
    return path


def write_xls(path: Path, roster: Roster) -> Path:
    """The roster as a legacy Excel 97-2003 file (xlwt), dates as real date cells, numbers as numbers."""
    import xlwt

    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Estudiantes")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for column, name in enumerate(HEADERS):
        sheet.write(0, column, name)
    for row_number, row in enumerate(roster.rows, start=1):
        for column, value in enumerate(row):
            if isinstance(value, date):
                sheet.write(row_number, column, value, dates)
            elif value is not None:
                sheet.write(row_number, column, value)
    workbook.add_sheet("Notas").write(0, 0, "nada que importar")
    workbook.save(str(path))
    return path


def write_csv(path: Path, roster: Roster, *, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(HEADERS)
        writer.writerows(roster.rows)
    return path


def write_ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet (text cells), enough for calamine; no ODS writer is a dependency."""
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in row)
        + "</table:table-row>" for row in rows)
    office, table, text_ns = ("urn:oasis:names:tc:opendocument:xmlns:office:1.0",
                              "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
                              "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
               f'xmlns:table="{table}" xmlns:text="{text_ns}" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="Hoja1">{body}</table:table></office:spreadsheet>'
               "</office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path
