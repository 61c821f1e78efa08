"""Spanish (Colombia) messages for every error and warning code of the app."""

from __future__ import annotations

from typing import Any

# One entry per code. Placeholders in braces are filled from the error's params; a missing param is left
# blank rather than failing (a message must never crash the screen that shows it).
MESSAGES: dict[str, str] = {
    # Generic
    "domain_error": "No se pudo completar la operación.",
    "validation_failed": "Revise los datos marcados.",
    "not_allowed": "Su rol no le permite {action}.",
    "conflict": "La operación choca con el estado actual del registro.",
    "not_found": "El registro no existe o fue eliminado.",
    "required": "Este dato es obligatorio.",
    "too_long": "El texto es demasiado largo (máximo {max} caracteres).",
    "invalid_value": "El valor no es válido.",
    "invalid_date": "La fecha no es válida.",
    "invalid_email": "El correo electrónico no es válido.",
    "invalid_phone": "El teléfono no es válido: use solo dígitos (7 a 10).",
    # Identity documents
    "document_type_unknown": "El tipo de documento «{doc_type}» no existe.",
    "document_number_required": "Escriba el número de {doc_type}.",
    "document_number_digits_only": "El número de {doc_type} solo lleva dígitos.",
    "document_number_invalid_characters": "El número de {doc_type} solo puede tener letras y dígitos.",
    "document_number_length": "El número de {doc_type} debe tener entre {min} y {max} caracteres "
                              "(tiene {length}).",
    "document_number_all_zeros": "El número de {doc_type} no puede ser solo ceros.",
    "document_duplicate": "Ya existe una persona con este documento en el colegio: {name}.",
    "document_type_unusual_for_age": "Atención: una persona de {age} años no suele identificarse con {doc_type}. "
                                     "Verifique el tipo de documento y la fecha de nacimiento.",
    "document_type_not_for_guardian": "Un acudiente no se identifica con {doc_type}.",
    # NIT
    "nit_required": "Escriba el NIT.",
    "nit_invalid_characters": "El NIT solo lleva dígitos, puntos y un guion antes del dígito de verificación.",
    "nit_invalid_format": "Escriba el NIT así: 900123456-7 (un solo dígito de verificación después del guion).",
    "nit_invalid_length": "El NIT debe tener entre {min} y {max} dígitos antes del dígito de verificación.",
    "nit_ambiguous": "No se sabe dónde está el dígito de verificación en {digits} dígitos: "
                     "escríbalo después de un guion (por ejemplo 1020304050-1).",
    "nit_check_digit_mismatch": "El dígito de verificación no corresponde al NIT: escribió {typed} y "
                                "debería ser {expected}. Revise el número.",
    # Grades, shifts, ages
    "grade_unknown": "El grado «{grade}» no existe.",
    "shift_unknown": "La jornada «{shift}» no existe.",
    "relationship_unknown": "El parentesco «{relationship}» no existe.",
    "age_unusual_for_grade": "Atención: {age} años es una edad poco común para {grade}. Verifique la fecha "
                             "de nacimiento y el grado.",
    "birth_date_in_future": "La fecha de nacimiento no puede ser posterior a hoy.",
    "birth_date_too_old": "La fecha de nacimiento indica más de {max_age} años: revísela.",
    # Students, guardians
    "full_name_required": "Escriba el nombre completo.",
    "similar_student": "Ya existe un estudiante con nombre parecido y la misma fecha de nacimiento: {name}. "
                       "¿Es la misma persona?",
    "student_inactive": "El estudiante está desactivado.",
    "guardian_already_linked": "Este acudiente ya está vinculado al estudiante.",
    "guardian_not_linked": "Este acudiente no está vinculado al estudiante.",
    "primary_guardian_required": "El estudiante debe tener un acudiente principal.",
    "primary_guardian_unique": "Solo puede haber un acudiente principal.",
    "guardian_order_mismatch": "La lista de acudientes cambió mientras la ordenaba; vuelva a intentarlo.",
    # Enrollments
    "enrollment_exists_for_year": "El estudiante ya tiene matrícula en el año lectivo {year}.",
    "school_year_closed": "El año lectivo {year} está cerrado: no admite cambios.",
    "unknown_status": "El estado «{status}» no existe.",
    "status_unchanged": "La matrícula ya está en «{status}».",
    "illegal_status_transition": "Una matrícula no puede pasar de «{source}» a «{target}».",
    "reason_required": "Escriba el motivo para «{action}».",
    "reason_too_long": "El motivo es demasiado largo (máximo {max} caracteres).",
    "checklist_incomplete": "Faltan documentos o hay documentos rechazados: no se puede enviar a revisión.",
    # Checklist items
    "unknown_item_state": "El estado de documento «{state}» no existe.",
    "requirement_unknown": "El documento «{code}» no está en la lista de esta matrícula.",
    "rejection_reason_required": "Escriba por qué se rechaza «{document}» para que la familia sepa qué traer.",
    "waiver_reason_required": "Escriba por qué «{document}» no aplica para este estudiante.",
    # School checklist rules (settings)
    "checklist_rules_not_object": "La configuración de la lista de documentos está mal formada.",
    "checklist_version_unsupported": "Esta configuración de documentos es de una versión más nueva ({version}); "
                                     "actualice la aplicación.",
    "checklist_rules_unknown_key": "La configuración tiene un campo desconocido: «{key}».",
    "checklist_list_expected": "Se esperaba una lista.",
    "checklist_text_expected": "Se esperaba un texto.",
    "checklist_requirement_unknown": "No existe un documento predeterminado con código «{code}».",
    "checklist_code_invalid": "El código «{code}» no sirve: use minúsculas, dígitos y _ (2 a 50, empezando "
                              "por letra).",
    "checklist_code_duplicate": "Ya hay un documento con el código «{code}».",
    "checklist_label_required": "Escriba el nombre del documento.",
    "checklist_label_too_long": "El nombre del documento es demasiado largo (máximo {max} caracteres).",
    "checklist_grade_unknown": "El grado «{value}» no existe.",
    "checklist_level_unknown": "El nivel «{value}» no existe.",
    "checklist_age_invalid": "La edad debe ser un número entero entre 0 y 100.",
    "checklist_age_range_invalid": "La edad mínima ({min}) es mayor que la máxima ({max}).",
    "checklist_flag_invalid": "Este campo solo admite sí, no o vacío.",
    # School years and periods
    "school_year_dates_invalid": "El año lectivo debe terminar después de empezar.",
    "school_year_overlap": "Las fechas se cruzan con el año lectivo {year}.",
    "school_year_name_duplicate": "Ya existe un año lectivo llamado {year}.",
    "school_year_name_invalid": "El nombre del año lectivo debe ser un año de cuatro cifras (2026), dos años seguidos (2026-2027) o un año con su calendario (2026-B).",
    "period_dates_invalid": "El periodo debe terminar después de empezar.",
    "period_outside_year": "El periodo debe estar dentro de las fechas del año lectivo.",
    "period_overlap": "Las fechas se cruzan con el periodo {period}.",
    "period_number_duplicate": "Ya existe el periodo {number} en este año lectivo.",
}

# What a placeholder says when the caller gave no value for it.
DEFAULT_PARAMS: dict[str, dict[str, str]] = {
    "not_allowed": {"action": "hacer esto"},
    "document_duplicate": {"name": "revise la lista de estudiantes y acudientes"},
    "similar_student": {"name": "revise la lista"},
    "enrollment_exists_for_year": {"year": "elegido"},
    "school_year_closed": {"year": "elegido"},
}

_UNKNOWN_CODE = "Error sin descripción ({code})."


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def message_for(code: str, /, **params: Any) -> str:
    """The Spanish message for `code`, filled with `params`."""
    template = MESSAGES.get(code)
    if template is None:
        return _UNKNOWN_CODE.format(code=code)
    # `code` is positional-only so that a param may also be called "code" (a checklist item's code).
    return template.format_map(_Lenient({**DEFAULT_PARAMS.get(code, {}), **params}))


def has_message(code: str) -> bool:
    return bool(MESSAGES.get(code, "").strip())


def known_codes() -> frozenset[str]:
    return frozenset(MESSAGES)

