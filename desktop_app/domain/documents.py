"""Identity documents used in Colombian schools: SIMAT codes, Spanish labels, number rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.errors import FieldError

# Separators people type inside numbers ("1.023.456.789", "1 023 456 789", "1023-456789").
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]+")
_DIGITS = re.compile(r"[0-9]+")
_ALPHANUMERIC = re.compile(r"[A-Z0-9]+")


@dataclass(frozen=True)
class DocumentType:
    """One kind of identity document and the rule its number must follow."""

    code: str
    label: str
    simat_code: int | None
    numeric: bool  # True: digits only; False: letters A–Z and digits
    min_length: int
    max_length: int
    foreign: bool = False  # a document for people who are not Colombian nationals
    short_label: str = ""

    @property
    def rule_text(self) -> str:
        kind = "solo dígitos" if self.numeric else "letras y dígitos"
        size = (f"{self.min_length}" if self.min_length == self.max_length
                else f"de {self.min_length} a {self.max_length}")
        return f"{kind}, {size} caracteres"


# SIMAT codes 1–9 come from two independent codebases that agree (CC=1, TI=2, CE=3, RC=5, NIP=6, NUIP=7,
# NES=8, CCB=9). Athena's own doc says TI=3, RC=2, CE=4; one source against two, and its CE=4 would collide
# with the unused 4, so we keep the majority. PEP, PPT and passport have no verified SIMAT code: None.
# Lengths: what Registraduría / Migración issue today, kept a little loose where older numbers exist.
_TYPES = (
    DocumentType("TI", "Tarjeta de identidad", 2, True, 10, 11, short_label="T.I."),
    DocumentType("RC", "Registro civil de nacimiento", 5, True, 7, 11, short_label="R.C."),
    DocumentType("CC", "Cédula de ciudadanía", 1, True, 4, 10, short_label="C.C."),
    DocumentType("CE", "Cédula de extranjería", 3, True, 4, 10, foreign=True, short_label="C.E."),
    DocumentType("NIP", "Número de identificación personal (NIP)", 6, True, 10, 11, short_label="NIP"),
    DocumentType("NUIP", "Número único de identificación personal (NUIP)", 7, True, 10, 11, short_label="NUIP"),
    DocumentType("NES", "Número establecido por la Secretaría de Educación (NES)", 8, False, 4, 20,
                 short_label="NES"),
    DocumentType("CCB", "Certificado de cabildo indígena", 9, False, 4, 20, short_label="Cert. cabildo"),
    DocumentType("PEP", "Permiso especial de permanencia (PEP)", None, True, 6, 15, foreign=True,
                 short_label="PEP"),
    DocumentType("PPT", "Permiso por protección temporal (PPT)", None, True, 6, 10, foreign=True,
                 short_label="PPT"),
    DocumentType("PA", "Pasaporte", None, False, 5, 20, foreign=True, short_label="Pasaporte"),
)

DOCUMENT_TYPES: dict[str, DocumentType] = {doc.code: doc for doc in _TYPES}

# What students can be registered with (all of them); kept as a name for the UI's combo boxes.
STUDENT_DOCUMENT_TYPES: tuple[str, ...] = tuple(DOCUMENT_TYPES)
# Guardians are adults: no TI, RC, NIP, NUIP (those identify minors).
GUARDIAN_DOCUMENT_TYPES: tuple[str, ...] = ("CC", "CE", "PEP", "PPT", "PA", "CCB", "NES")


def document_type(code: str) -> DocumentType | None:
    """The document type for a code typed in any case ("ti" → TI), or None."""
    return DOCUMENT_TYPES.get((code or "").strip().upper())


def document_label(code: str) -> str:
    doc = document_type(code)
    return doc.label if doc else code


def normalize_document_number(doc_type: str, raw: str | None) -> str:
    """The stored form: separators removed, letters upper-case. Does not validate."""
    compact = _SEPARATORS.sub("", (raw or "").strip()).upper()
    return compact


def validate_document(doc_type: str, number: str | None, field: str = "document_number") -> list[FieldError]:
    """Errors for a document number of the given type (empty list when it is fine)."""
    doc = document_type(doc_type)
    if doc is None:
        return [FieldError("document_type", "document_type_unknown", {"doc_type": doc_type or ""})]
    compact = normalize_document_number(doc.code, number)
    if not compact:
        return [FieldError(field, "document_number_required", {"doc_type": doc.label})]
    if doc.numeric and not _DIGITS.fullmatch(compact):
        return [FieldError(field, "document_number_digits_only", {"doc_type": doc.label})]
    if not doc.numeric and not _ALPHANUMERIC.fullmatch(compact):
        return [FieldError(field, "document_number_invalid_characters", {"doc_type": doc.label})]
    if not doc.min_length <= len(compact) <= doc.max_length:
        return [FieldError(field, "document_number_length", {
            "doc_type": doc.label, "min": doc.min_length, "max": doc.max_length, "length": len(compact),
        })]
    if doc.numeric and set(compact) == {"0"}:
        return [FieldError(field, "document_number_all_zeros", {"doc_type": doc.label})]
    return []
