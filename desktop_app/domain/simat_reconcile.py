"""Reconciliation of this school's matrículas with a listing exported from SIMAT.

Match 1: the same normalised document number, where RC, NUIP, NIP and TI count as one family (the number
usually stays when the card changes; a different type is only a difference). Match 2: the same name (folded,
word order free, as `similar_students` compares) and the same birth date is only a *posible coincidencia*:
it stays apart from the four lists until the secretary confirms it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from desktop_app.domain.documents import normalize_document_number
from desktop_app.domain.simat_errors import SimatError, columns_missing_text
from desktop_app.domain.simat_layout import COLUMNS, HEADER_NAMES, SimatInput, format_value, raw_value
from desktop_app.domain.text import fold

REQUIRED = ("NRO_DOCUMENTO", "CODIGO_DANE")
MINOR_FAMILY = frozenset({"2", "5", "6", "7"})  # TI, RC, NIP, NUIP
# What *Con diferencias* compares, and how the difference is called.
COMPARED = (("GRADO", "grado"), ("GRUPO", "grupo"), ("TIPO_JORNADA", "jornada"), ("CONS_SEDE", "sede"),
            ("APELLIDO1", "nombres"), ("APELLIDO2", "nombres"), ("NOMBRE1", "nombres"), ("NOMBRE2", "nombres"),
            ("FECHA_NACIMIENTO", "fecha"), ("TIPO_DOCUMENTO", "tipo de documento"))

SIN_DIFERENCIAS = "sin_diferencias"
CON_DIFERENCIAS = "con_diferencias"
SOLO_SIMAT = "solo_simat"
SOLO_AQUI = "solo_aqui"
LIST_TITLES = {SIN_DIFERENCIAS: "Sin diferencias", CON_DIFERENCIAS: "Con diferencias",
               SOLO_SIMAT: "Solo en SIMAT", SOLO_AQUI: "Solo aquí"}
LIST_ADVICE = {SOLO_SIMAT: "retirar en SIMAT o matricular aquí", SOLO_AQUI: "matricular en SIMAT"}


@dataclass(frozen=True)
class ListingRow:
    """One row of the listing (its sheet row number and its values by layout column)."""

    row: int
    values: Mapping[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass(frozen=True)
class Difference:
    column: str
    kind: str
    here: str
    simat: str


@dataclass(frozen=True)
class Pair:
    """A matrícula and the listing row it was matched with (`confirmed` False: a posible coincidencia)."""

    local: SimatInput
    listing: ListingRow
    differences: tuple[Difference, ...] = ()
    confirmed: bool = True

    @property
    def kinds(self) -> list[str]:
        return sorted({difference.kind for difference in self.differences})


@dataclass(frozen=True)
class Reconciliation:
    matched: tuple[Pair, ...]
    possible: tuple[Pair, ...]
    only_simat: tuple[ListingRow, ...]
    only_here: tuple[SimatInput, ...]
    listing_sha256: str = ""
    listing_date: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def without_differences(self) -> tuple[Pair, ...]:
        return tuple(pair for pair in self.matched if not pair.differences)

    @property
    def with_differences(self) -> tuple[Pair, ...]:
        return tuple(pair for pair in self.matched if pair.differences)

    def counts(self) -> dict[str, int]:
        return {SIN_DIFERENCIAS: len(self.without_differences), CON_DIFERENCIAS: len(self.with_differences),
                SOLO_SIMAT: len(self.only_simat), SOLO_AQUI: len(self.only_here), "posibles": len(self.possible)}

    def confirm(self, listing_row: int) -> Reconciliation:
        """The secretary's click on a posible coincidencia: the pair joins the matched lists."""
        chosen = [pair for pair in self.possible if pair.listing.row == listing_row]
        if not chosen:
            raise SimatError("simat_match_unknown", field="listing_row")
        pair = replace(chosen[0], confirmed=True)
        return replace(self, matched=(*self.matched, pair),
                       possible=tuple(p for p in self.possible if p is not chosen[0]))

    def reject(self, listing_row: int) -> Reconciliation:
        """Not the same person: both sides go back to *Solo en SIMAT* and *Solo aquí*."""
        chosen = [pair for pair in self.possible if pair.listing.row == listing_row]
        if not chosen:
            raise SimatError("simat_match_unknown", field="listing_row")
        return replace(self, possible=tuple(p for p in self.possible if p is not chosen[0]),
                       only_simat=(*self.only_simat, chosen[0].listing),
                       only_here=(*self.only_here, chosen[0].local))


def _code_part(value: str) -> str:
    """"2 - TARJETA DE IDENTIDAD" → "2": code/description pairs in one cell keep their code."""
    head, separator, _ = value.partition(" - ")
    return head.strip() if separator and head.strip().lstrip("-").isdigit() else value.strip()


def parse_listing(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[ListingRow]:
    """The listing's rows by layout column; extra columns are ignored. Refuses a file that is not a listing."""
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = HEADER_NAMES.get(header)
        if name is not None and name not in positions:
            positions[name] = index
    missing = [column for column in REQUIRED if column not in positions]
    if missing:
        raise SimatError("simat_listing_not_simat", params={"missing": columns_missing_text(missing)})
    parsed = []
    for number, cells in enumerate(rows, start=2):
        values = {name: _code_part(cells[index]) if index < len(cells) else "" for name, index in positions.items()}
        if values.get("NRO_DOCUMENTO"):
            parsed.append(ListingRow(number, values))
    return parsed


def document_key(number: str) -> str:
    return normalize_document_number("", number).lstrip("0")


def _compatible(type_a: str, type_b: str) -> bool:
    """Same type, both identify a minor (TI/RC/NIP/NUIP), or the listing does not say the type."""
    return not type_b or type_a == type_b or (type_a in MINOR_FAMILY and type_b in MINOR_FAMILY)


def _norm(column: str, value: str) -> str:
    value = value.strip()
    if column == "FECHA_NACIMIENTO":
        for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y"):
            try:
                return datetime.strptime(value, pattern).date().isoformat()
            except ValueError:
                continue
        return value
    if value.lstrip("-").isdigit():
        return str(int(value))  # "05" and "5" are the same grade or sede
    return fold(value)


def local_value(column: str, row: SimatInput) -> str:
    spec = COLUMNS[column]
    return format_value(spec, raw_value(spec, row))


def differences(local: SimatInput, listing: ListingRow) -> tuple[Difference, ...]:
    found = []
    for column, kind in COMPARED:
        if column not in listing.values:
            continue  # a listing without that column says nothing about it
        here, there = local_value(column, local), listing.get(column)
        if _norm(column, here) != _norm(column, there):
            found.append(Difference(column, kind, here, there))
    return tuple(found)


def _name_key(words: str) -> tuple[str, ...]:
    return tuple(sorted(fold(words).split()))


def _listing_name(listing: ListingRow) -> str:
    return " ".join(listing.get(c) for c in ("NOMBRE1", "NOMBRE2", "APELLIDO1", "APELLIDO2"))


def _birth(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else _norm("FECHA_NACIMIENTO", str(value or ""))


def reconcile(local_rows: Sequence[SimatInput], listing: Sequence[ListingRow]) -> Reconciliation:
    """Match the year's matrículas with the listing's rows and sort them into the lists."""
    by_number: dict[str, list[SimatInput]] = {}
    for row in local_rows:
        by_number.setdefault(document_key(str(row.student.get("document_number") or "")), []).append(row)
    used: set[int] = set()
    matched: list[Pair] = []
    unmatched_listing: list[ListingRow] = []
    for entry in listing:
        candidates = [row for row in by_number.get(document_key(entry.get("NRO_DOCUMENTO")), [])
                      if id(row) not in used and _compatible(local_value("TIPO_DOCUMENTO", row),
                                                             _norm("TIPO_DOCUMENTO", entry.get("TIPO_DOCUMENTO")))]
        if candidates:
            used.add(id(candidates[0]))
            matched.append(Pair(candidates[0], entry, differences(candidates[0], entry)))
        else:
            unmatched_listing.append(entry)
    remaining = [row for row in local_rows if id(row) not in used]
    by_name: dict[tuple[tuple[str, ...], str], list[SimatInput]] = {}
    for row in remaining:
        key = (_name_key(str(row.student.get("full_name") or "")), _birth(row.student.get("birth_date")))
        by_name.setdefault(key, []).append(row)
    possible: list[Pair] = []
    only_simat: list[ListingRow] = []
    for entry in unmatched_listing:
        key = (_name_key(_listing_name(entry)), _birth(entry.get("FECHA_NACIMIENTO")))
        candidates = [row for row in by_name.get(key, []) if id(row) not in used] if key[1] else []
        if candidates:
            used.add(id(candidates[0]))
            possible.append(Pair(candidates[0], entry, differences(candidates[0], entry), confirmed=False))
        else:
            only_simat.append(entry)
    only_here = tuple(row for row in local_rows if id(row) not in used)
    return Reconciliation(tuple(matched), tuple(possible), tuple(only_simat), only_here)
