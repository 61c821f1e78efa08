"""A small school year with 12 planted SIMAT defects (and the exact texts they must give)."""

from __future__ import annotations

from datetime import date
from typing import Any

SETTINGS: dict[str, Any] = {
    "codigo_dane": "123456789012", "mun_codigo": "05001",
    "sedes": [{"cons_sede": "01", "nombre": "Principal"}, {"cons_sede": "02", "nombre": "Rural"}],
    "caracter": "1", "especialidad": "1", "metodologia": "1", "zona": "1",
    "checklist_rules": {"kept": True},
}
YEAR = 2026


def _student(number: int, full_name: str, **changes: Any) -> dict[str, Any]:
    given, first, second = full_name.split(" ")
    simat = {"name_split_confirmed": True, "nombre1": given, "nombre2": "", "apellido1": first,
             "apellido2": second, "nac_depto": "05", "nac_mun": "05001", "res_depto": "05", "res_mun": "05001",
             "estrato": "2", "sisben": "1", "etnia": "0", "tipo_discapacidad": "99", "zon_alu": "1"}
    simat.update(changes.pop("simat", {}))
    record = {"document_type": "TI", "document_number": f"10{number:08d}", "full_name": full_name,
              "birth_date": date(2015, 3, number % 28 + 1), "gender": "F", "extra_data": {"simat": simat},
              "piar_data": {}}
    record.update(changes)
    return record


def _enrollment(**changes: Any) -> dict[str, Any]:
    record = {"grade_level": "5", "group_code": "A", "shift": "morning", "status": "active",
              "extra_data": {"is_new_student": False, "simat": {"cons_sede": "01", "repitente": "N"}}}
    record.update(changes)
    return record


def planted() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(student, enrollment) pairs in export order; row 2 is the first."""
    no_sede = _enrollment(extra_data={"is_new_student": True, "simat": {}})
    return [
        (_student(1, "Ana Pérez Gómez"), _enrollment()),                                    # row 2: fine
        (_student(2, "Luis Díaz Rojas", simat={"name_split_confirmed": False}), _enrollment()),  # 3
        (_student(3, "Sara Mejía Henao", document_type="PA", document_number="AB123456"), _enrollment()),  # 4
        (_student(4, "Eva Ruiz Soto", simat={"nac_mun": "05999", "res_depto": "77"}), _enrollment()),  # 5 (two)
        (_student(5, "Iván Vargas Peña"), no_sede),                                          # 6
        (_student(6, "Tomás Castro Ortiz", document_number="101234567"), _enrollment()),    # 7
        (_student(7, "Paula Ríos Lara", document_type="RC", document_number="1000000001"), _enrollment()),  # 8
        (_student(8, "Alex Mora Gil", gender="X"), _enrollment()),                          # 9
        (_student(9, "Juan Soto Cruz", birth_date=date(2010, 1, 5)), _enrollment(grade_level="1")),  # 10 warn
        (_student(10, "Lina Gil Paz", birth_date=None), _enrollment()),                     # 11
        (_student(11, "Dora Paz Rey"), _enrollment(shift=None)),                            # 12
        (_student(12, "Noé Rey Sanz", simat={"nombre1": ""}), _enrollment()),               # 13
        (_student(13, "Rosa Luna Vega", birth_date=date(2000, 5, 5)), _enrollment(grade_level="clei_3")),  # 14
        (_student(14, "Ciro Vega Luna", document_type="RC", document_number="1234567890"), _enrollment()),  # 15
    ]


EXPECTED = [
    ("Fila 3 · DÍAZ ROJAS LUIS: falta el primer apellido (división del nombre sin confirmar).", True),
    ("Fila 4 · MEJÍA HENAO SARA: el Pasaporte no tiene código en el SIMAT.", True),
    ("Fila 5 · RUIZ SOTO EVA: municipio de nacimiento 05999 no existe en DIVIPOLA.", True),
    ("Fila 5 · RUIZ SOTO EVA: departamento de residencia 77 no existe en DIVIPOLA.", True),
    ("Fila 6 · VARGAS PEÑA IVÁN: sin sede (CONS_SEDE).", True),
    ("Fila 7 · CASTRO ORTIZ TOMÁS: número de TI con 9 dígitos.", True),
    ("Fila 8 · RÍOS LARA PAULA: el documento RC 1000000001 ya está en la fila 2.", True),
    ("Fila 9 · MORA GIL ALEX: el sexo X no tiene código en el SIMAT.", True),
    ("Fila 10 · SOTO CRUZ JUAN: atención: 16 años al 30/06/2026 es una edad poco usual para 1°.", False),
    ("Fila 11 · GIL PAZ LINA: falta la fecha de nacimiento.", True),
    ("Fila 12 · PAZ REY DORA: sin jornada (TIPO_JORNADA).", True),
    ("Fila 13 · REY SANZ: falta el primer nombre.", True),
]
