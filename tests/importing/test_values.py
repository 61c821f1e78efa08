"""Cell reading and column mapping: the exact Spanish messages of issue 13."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.import_values import (
    CellError,
    auto_mapping,
    header_key,
    mapping_errors,
    name_first,
    parse_date,
    parse_document_number,
    split_surname_first,
)


@pytest.mark.parametrize(("value", "expected"), [
    (datetime(2015, 2, 28, 0, 0), date(2015, 2, 28)),
    (date(2015, 2, 28), date(2015, 2, 28)),
    ("28/02/2015", date(2015, 2, 28)),
    ("8-2-2015", date(2015, 2, 8)),
    ("2015-02-28", date(2015, 2, 28)),
    (42063, date(2015, 2, 28)),
    ("42063", date(2015, 2, 28)),
    (42063.0, date(2015, 2, 28)),
    (None, None),
    ("", None),
])
def test_dates_are_read_from_excel_cells_text_and_serials(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_an_impossible_date_and_a_two_digit_year_are_refused_naming_the_column() -> None:
    with pytest.raises(CellError) as bad:
        parse_date("31/02/2015")
    assert bad.value.at(17).message == (
        "Fila 17, columna «Fecha de nacimiento»: «31/02/2015» no es una fecha válida (dd/mm/aaaa).")
    with pytest.raises(CellError) as short:
        parse_date("03/04/15")
    assert "año con 2 cifras" in short.value.at(9).message


def test_scientific_notation_is_refused_and_whole_floats_lose_their_decimals() -> None:
    with pytest.raises(CellError) as bad:
        parse_document_number("1,02346E+09")
    assert bad.value.at(9).message == ("Fila 9: «1,02346E+09» está en notación científica; dé a la columna formato "
                                       "Texto en Excel y vuelva a exportar.")
    assert parse_document_number(1023456789.0) == "1023456789"
    assert parse_document_number(" 1.023.456.789 ") == "1.023.456.789"


def test_headers_are_mapped_by_synonyms_and_a_surname_first_column_wins_over_full_name() -> None:
    headers = ["Tipo doc.", "N° Documento", "Apellidos y nombres", "Fecha de Nacimiento", "Género", "Grado",
               "Grupo", "Jornada", "Observaciones"]
    mapping = auto_mapping(headers)
    assert mapping == {"document_type": 0, "document_number": 1, "surname_first_name": 2, "birth_date": 3,
                       "gender": 4, "grade_level": 5, "group_code": 6, "shift": 7}
    assert auto_mapping(["Identificación", "Tipo", "Nombre"]) == {
        "document_number": 0, "document_type": 1, "full_name": 2}
    assert header_key(["N° Documento", "Nombre "]) == header_key(["n documento", "NOMBRE"])


def test_a_missing_required_column_is_named() -> None:
    assert [e.message for e in mapping_errors({"document_type": 0, "full_name": 1}, has_year=False)] == [
        "Falta asignar la columna del número de documento."]
    assert [e.message for e in mapping_errors(
        {"document_type": 0, "document_number": 1, "full_name": 2, "grade_level": 3}, has_year=False)] == [
        "Hay columnas de grado, grupo o jornada: elija el año lectivo de las matrículas."]


def test_surname_first_names_are_split_and_stored_name_first() -> None:
    parts = split_surname_first("PÉREZ GÓMEZ MARÍA JOSÉ")
    assert parts == ("PÉREZ", "GÓMEZ", "MARÍA", "JOSÉ")
    assert name_first(parts) == "MARÍA JOSÉ PÉREZ GÓMEZ"
    assert split_surname_first("De la Hoz Ruiz Ana") == ("De la Hoz", "Ruiz", "Ana", "")
    assert split_surname_first("Ruiz Ana") == ("Ruiz", "", "Ana", "")


def test_separate_surname_and_name_columns_are_both_used() -> None:
    from desktop_app.domain.import_rows import read_row

    headers = ["Tipo", "Documento", "Apellidos", "Nombres"]
    mapping = auto_mapping(headers)
    assert mapping == {"document_type": 0, "document_number": 1, "surnames": 2, "given_names": 3}
    assert mapping_errors(mapping, has_year=False) == []
    row = read_row(2, ("TI", "1023456789", "De la Hoz Ruiz", "María José"), mapping, date(2026, 3, 1))
    assert row.errors == []
    assert row.student["full_name"] == "María José De la Hoz Ruiz"
    assert row.student["extra_data"]["simat"] == {"apellido1": "De la Hoz", "apellido2": "Ruiz", "nombre1": "María",
                                                  "nombre2": "José", "name_split_confirmed": True}
