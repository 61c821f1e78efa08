"""Turns the domain's typed errors (code, field, params) into the text the user reads, in the UI's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.messages import DEFAULT_PARAMS, MESSAGES

translate = QCoreApplication.translate


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def message_text(code: str, params: Any, spanish: str) -> str:
    """The message of `code` in the UI's language; the domain's Spanish text when there is no translation.

    `domain.messages.MESSAGES` is the one catalogue; its entries are marked for lupdate in the
    "DomainMessages" context.
    """
    template = MESSAGES.get(code)
    if template is None:
        return spanish  # a code without a catalogue entry: its own text is still right
    translated = translate("DomainMessages", template)
    if translated == template:
        return spanish
    return translated.format_map(_Lenient({**DEFAULT_PARAMS.get(code, {}), **dict(params or {})}))


def field_error_text(error: Any) -> str:
    """The message for one `FieldError` (or anything with `.code`, `.params` and `.message`)."""
    message = getattr(error, "message", None)
    code = getattr(error, "code", None)
    if code and message:
        return message_text(code, getattr(error, "params", None), str(message))
    return str(message) if message else translate("Errors", "Valor no válido")


def error_text(error: BaseException) -> str:
    """The message for an exception: domain errors carry their own; anything else gets a generic one."""
    field_errors = list(getattr(error, "errors", None) or [])
    if field_errors:
        return "\n".join(dict.fromkeys(field_error_text(item) for item in field_errors))
    message = getattr(error, "message", None)
    if message and getattr(error, "code", None):
        return field_error_text(error)
    if message:
        return str(message)
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
