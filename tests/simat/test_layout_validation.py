"""SIMAT_LAYOUT values and the validation before export (pure domain)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.simat_catalogs import load_catalogs
from desktop_app.domain.simat_layout import HEADERS, SimatInput, row_values
from desktop_app.domain.simat_validation import blocked_rows, validate_rows
from tests.simat.planted import EXPECTED, SETTINGS, YEAR, planted

ISSUE_COLUMNS = ["ANO_INF", "MES_INF", "MUN_CODIGO", "CODIGO_DANE", "DANE_ANTERIOR", "CONS_SEDE", "TIPO_DOCUMENTO", "NRO_DOCUMENTO", "EXP_DEPTO", "EXP_MUN", "APELLIDO1", "APELLIDO2", "NOMBRE1", "NOMBRE2", "DIRECCION_RESIDENCIA", "TEL", "RES_DEPTO", "RES_MUN", "ESTRATO", "SISBEN", "FECHA_NACIMIENTO", "NAC_DEPTO", "NAC_MUN", "GENERO", "POB_VICT_CONF", "DPTO_EXP", "MUN_EXP", "PROVIENE_SECTOR_PRIV", "PROVIENE_OTR_MUN", "TIPO_DISCAPACIDAD", "CAP_EXC", "ETNIA", "RES", "INS_FAMILIAR", "TIPO_JORNADA", "CARACTER", "ESPECIALIDAD", "GRADO", "GRUPO", "METODOLOGIA", "MATRICULA_CONTRATADA", "REPITENTE", "NUEVO", "SIT_ACAD_ANO_ANT", "CON_ALUM_ANO_ANT", "FUE_RECU", "ZON_ALU", "CAB_FAMILIA", "BEN_MAD_FLIA", "BEN_VET_FP", "BEN_HER_NAC", "CODIGO_INTERNADO", "CODIGO_VALORACION_1", "CODIGO_VALORACION_2", "NUM_CONVENIO", "PER_ID", "PAIS_ORIGEN"]


def _inputs() -> list[SimatInput]:
    return [SimatInput(YEAR, 3, student, enrollment, SETTINGS) for student, enrollment in planted()]


def test_layout_has_the_issue_columns_in_order() -> None:
    assert list(HEADERS) == ISSUE_COLUMNS


def test_values_are_formatted_as_simat_expects() -> None:
    row = dict(zip(HEADERS, row_values(_inputs()[0]), strict=True))
    assert row["ANO_INF"] == "2026" and row["MES_INF"] == "3"
    assert row["CODIGO_DANE"] == "123456789012" and row["CONS_SEDE"] == "01"
    assert row["TIPO_DOCUMENTO"] == "2" and row["NRO_DOCUMENTO"] == "1000000001"
    assert row["FECHA_NACIMIENTO"] == "02/03/2015"
    assert (row["APELLIDO1"], row["APELLIDO2"], row["NOMBRE1"]) == ("PÉREZ", "GÓMEZ", "ANA")
    assert (row["GENERO"], row["GRADO"], row["TIPO_JORNADA"], row["GRUPO"]) == ("F", "5", "2", "A")
    assert row["NUEVO"] == "N" and row["NAC_MUN"] == "05001" and row["PER_ID"] == ""
    clei = dict(zip(HEADERS, row_values(_inputs()[12]), strict=True))
    assert clei["GRADO"] == "23"
    rc = dict(zip(HEADERS, row_values(_inputs()[13]), strict=True))
    assert rc["TIPO_DOCUMENTO"] == "5"


def test_a_single_sede_needs_no_sede_on_each_enrollment() -> None:
    student, enrollment = planted()[4]
    one_sede = {**SETTINGS, "sedes": [{"cons_sede": "07", "nombre": "Única"}]}
    row = dict(zip(HEADERS, row_values(SimatInput(YEAR, 3, student, enrollment, one_sede)), strict=True))
    assert row["CONS_SEDE"] == "07"
    assert validate_rows([SimatInput(YEAR, 3, student, enrollment, one_sede)], load_catalogs()) == []


def test_twelve_planted_defects_give_exactly_twelve_problems() -> None:
    problems = validate_rows(_inputs(), load_catalogs())
    assert [(p.line, p.blocking) for p in problems] == EXPECTED
    blocked = blocked_rows(problems)
    assert blocked == {3, 4, 5, 6, 7, 8, 9, 11, 12, 13}
    assert len(_inputs()) - len(blocked) == 4  # rows 2, 10 (a warning only), 14 and 15


def test_a_value_outside_an_unverified_list_only_warns() -> None:
    student, enrollment = planted()[0]
    student = {**student, "extra_data": {"simat": {**student["extra_data"]["simat"], "estrato": "8"}}}
    problems = validate_rows([SimatInput(YEAR, 3, student, enrollment, SETTINGS)], load_catalogs())
    assert [(p.field, p.text, p.blocking) for p in problems] == [
        ("ESTRATO", "estrato «8» no está en la lista del SIMAT (lista aún sin verificar).", False)]


def test_birth_date_format_is_day_month_year() -> None:
    student, enrollment = planted()[0]
    student = {**student, "birth_date": date(2014, 12, 31)}
    assert "31/12/2014" in row_values(SimatInput(YEAR, 3, student, enrollment, SETTINGS))
