"""The Salud y SIMAT tab's field rules: each bad value is one error under its own form key; good values pass."""

from __future__ import annotations

import pytest

from desktop_app.domain.simat_student import blood_group, student_simat_errors


@pytest.mark.parametrize("extra", [
    {},
    {"simat": {"nombre1": "Ana", "nombre2": "María José", "apellido1": "D'Alessandro", "apellido2": "Pérez-Gómez",
               "name_split_confirmed": True, "tel": "3001234567", "zon_alu": "1", "per_id": "123456789",
               "cap_exc": "9", "pob_vict_conf": "9", "pais_origen": "170"},
     "salud": {"rh": "o +", "eps": "Sura"}},
    {"simat": {"nombre1": "Ñuñoa", "apellido1": "Ma.", "tel": None, "per_id": ""}, "salud": {"rh": "AB-"}},
    {"simat": "not a dict", "salud": None},  # written by an older version: nothing to check, nothing to crash
])
def test_good_values_pass(extra: dict) -> None:
    assert student_simat_errors(extra) == []


@pytest.mark.parametrize(("extra", "field", "code"), [
    ({"simat": {"tel": "300-12"}}, "simat.tel", "invalid_phone"),
    ({"simat": {"nombre1": "Ana2"}}, "simat.nombre1", "simat_name_part_letters"),
    ({"simat": {"apellido2": "Pérez_"}}, "simat.apellido2", "simat_name_part_letters"),
    ({"simat": {"name_split_confirmed": True, "nombre1": "Ana"}}, "simat.name_split_confirmed",
     "simat_split_incomplete"),
    ({"simat": {"per_id": "12a"}}, "simat.per_id", "simat_digits_only"),
    ({"simat": {"zon_alu": "U"}}, "simat.zon_alu", "simat_digits_only"),
    ({"simat": {"pais_origen": "COL"}}, "simat.pais_origen", "simat_digits_only"),
    ({"salud": {"rh": "O positivo"}}, "salud.rh", "invalid_blood_group"),
    ({"salud": {"rh": "C+"}}, "salud.rh", "invalid_blood_group"),
])
def test_each_bad_value_is_one_error_under_its_field(extra: dict, field: str, code: str) -> None:
    errors = student_simat_errors(extra)
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    assert errors[0].message.endswith(".") and "{" not in errors[0].message


def test_blood_group_ignores_case_and_spaces() -> None:
    assert blood_group(" ab - ") == "AB-"
