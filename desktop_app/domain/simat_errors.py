"""The SIMAT feature's refusals, with the exact Spanish texts of issue 12 (kept here so the feature is whole)."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import DomainError, FieldError

SIMAT_MESSAGES: dict[str, str] = {
    "simat_failed": "No se pudo completar la operación del SIMAT.",
    "simat_listing_not_simat": "El archivo no parece un listado del SIMAT: {missing}.",
    "simat_listing_other_school": "El listado es de la institución {found}, no de esta ({ours}).",
    "simat_listing_other_year": "El listado es del año {found} y usted compara {year}.",
    "simat_file_locked": "No se puede escribir «{name}»: está abierto en Excel. Ciérrelo e intente de nuevo.",
    "simat_file_unwritable": "No se puede escribir «{name}»: {reason}.",
    "simat_file_unreadable": "No se puede leer «{name}»: {reason}.",
    "simat_template_no_header": "La plantilla «{name}» no tiene una fila de encabezados del SIMAT "
                                "(por ejemplo NRO_DOCUMENTO, APELLIDO1, GRADO).",
    "simat_dane_missing": "Falta el código DANE del colegio: escríbalo en Datos del colegio → SIMAT.",
    "simat_year_unknown": "El año lectivo elegido no existe.",
    "simat_match_unknown": "Esa fila del listado ya no está en la comparación: compare de nuevo.",
    "simat_column_not_applicable": "El dato {column} del SIMAT no se puede copiar a la ficha.",
    # Field errors of the SIMAT settings tab (shown under the field)
    "simat_digits_only": "Escriba solo dígitos.",
    "simat_digits_length": "Debe tener {length} dígitos.",
    "simat_mun_unknown": "El municipio {code} no existe en DIVIPOLA.",
    "simat_sede_name_required": "Escriba el nombre de la sede {cons_sede}.",
    "simat_sede_duplicate": "La sede {cons_sede} está repetida.",
}


def field_message(error: FieldError) -> str:
    """The text of a field error: the SIMAT feature's own codes first, then the app's catalog."""
    template = SIMAT_MESSAGES.get(error.code)
    if template is None:
        return error.message
    try:
        return template.format(**dict(error.params))
    except (KeyError, IndexError):
        return template


def columns_missing_text(missing: list[str]) -> str:
    """"faltan las columnas NRO_DOCUMENTO y CODIGO_DANE" / "falta la columna NRO_DOCUMENTO"."""
    if len(missing) == 1:
        return f"falta la columna {missing[0]}"
    return f"faltan las columnas {', '.join(missing[:-1])} y {missing[-1]}"


class SimatError(DomainError):
    """A SIMAT export, listing or action that could not be done; nothing was changed."""

    default_code = "simat_failed"

    @property
    def message(self) -> str:
        template = SIMAT_MESSAGES.get(self.code, SIMAT_MESSAGES["simat_failed"])
        values: dict[str, Any] = dict(self.params)
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template
