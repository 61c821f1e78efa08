"""Reading spreadsheet cells for the student import: column mapping by header, dates, document numbers and
surname-first names, with the exact Spanish messages the secretary sees (row and column named)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.domain.errors import DomainError, FieldError
from desktop_app.domain.text import fold

MAX_ROWS = 20_000
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ImportField:
    """A column the import understands: its key, Spanish label and the header words that name it."""

    key: str
    label: str
    synonyms: tuple[str, ...]


FIELDS: tuple[ImportField, ...] = (
    ImportField("document_type", "Tipo de documento", ("tipo de documento", "tipo documento", "tipo doc",
                                                       "tipo id", "tipo de identificacion", "tipo")),
    ImportField("document_number", "Número de documento", (
        "numero de documento", "n documento", "no documento", "nro documento", "num documento", "documento",
        "identificacion", "numero identificacion", "numero de identificacion", "doc", "nro doc", "numero")),
    ImportField("full_name", "Nombre completo", ("nombre completo", "nombres y apellidos", "nombre",
                                                 "estudiante", "nombre del estudiante", "alumno")),
    ImportField("surname_first_name", "Apellidos y nombres", ("apellidos y nombres", "apellidos nombres",
                                                              "apellidos y nombre")),
    # Two columns "Apellidos" and "Nombres" (very common): each split in two.
    ImportField("surnames", "Apellidos", ("apellidos",)),
    ImportField("given_names", "Nombres", ("nombres",)),
    ImportField("apellido1", "Primer apellido", ("primer apellido", "apellido1", "apellido 1")),
    ImportField("apellido2", "Segundo apellido", ("segundo apellido", "apellido2", "apellido 2")),
    ImportField("nombre1", "Primer nombre", ("primer nombre", "nombre1", "nombre 1")),
    ImportField("nombre2", "Segundo nombre", ("segundo nombre", "nombre2", "nombre 2")),
    ImportField("birth_date", "Fecha de nacimiento", ("fecha de nacimiento", "fecha nacimiento",
                                                      "nacimiento", "f nacimiento", "fecha nac")),
    ImportField("gender", "Sexo", ("sexo", "genero")),
    ImportField("grade_level", "Grado", ("grado", "curso")),
    ImportField("group_code", "Grupo", ("grupo",)),
    ImportField("shift", "Jornada", ("jornada",)),
    # One acudiente per row; reused by document (siblings share the record).
    ImportField("guardian_document_type", "Tipo de documento del acudiente", (
        "tipo documento acudiente", "tipo de documento del acudiente", "tipo doc acudiente")),
    ImportField("guardian_document_number", "Documento del acudiente", (
        "documento acudiente", "documento del acudiente", "numero documento acudiente", "cedula acudiente",
        "n documento acudiente")),
    ImportField("guardian_name", "Nombre del acudiente", ("nombre acudiente", "nombre del acudiente",
                                                          "acudiente")),
    ImportField("guardian_phone", "Teléfono del acudiente", ("telefono acudiente", "telefono", "celular",
                                                             "celular acudiente")),
    ImportField("guardian_relationship", "Parentesco", ("parentesco",)),
    ImportField("guardian_primary", "Acudiente principal", ("principal", "acudiente principal")),
)
FIELD_BY_KEY: dict[str, ImportField] = {field.key: field for field in FIELDS}
NAME_PARTS = ("apellido1", "apellido2", "nombre1", "nombre2")
ENROLLMENT_FIELDS = ("grade_level", "group_code", "shift")
GUARDIAN_FIELDS = ("guardian_document_type", "guardian_document_number", "guardian_name", "guardian_phone",
                   "guardian_relationship", "guardian_primary")

_PUNCTUATION = re.compile(r"[^a-z0-9 ]+")
_SCIENTIFIC = re.compile(r"^\s*[0-9]+([.,][0-9]+)?\s*[eE]\s*[+-]?[0-9]+\s*$")
_DMY = re.compile(r"^\s*([0-9]{1,2})[/\-.]([0-9]{1,2})[/\-.]([0-9]+)\s*$")
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T].*)?$")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Lotus's phantom 29/02/1900 is skipped
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "san", "y"})


def normalize_header(text: object) -> str:
    """'N° Documento:' → 'n documento': folded, punctuation dropped, spaces collapsed."""
    folded = fold(str(text or "")).replace("°", " ").replace("º", " ")
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def header_key(headers: Sequence[object]) -> str:
    """What identifies a header set, so the mapping chosen for it can be remembered."""
    return "|".join(normalize_header(h) for h in headers)


def auto_mapping(headers: Sequence[object]) -> dict[str, int]:
    """field key → column index, from exact synonyms first and then containment; each column used once."""
    names = [normalize_header(h) for h in headers]
    mapping: dict[str, int] = {}
    for exact in (True, False):
        for field in FIELDS:
            if field.key in mapping:
                continue
            for synonym in field.synonyms:
                found = next((i for i, name in enumerate(names) if name and i not in mapping.values() and (
                    name == synonym if exact else synonym in name.split(" "))), None)
                if found is not None:
                    mapping[field.key] = found
                    break
    if "surname_first_name" in mapping and mapping.get("full_name") == mapping["surname_first_name"]:
        del mapping["full_name"]
    split_columns = ("surnames" in mapping and "given_names" in mapping)
    if "surname_first_name" in mapping or split_columns or all(part in mapping for part in NAME_PARTS[::2]):
        mapping.pop("full_name", None)
    return mapping


def mapping_errors(mapping: dict[str, int], *, has_year: bool) -> list[FieldError]:
    """Why a mapping cannot be used yet (empty when it can)."""
    errors = []
    if "document_type" not in mapping:
        errors.append(FieldError("document_type", "import_unmapped_document_type"))
    if "document_number" not in mapping:
        errors.append(FieldError("document_number", "import_unmapped_document_number"))
    has_parts = ("apellido1" in mapping and "nombre1" in mapping) or ("surnames" in mapping and "given_names" in mapping)
    if not ("full_name" in mapping or "surname_first_name" in mapping or has_parts):
        errors.append(FieldError("full_name", "import_unmapped_name"))
    if any(key in mapping for key in ENROLLMENT_FIELDS) and not has_year:
        errors.append(FieldError("school_year_id", "import_year_required"))
    return errors


class CellError(ValueError):
    """A cell that cannot be read: a catalogue code and its params; `at(row)` is the problem on a row."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        super().__init__(code)
        self.field, self.code, self.params = field, code, params

    def at(self, row_number: int) -> FieldError:
        return FieldError(self.field, self.code, {**self.params, "row": row_number})


def cell_text(value: object) -> str:
    """A cell as text: whole floats without '.0' (Excel stores 1023456789 as 1023456789.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def parse_document_number(value: object) -> str:
    """The number as typed; refuses scientific notation (Excel's '1,02346E+09' lost the last digits)."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError("document_number", "import_number_decimals", value=value)
    text = cell_text(value)
    if _SCIENTIFIC.match(text):
        raise CellError("document_number", "import_number_scientific", value=text)
    return text


def parse_date(value: object, label: str = "Fecha de nacimiento") -> date | None:
    """Excel date cells, dd/mm/aaaa (also - or .), aaaa-mm-dd and Excel serial numbers; 2-digit years refused."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError("birth_date", "import_date_invalid", column=label, value=cell_text(value))
    text = cell_text(value)
    if text.isdigit() and 10_000 <= int(text) < 100_000:
        return _EXCEL_EPOCH + timedelta(days=int(text))
    match = _DMY.match(text)
    iso = _ISO.match(text)
    if match and len(match.group(3)) != 4:
        raise CellError("birth_date", "import_date_short_year", column=label, value=text,
                        digits=len(match.group(3)))
    try:
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        pass
    raise CellError("birth_date", "import_date_invalid", column=label, value=text)


def split_surname_first(text: str) -> tuple[str, str, str, str]:
    """'PÉREZ GÓMEZ MARÍA JOSÉ' → ('PÉREZ', 'GÓMEZ', 'MARÍA', 'JOSÉ'); particles stay with their word
    ('DE LA HOZ'). With 3 words the two first are surnames; with 2, one each; more than 4 → the rest is
    nombre2. A proposal: the secretary confirms it (the SIMAT issue's division, not yet on this branch)."""
    words: list[str] = []
    pending: list[str] = []
    for word in text.split():
        pending.append(word)
        if fold(word) not in _PARTICLES:
            words.append(" ".join(pending))
            pending = []
    if pending:
        words.append(" ".join(pending))
    if len(words) <= 1:
        return (words[0] if words else "", "", "", "")
    if len(words) == 2:
        return (words[0], "", words[1], "")
    if len(words) == 3:
        return (words[0], words[1], words[2], "")
    return (words[0], words[1], words[2], " ".join(words[3:]))


def split_two(text: str) -> tuple[str, str]:
    """'De la Hoz Ruiz' → ('De la Hoz', 'Ruiz'); 'María José' → ('María', 'José'): the first word (with its
    particles) and the rest."""
    parts = split_surname_first(text)
    first, rest = parts[0], " ".join(p for p in parts[1:] if p)
    return first, rest


def name_first(parts: tuple[str, str, str, str]) -> str:
    """The full name stored name-first: 'María José Pérez Gómez'."""
    apellido1, apellido2, nombre1, nombre2 = parts
    return " ".join(p for p in (nombre1, nombre2, apellido1, apellido2) if p)


def thousands(number: int) -> str:
    """35000 → '35.000' (Colombian thousands separator)."""
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True)
class SheetData:
    """One sheet as read: its header (first non-empty row) and the data rows with their spreadsheet row
    numbers (1-based, as Excel shows them); `sheet_names` lets the secretary choose another sheet."""

    sheet_names: tuple[str, ...]
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]
    sha256: str = ""


class SpreadsheetRefused(DomainError, ValueError):
    """A file that is not read at all (too big, too many rows, unknown format, no header): a catalogue code."""

    default_code = "spreadsheet_refused"
