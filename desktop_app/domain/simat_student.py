"""What the *Salud y SIMAT* tab may hold: each free-text field's format, checked before a save so the error
lands under that field (the export's *Revisión para SIMAT* would otherwise find it months later)."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.domain.errors import FieldError

NAME_PARTS = ("nombre1", "nombre2", "apellido1", "apellido2")
# Codes typed by hand (SIMAT value lists not yet shipped as catalogs): digits only.
CODE_FIELDS = ("zon_alu", "cap_exc", "pob_vict_conf", "pais_origen", "per_id")
BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
# Letters of any alphabet, spaces, apostrophe, hyphen, period ("D'Alessandro", "Ana-María", "Ma.").
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]*)*$")


def blood_group(value: str) -> str:
    """"o +" / "ab-" → "O+" / "AB-" (the form stores what the secretary typed; the check ignores case)."""
    return re.sub(r"\s+", "", value).upper()


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}  # a key an older version wrote differently: nothing to check


def student_simat_errors(extra_data: dict[str, Any]) -> list[FieldError]:
    """Field errors for `extra_data`'s SIMAT and health keys; each names its form key ("simat.tel")."""
    simat = _object(extra_data.get("simat"))
    salud = _object(extra_data.get("salud"))
    errors: list[FieldError] = []
    tel = simat.get("tel")
    if tel and (not str(tel).isdigit() or not 7 <= len(str(tel)) <= 10):
        errors.append(FieldError("simat.tel", "invalid_phone"))
    for part in NAME_PARTS:
        value = str(simat.get(part) or "").strip()
        if value and not _NAME.match(value):
            errors.append(FieldError(f"simat.{part}", "simat_name_part_letters", {"value": value}))
    if simat.get("name_split_confirmed") and not (str(simat.get("nombre1") or "").strip()
                                                  and str(simat.get("apellido1") or "").strip()):
        errors.append(FieldError("simat.name_split_confirmed", "simat_split_incomplete"))
    for key in CODE_FIELDS:
        value = str(simat.get(key) or "").strip()
        if value and not value.isdigit():
            errors.append(FieldError(f"simat.{key}", "simat_digits_only"))
    rh = str(salud.get("rh") or "").strip()
    if rh and blood_group(rh) not in BLOOD_GROUPS:
        errors.append(FieldError("salud.rh", "invalid_blood_group", {"value": rh}))
    return errors
