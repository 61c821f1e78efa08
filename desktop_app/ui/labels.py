"""Display text for the domain's codes (grades, document types, statuses, relationships), translated once here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.documents import DOCUMENT_TYPES
from desktop_app.domain.grades import GRADES
from desktop_app.domain.relationships import RELATIONSHIPS
from desktop_app.domain.shifts import SHIFTS
from desktop_app.printing import labels as printed_labels

DATE_FORMAT = "%d/%m/%Y"


translate = QCoreApplication.translate


# The domain's Spanish labels, listed so that lupdate puts them in the catalog: the screens show them in the
# chosen language, while the printed form (built from the domain, not from here) stays in Spanish.
# tests/ui/test_language.py fails when a domain label is missing here.
DOMAIN_LABELS = frozenset({
    QT_TRANSLATE_NOOP("DomainLabels", "Prejardín"), QT_TRANSLATE_NOOP("DomainLabels", "Jardín"),
    QT_TRANSLATE_NOOP("DomainLabels", "Transición"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mañana"), QT_TRANSLATE_NOOP("DomainLabels", "Tarde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Completa"), QT_TRANSLATE_NOOP("DomainLabels", "Nocturna"),
    QT_TRANSLATE_NOOP("DomainLabels", "Fin de semana"), QT_TRANSLATE_NOOP("DomainLabels", "Jornada única"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tarjeta de identidad"),
    QT_TRANSLATE_NOOP("DomainLabels", "Registro civil de nacimiento"),
    QT_TRANSLATE_NOOP("DomainLabels", "Cédula de ciudadanía"),
    QT_TRANSLATE_NOOP("DomainLabels", "Cédula de extranjería"),
    QT_TRANSLATE_NOOP("DomainLabels", "Número de identificación personal (NIP)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Número único de identificación personal (NUIP)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Número establecido por la Secretaría de Educación (NES)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Certificado de cabildo indígena"),
    QT_TRANSLATE_NOOP("DomainLabels", "Permiso especial de permanencia (PEP)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Permiso por protección temporal (PPT)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Pasaporte"), QT_TRANSLATE_NOOP("DomainLabels", "Visa"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tarjeta de movilidad fronteriza"),
    QT_TRANSLATE_NOOP("DomainLabels", "Madre"), QT_TRANSLATE_NOOP("DomainLabels", "Padre"),
    QT_TRANSLATE_NOOP("DomainLabels", "Abuela"), QT_TRANSLATE_NOOP("DomainLabels", "Abuelo"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tía"), QT_TRANSLATE_NOOP("DomainLabels", "Tío"),
    QT_TRANSLATE_NOOP("DomainLabels", "Hermana"), QT_TRANSLATE_NOOP("DomainLabels", "Hermano"),
    QT_TRANSLATE_NOOP("DomainLabels", "Madrastra"), QT_TRANSLATE_NOOP("DomainLabels", "Padrastro"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tutor(a) legal"), QT_TRANSLATE_NOOP("DomainLabels", "Acudiente"),
    QT_TRANSLATE_NOOP("DomainLabels", "Otro"),
})
"""Labels that are the same in every language ("6°", "CLEI 3") are not listed."""


def _label_of(item: object) -> str:
    label = str(getattr(item, "label", item))
    return translate("DomainLabels", label) if label in DOMAIN_LABELS else label


def document_types() -> list[tuple[str, str]]:
    """(code, "CC — Cédula de ciudadanía") in the domain's order."""
    return [(code, f"{code} — {_label_of(kind)}") for code, kind in DOCUMENT_TYPES.items()]


def grades() -> list[tuple[str, str]]:
    return [(grade.code, _label_of(grade)) for grade in GRADES]


def grade_label(code: str | None) -> str:
    if not code:
        return ""
    for grade in GRADES:
        if grade.code == code:
            return _label_of(grade)
    return code


def shift_label(code: str | None) -> str:
    if not code:
        return ""
    return _label_of(SHIFTS.get(code, code)) if isinstance(SHIFTS, dict) else code


def relationships() -> list[tuple[str, str]]:
    if isinstance(RELATIONSHIPS, dict):
        return [(code, _label_of(value)) for code, value in RELATIONSHIPS.items()]
    return [(code, code) for code in RELATIONSHIPS]


def relationship_label(code: str | None) -> str:
    return dict(relationships()).get(code or "", code or "")


def enrollment_statuses() -> list[tuple[str, str]]:
    """The same words the printed checklist and the Matrículas screen use."""
    return [(code, printed_labels.enrollment_status_label(code)) for code in printed_labels.enrollment_status_codes()]


def enrollment_status_label(code: str | None) -> str:
    if not code:
        return translate("Labels", "Sin matrícula")
    return dict(enrollment_statuses()).get(code, code)


def genders() -> list[tuple[str, str]]:
    return [("F", translate("Labels", "Femenino")), ("M", translate("Labels", "Masculino")), ("O", translate("Labels", "Otro"))]


def gender_label(code: str | None) -> str:
    return dict(genders()).get(code or "", code or "")


def format_date(value: date | datetime | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def parse_date(text: str) -> date | None:
    """dd/mm/aaaa (also d/m/aaaa, with - or . as separator); empty → None; raises ValueError when invalid."""
    cleaned = text.strip().replace("-", "/").replace(".", "/")
    if not cleaned:
        return None
    parts = cleaned.split("/")
    if len(parts) != 3 or len(parts[2]) != 4 or not all(part.isdigit() for part in parts):
        raise ValueError(cleaned)
    day, month, year = (int(part) for part in parts)
    return date(year, month, day)
