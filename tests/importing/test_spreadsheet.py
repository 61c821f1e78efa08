"""The readers on real files: XLSX (openpyxl), ODS (calamine), CSV in cp1252 with ';' and UTF-8 with ','."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.domain.import_values import SpreadsheetRefused
from desktop_app.storage.spreadsheet import read_sheet
from tests.importing.roster import HEADERS, make_roster, write_csv, write_ods, write_xlsx


def test_xlsx_keeps_typed_cells_finds_the_header_after_blank_rows_and_lets_a_sheet_be_chosen(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Hoja1"
    sheet.append([])
    sheet.append([None, None])
    sheet.append(["Tipo", "Número", "Nombre", "Nacimiento"])
    sheet.append(["TI", 1023456789, "Ana Ruiz", datetime(2012, 3, 4)])
    workbook.create_sheet("Otra").append(["x"])
    workbook.save(tmp_path / "a.xlsx")

    data = read_sheet(tmp_path / "a.xlsx")
    assert data.sheet_names == ("Hoja1", "Otra") and data.sheet == "Hoja1"
    assert data.header_row == 3 and data.headers == ("Tipo", "Número", "Nombre", "Nacimiento")
    assert data.rows == ((4, ("TI", 1023456789, "Ana Ruiz", datetime(2012, 3, 4))),)
    assert len(data.sha256) == 64
    assert read_sheet(tmp_path / "a.xlsx", "Otra").headers == ("x",)
    with pytest.raises(SpreadsheetRefused, match="no tiene la hoja «Falta»"):
        read_sheet(tmp_path / "a.xlsx", "Falta")


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "cp1252"), (",", "utf-8-sig"), ("\t", "utf-8")])
def test_csv_encoding_and_delimiter_are_detected(tmp_path: Path, delimiter: str, encoding: str) -> None:
    roster = make_roster(20, 0)
    data = read_sheet(write_csv(tmp_path / "r.csv", roster, delimiter=delimiter, encoding=encoding))
    assert data.headers == HEADERS
    assert [list(row) for _, row in data.rows] == roster.rows
    assert data.rows[0][0] == 2


def test_ods_is_read_with_calamine(tmp_path: Path) -> None:
    data = read_sheet(write_ods(tmp_path / "a.ods", [["Tipo", "Número"], [], ["TI", "1023456789"]]))
    assert data.sheet_names == ("Hoja1",)
    assert data.headers == ("Tipo", "Número")
    assert data.rows == ((3, ("TI", "1023456789")),)


def test_xls_and_ods_go_through_calamine_and_a_bad_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.ods"
    path.write_bytes(b"not a spreadsheet")
    with pytest.raises(Exception):  # noqa: B017  -- calamine's own error for a damaged file
        read_sheet(path)
    with pytest.raises(SpreadsheetRefused, match=r"«\.txt»"):
        (tmp_path / "a.txt").write_text("x")
        read_sheet(tmp_path / "a.txt")


def test_more_than_20000_rows_is_refused_with_the_count(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Tipo;Número;Nombre\n" + "TI;1;A\n" * 35_000, encoding="utf-8")
    with pytest.raises(SpreadsheetRefused) as refused:
        read_sheet(path)
    assert str(refused.value) == "El archivo tiene 35.000 filas; el máximo es 20.000. Divídalo."


def test_a_file_over_10_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(SpreadsheetRefused, match="el máximo es 10 MB"):
        read_sheet(path)


def test_the_roster_fixture_reads_the_same_from_xlsx_and_csv(tmp_path: Path) -> None:
    roster = make_roster(50, 5)
    xlsx = read_sheet(write_xlsx(tmp_path / "r.xlsx", roster))
    csv_ = read_sheet(write_csv(tmp_path / "r.csv", roster))
    assert xlsx.rows == csv_.rows
