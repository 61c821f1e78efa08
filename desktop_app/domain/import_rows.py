"""One spreadsheet row → a student's columns (and a matrícula's), through the same domain rules as the
student form; every problem is a catalogue code whose message names the row and the column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.documents import (
    DOCUMENT_TYPES,
    GUARDIAN_DOCUMENT_TYPES,
    document_type,
    normalize_document_number,
    validate_document,
)
from desktop_app.domain.errors import FieldError
from desktop_app.domain.grades import find_grade, validate_birth_date
from desktop_app.domain.import_values import (
    FIELD_BY_KEY,
    GUARDIAN_FIELDS,
    NAME_PARTS,
    CellError,
    cell_text,
    name_first,
    parse_date,
    parse_document_number,
    split_surname_first,
    split_two,
)
from desktop_app.domain.relationships import RELATIONSHIPS
from desktop_app.domain.shifts import find_shift
from desktop_app.domain.text import fold, text_errors

MAX_NAME_LENGTH = 255
MAX_GROUP_LENGTH = 10
_GENDERS = {"f": "F", "femenino": "F", "mujer": "F", "m": "M", "masculino": "M", "hombre": "M", "h": "M",
            "x": "X", "no binario": "X", "otro": "X"}
# Typed as a label or its abbreviation ("Tarjeta de identidad", "T.I.", "ti").
_TYPE_NAMES: dict[str, str] = {
    **{fold(doc.label): code for code, doc in DOCUMENT_TYPES.items()},
    **{fold(doc.short_label).replace(".", "").replace(" ", ""): code for code, doc in DOCUMENT_TYPES.items()},
    **{fold(code): code for code in DOCUMENT_TYPES},
    "registro civil": "RC", "cedula": "CC", "cedula de ciudadania": "CC", "tarjeta identidad": "TI",
}

_RELATIONSHIP_NAMES: dict[str, str] = {**{fold(label): code for code, label in RELATIONSHIPS.items()},
                                       **{code.replace("_", " "): code for code in RELATIONSHIPS},
                                       "mama": "madre", "papa": "padre", "tutor": "tutor_legal",
                                       "tutora": "tutor_legal", "tutor(a) legal": "tutor_legal"}


@dataclass
class ReadRow:
    """What a row says, read and checked (no database yet): `student` has the students columns."""

    row_number: int
    student: dict[str, Any] = field(default_factory=dict)
    enrollment: dict[str, Any] | None = None
    guardian: dict[str, Any] | None = None  # the acudiente's columns plus "relationship" and "primary"
    errors: list[FieldError] = field(default_factory=list)


def find_document_type(text: str) -> str | None:
    doc = document_type(text)
    if doc is not None:
        return doc.code
    key = fold(text)
    return _TYPE_NAMES.get(key) or _TYPE_NAMES.get(key.replace(".", "").replace(" ", ""))


def read_row(row_number: int, cells: Sequence[object], mapping: dict[str, int], today: date) -> ReadRow:
    """Read one data row with `mapping` (field key → column index)."""
    result = ReadRow(row_number)

    def cell(key: str) -> object:
        index = mapping.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    def fail(key: str, code: str, **params: Any) -> None:
        result.errors.append(FieldError(key, code, {"row": row_number, "column": FIELD_BY_KEY[key].label, **params}))

    raw_type = cell_text(cell("document_type"))
    doc_type = find_document_type(raw_type) if raw_type else None
    if not raw_type:
        fail("document_type", "import_type_missing")
    elif doc_type is None:
        fail("document_type", "import_type_unknown", value=raw_type)
    try:
        number_text = parse_document_number(cell("document_number"))
    except CellError as error:
        result.errors.append(error.at(row_number))
        number_text = None
    if number_text is not None and doc_type is not None:
        problems = validate_document(doc_type, number_text) or text_errors("document_number", number_text)
        if problems:
            fail("document_number", "import_value_refused", value=number_text, detail=_detail(problems[0]))
    number = normalize_document_number(doc_type or "", number_text)

    full_name, parts = _name(cell, mapping)
    if not full_name:
        fail(_name_key(mapping), "import_name_missing")
    elif len(full_name) > MAX_NAME_LENGTH or text_errors("full_name", full_name):
        fail(_name_key(mapping), "import_name_invalid")

    birth_date = None
    try:
        birth_date = parse_date(cell("birth_date"))
    except CellError as error:
        result.errors.append(error.at(row_number))
    for problem in validate_birth_date(birth_date, today):
        fail("birth_date", "import_value_refused", value=cell_text(cell("birth_date")), detail=_detail(problem))

    gender_text = cell_text(cell("gender"))
    gender = _GENDERS.get(fold(gender_text)) if gender_text else None
    if gender_text and gender is None:
        fail("gender", "import_gender_unknown", value=gender_text)

    extra: dict[str, Any] = {}
    if parts is not None:
        extra["simat"] = {**dict(zip(NAME_PARTS, parts, strict=True)), "name_split_confirmed": True}
    result.student = {"document_type": doc_type or raw_type, "document_number": number, "full_name": full_name,
                      "birth_date": birth_date, "gender": gender, "extra_data": extra}
    result.enrollment = _enrollment(cell, mapping, fail)
    result.guardian = _guardian(cell, fail)
    return result


def _detail(problem: FieldError) -> str:
    """A domain rule's message inside an import message (which adds the closing period itself)."""
    return problem.message.rstrip(".")


def _name_key(mapping: dict[str, int]) -> str:
    return next((k for k in ("full_name", "surname_first_name", "surnames", "apellido1") if k in mapping),
                "full_name")


def _name(cell: Any, mapping: dict[str, int]) -> tuple[str, tuple[str, str, str, str] | None]:
    """(the name stored name-first, the SIMAT parts when the file gave them or a surname-first column)."""
    if "full_name" in mapping:
        return cell_text(cell("full_name")), None
    if "surname_first_name" in mapping:
        parts = split_surname_first(cell_text(cell("surname_first_name")))
    elif "surnames" in mapping and "given_names" in mapping:
        parts = (*split_two(cell_text(cell("surnames"))), *split_two(cell_text(cell("given_names"))))
    else:
        parts = (cell_text(cell("apellido1")), cell_text(cell("apellido2")),
                 cell_text(cell("nombre1")), cell_text(cell("nombre2")))
    return name_first(parts), parts


def _enrollment(cell: Any, mapping: dict[str, int], fail: Any) -> dict[str, Any] | None:
    grade_text = cell_text(cell("grade_level"))
    group = cell_text(cell("group_code")).upper() or None
    shift_text = cell_text(cell("shift"))
    if not grade_text:
        if group or shift_text:
            fail("grade_level", "import_grade_missing")
        return None
    grade = find_grade(grade_text)
    if grade is None:
        fail("grade_level", "import_grade_unknown", value=grade_text)
    shift = find_shift(shift_text) if shift_text else None
    if shift_text and shift is None:
        fail("shift", "import_shift_unknown", value=shift_text)
    if group and len(group) > MAX_GROUP_LENGTH:
        fail("group_code", "import_group_too_long", value=group, max=MAX_GROUP_LENGTH)
    return {"grade_level": grade.code if grade else grade_text, "group_code": group,
            "shift": shift.code if shift else None}


def _guardian(cell: Any, fail: Any) -> dict[str, Any] | None:
    """The row's acudiente (the guardian form's rules), or None when its columns are empty."""
    texts = {key: cell_text(cell(key)) for key in GUARDIAN_FIELDS}
    if not any(texts.values()):
        return None
    raw_type = texts["guardian_document_type"] or "CC"
    doc_type = find_document_type(raw_type)
    number = texts["guardian_document_number"]
    if doc_type is None or doc_type not in GUARDIAN_DOCUMENT_TYPES:
        fail("guardian_document_type", "import_guardian_type_not_adult", value=raw_type)
    elif not number:
        fail("guardian_document_number", "import_guardian_number_missing")
    else:
        problems = validate_document(doc_type, number)
        if problems:
            fail("guardian_document_number", "import_value_refused", value=number, detail=_detail(problems[0]))
    if not texts["guardian_name"]:
        fail("guardian_name", "import_guardian_name_missing")
    phone = texts["guardian_phone"] or None
    if phone and not (7 <= sum(ch.isdigit() for ch in phone) <= 10 and set(phone) <= set("0123456789 +-()")):
        fail("guardian_phone", "import_phone_invalid", value=phone)
    relationship = _RELATIONSHIP_NAMES.get(fold(texts["guardian_relationship"]) or "acudiente")
    if relationship is None:
        fail("guardian_relationship", "import_relationship_unknown", value=texts["guardian_relationship"])
    return {"document_type": doc_type or raw_type, "document_number": normalize_document_number("", number),
            "full_name": texts["guardian_name"], "phone": phone, "relationship": relationship,
            "primary": fold(texts["guardian_primary"]) in ("si", "x", "1", "true", "verdadero", "principal")}
