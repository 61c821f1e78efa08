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


# SIMAT TIPO_DOCUMENTO codes as listed in the data dictionary of SIMAT's Anexo 6A ("Diccionario de datos —
# Matrícula Sector Oficial 2024", Bogotá SED): 1 CC, 2 TI, 3 CE, 5 RC, 6 NIP, 7 NUIP, 8 NES, 9 certificado
# cabildo, 10 PEP, 11 visa, 12 tarjeta de movilidad fronteriza, 13 PPT. Two independent codebases agree on
# 1–9. Athena's doc (TI=3, RC=2, CE=4) is the one source against them and is wrong. SIMAT has no code for a
# passport: a student with only a passport is reported with a visa, PEP/PPT or an NES.
# Lengths: what Registraduría / Migración issue (kept loose where older numbers exist), never more than the
# 17 characters SIMAT's NRO_DOCUMENTO holds.
_TYPES = (
    DocumentType("TI", "Tarjeta de identidad", 2, True, 10, 11, short_label="T.I."),
    DocumentType("RC", "Registro civil de nacimiento", 5, True, 7, 11, short_label="R.C."),
    DocumentType("CC", "Cédula de ciudadanía", 1, True, 4, 10, short_label="C.C."),
    DocumentType("CE", "Cédula de extranjería", 3, True, 4, 11, foreign=True, short_label="C.E."),
    DocumentType("NIP", "Número de identificación personal (NIP)", 6, True, 10, 11, short_label="NIP"),
    DocumentType("NUIP", "Número único de identificación personal (NUIP)", 7, True, 10, 11, short_label="NUIP"),
    DocumentType("NES", "Número establecido por la Secretaría de Educación (NES)", 8, False, 4, 17,
                 short_label="NES"),
    DocumentType("CCB", "Certificado de cabildo indígena", 9, False, 4, 17, short_label="Cert. cabildo"),
    DocumentType("PEP", "Permiso especial de permanencia (PEP)", 10, True, 6, 15, foreign=True,
                 short_label="PEP"),
    DocumentType("PPT", "Permiso por protección temporal (PPT)", 13, True, 6, 11, foreign=True,
                 short_label="PPT"),
    DocumentType("PA", "Pasaporte", None, False, 5, 17, foreign=True, short_label="Pasaporte"),
    DocumentType("VISA", "Visa", 11, False, 4, 17, foreign=True, short_label="Visa"),
    DocumentType("TMF", "Tarjeta de movilidad fronteriza", 12, False, 4, 17, foreign=True, short_label="TMF"),
)

DOCUMENT_TYPES: dict[str, DocumentType] = {doc.code: doc for doc in _TYPES}

# What students can be registered with (all of them); kept as a name for the UI's combo boxes.
STUDENT_DOCUMENT_TYPES: tuple[str, ...] = tuple(DOCUMENT_TYPES)
# Guardians are adults: no TI, RC, NIP, NUIP (those identify minors).
GUARDIAN_DOCUMENT_TYPES: tuple[str, ...] = ("CC", "CE", "PEP", "PPT", "PA", "VISA", "TMF", "CCB", "NES")


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
    if set(compact) == {"0"}:
        return [FieldError(field, "document_number_all_zeros", {"doc_type": doc.label})]
    return []


# Registraduría issues the TI from 7 to 17 years old and the cédula from 18; younger children are identified
# by their registro civil (NUIP). SIMAT refuses a cédula for a Colombian under 18.
_AGES_FOR_TYPE: dict[str, tuple[int | None, int | None]] = {"CC": (18, None), "TI": (7, 17)}


def document_age_warning(doc_type: str, age: int | None, field: str = "document_type") -> FieldError | None:
    """A warning (never an error) when the document type is unusual for the person's age."""
    bounds = _AGES_FOR_TYPE.get((doc_type or "").strip().upper())
    if bounds is None or age is None:
        return None
    low, high = bounds
    if (low is not None and age < low) or (high is not None and age > high):
        return FieldError(field, "document_type_unusual_for_age", {
            "doc_type": DOCUMENT_TYPES[doc_type.strip().upper()].label, "age": age})
    return None
