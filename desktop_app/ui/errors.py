"""Turns the domain's typed errors (code, field, params) into the text the user reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def field_error_text(error: Any) -> str:
    """The message for one `FieldError` (or anything with `.message`)."""
    message = getattr(error, "message", None)
    return translate("Errors", str(message)) if message else translate("Errors", "Valor no válido")


def error_text(error: BaseException) -> str:
    """The message for an exception: domain errors carry Spanish text; anything else gets a generic one."""
    field_errors = list(getattr(error, "errors", None) or [])
    message = getattr(error, "message", None)
    if field_errors:
        return "\n".join(dict.fromkeys(field_error_text(item) for item in field_errors))
    if message:
        return translate("Errors", str(message))
    return translate("Errors", "Ocurrió un error inesperado. El detalle quedó en el registro de la aplicación.")


def errors_by_field(error: BaseException) -> dict[str, list[Any]]:
    """Field errors grouped by field name; an error without field goes under ""."""
    grouped: dict[str, list[Any]] = {}
    items = list(getattr(error, "errors", None) or [])
    if not items and getattr(error, "field", None):
        items = [error]
    for item in items:
        grouped.setdefault(getattr(item, "field", None) or "", []).append(item)
    return grouped
