"""Spanish (translatable) labels for the codes that printed pages and enrollment screens show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "EnrollmentLabels"

# QT_TRANSLATE_NOOP lets lupdate find the strings; they are translated at call time (language can change).
_ITEM_STATES = {
    "missing": QT_TRANSLATE_NOOP("EnrollmentLabels", "Falta"),
    "received": QT_TRANSLATE_NOOP("EnrollmentLabels", "Recibido (por validar)"),
    "validated": QT_TRANSLATE_NOOP("EnrollmentLabels", "Validado"),
    "rejected": QT_TRANSLATE_NOOP("EnrollmentLabels", "Rechazado"),
    "waived": QT_TRANSLATE_NOOP("EnrollmentLabels", "No aplica"),
}

_ENROLLMENT_STATUSES = {
    "pending_documents": QT_TRANSLATE_NOOP("EnrollmentLabels", "Documentos pendientes"),
    "in_review": QT_TRANSLATE_NOOP("EnrollmentLabels", "En revisión"),
    "active": QT_TRANSLATE_NOOP("EnrollmentLabels", "Matriculado"),
    "graduated": QT_TRANSLATE_NOOP("EnrollmentLabels", "Graduado"),
    "withdrawn": QT_TRANSLATE_NOOP("EnrollmentLabels", "Retirado"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def item_state_label(state: str, *, translated: bool = True) -> str:
    """'received' -> 'Recibido (por validar)'; an unknown code is shown as it is rather than hidden.

    `translated=False` gives the Spanish words whatever the screen language (the printed form).
    """
    text = _ITEM_STATES.get(str(state))
    if not text:
        return str(state)
    return _tr(str(text)) if translated else str(text)


def enrollment_status_label(status: str, *, translated: bool = True) -> str:
    text = _ENROLLMENT_STATUSES.get(str(status))
    if not text:
        return str(status)
    return _tr(str(text)) if translated else str(text)


def enrollment_status_codes() -> list[str]:
    return list(_ENROLLMENT_STATUSES)


def format_date(value: date | None) -> str:
    """Colombian day-first dates (dd/mm/aaaa), empty when unknown."""
    return value.strftime("%d/%m/%Y") if value else ""
