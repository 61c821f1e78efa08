"""*Comparar con listado SIMAT…*: read a SIMAT listing, compare it with the year's matrículas, and the explicit
per-row actions (*Guardar estado SIMAT*, *Aplicar dato del SIMAT*, *Copiar PER_ID*), one store write each.

Comparing changes nothing: student data is never changed silently.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.documents import DOCUMENT_TYPES
from desktop_app.domain.grades import GRADES
from desktop_app.domain.permissions import Action
from desktop_app.domain.shifts import SHIFTS
from desktop_app.domain.simat_errors import SimatError
from desktop_app.domain.simat_layout import SimatInput
from desktop_app.domain.simat_reconcile import (
    LIST_ADVICE,
    LIST_TITLES,
    SIN_DIFERENCIAS,
    SOLO_AQUI,
    SOLO_SIMAT,
    Pair,
    Reconciliation,
    parse_listing,
    reconcile,
)
from desktop_app.domain.simat_validation import row_label
from desktop_app.services._base import Service
from desktop_app.services.ports import Record, StoreSession
from desktop_app.services.simat import DEFAULT_STATUSES, load_year_rows
from desktop_app.services.simat_files import read_table, write_table

_NAME_COLUMNS = ("APELLIDO1", "APELLIDO2", "NOMBRE1", "NOMBRE2")
RECONCILIATION_HEADERS = ("Lista", "Estudiante", "Tipo de documento", "Número de documento", "Diferencias",
                          "Qué hacer", "PER_ID")


def _digits(value: str) -> str:
    return value.strip().lstrip("0") or "0" if value.strip().isdigit() else value.strip()


class SimatReconcileService(Service):
    """Compares a SIMAT listing with a school year and records what the secretary decides, row by row."""

    def compare(self, listing_path: Path, school_year_id: str, *,
                statuses: Sequence[str] = DEFAULT_STATUSES) -> Reconciliation:
        """Read and check the listing (this school, this year), then match it. Writes nothing."""
        self._require(Action.student_view)
        headers, cells = read_table(listing_path)
        listing = parse_listing(headers, cells)
        with self._store.read() as session:
            year, settings, rows = load_year_rows(session, self._school_id, school_year_id, statuses,
                                                  self._today().month)
        ours = str(settings.get("codigo_dane") or "").strip()
        if not ours:
            raise SimatError("simat_dane_missing", field="codigo_dane")
        for entry in listing:
            found = entry.get("CODIGO_DANE").strip()
            if found and found != ours:
                raise SimatError("simat_listing_other_school", params={"found": found, "ours": ours})
        for entry in listing:
            found_year = entry.get("ANO_INF").strip()
            if found_year and found_year.isdigit() and int(found_year) != year:
                raise SimatError("simat_listing_other_year", params={"found": found_year, "year": year})
        result = reconcile(rows, listing)
        digest = hashlib.sha256(listing_path.read_bytes()).hexdigest()
        return replace(result, listing_sha256=digest, listing_date=self._today().isoformat())

    # -- explicit actions -------------------------------------------------------------------------------------

    def record_status(self, reconciliation: Reconciliation, enrollment_ids: Sequence[str] | None = None) -> int:
        """*Guardar estado SIMAT*: write `simat_status` on the chosen matrículas (all when None), one write."""
        self._require(Action.student_update)
        entries = self._statuses(reconciliation)
        if enrollment_ids is not None:
            wanted = set(enrollment_ids)
            entries = {key: value for key, value in entries.items() if key in wanted}
        with self._store.write() as session:
            for enrollment_id, status in entries.items():
                session.patch("enrollments", enrollment_id, {"simat_status": status}, school_id=self._school_id)
        return len(entries)

    def apply_simat_value(self, pair: Pair, column: str) -> None:
        """*Aplicar dato del SIMAT*: copy one listed value into the student or the matrícula (one write)."""
        self._require(Action.student_update)
        value = pair.listing.get(column)
        student_id, enrollment_id = str(pair.local.student["id"]), str(pair.local.enrollment["id"])
        with self._store.write() as session:
            student = self._fresh(session, "students", student_id)
            enrollment = self._fresh(session, "enrollments", enrollment_id)
            table, row_id, changes = self._change_for(column, value, student, enrollment)
            session.patch(table, row_id, changes, school_id=self._school_id)

    def copy_per_id(self, pair: Pair) -> None:
        """*Copiar PER_ID*: keep SIMAT's person id in `students.extra_data.simat.per_id` (one write)."""
        self.apply_simat_value(pair, "PER_ID")

    def export(self, reconciliation: Reconciliation, target: Path) -> None:
        """The four lists (and the possible matches) in one sheet, for the secretary's records."""
        self._require(Action.student_view)
        lines: list[list[str]] = []
        for pair in reconciliation.matched:
            state = LIST_TITLES["con_diferencias" if pair.differences else SIN_DIFERENCIAS]
            lines.append(self._line(state, pair.local, ", ".join(pair.kinds), "", pair.listing.get("PER_ID")))
        for pair in reconciliation.possible:
            lines.append(self._line("Posible coincidencia", pair.local, ", ".join(pair.kinds),
                                    "confirmar si es la misma persona", pair.listing.get("PER_ID")))
        for entry in reconciliation.only_simat:
            name = " ".join(entry.get(c) for c in _NAME_COLUMNS if entry.get(c))
            lines.append([LIST_TITLES[SOLO_SIMAT], name, entry.get("TIPO_DOCUMENTO"), entry.get("NRO_DOCUMENTO"),
                          "", LIST_ADVICE[SOLO_SIMAT], entry.get("PER_ID")])
        for row in reconciliation.only_here:
            lines.append(self._line(LIST_TITLES[SOLO_AQUI], row, "", LIST_ADVICE[SOLO_AQUI], ""))
        write_table(target, RECONCILIATION_HEADERS, lines, title="Comparación SIMAT")

    # -- helpers ------------------------------------------------------------------------------------------

    @staticmethod
    def _line(state: str, row: SimatInput, diffs: str, advice: str, per_id: str) -> list[str]:
        return [state, row_label(row), str(row.student.get("document_type") or ""),
                str(row.student.get("document_number") or ""), diffs, advice, per_id]

    @staticmethod
    def _statuses(reconciliation: Reconciliation) -> dict[str, dict[str, Any]]:
        base = {"listing_date": reconciliation.listing_date, "listing_sha256": reconciliation.listing_sha256}
        entries: dict[str, dict[str, Any]] = {}
        for pair in reconciliation.matched:
            entries[str(pair.local.enrollment["id"])] = {
                **base, "per_id": pair.listing.get("PER_ID") or None,
                "estado": "con_diferencias" if pair.differences else SIN_DIFERENCIAS,
                "diferencias": pair.kinds}
        for row in reconciliation.only_here:
            entries[str(row.enrollment["id"])] = {**base, "per_id": None, "estado": SOLO_AQUI, "diferencias": []}
        return entries

    def _fresh(self, session: StoreSession, table: str, row_id: str) -> Record:
        record = session.get(table, row_id, school_id=self._school_id)
        if record is None:
            raise SimatError("simat_match_unknown")
        return record

    @staticmethod
    def _change_for(column: str, value: str, student: Record, enrollment: Record) -> tuple[str, str, Record]:
        """(table, id, changes) that put the listed `value` of `column` into our data, keeping other keys."""
        student_extra = dict(student.get("extra_data") or {})
        enrollment_extra = dict(enrollment.get("extra_data") or {})
        if column in (*_NAME_COLUMNS, "PER_ID"):
            simat = {**(student_extra.get("simat") or {}), column.lower(): value.strip()}
            if column != "PER_ID":
                simat["name_split_confirmed"] = True
            return "students", student["id"], {"extra_data": {**student_extra, "simat": simat}}
        if column == "FECHA_NACIMIENTO":
            return "students", student["id"], {"birth_date": datetime.strptime(value.strip(), "%d/%m/%Y").date()}
        if column == "TIPO_DOCUMENTO":
            codes = {str(d.simat_code): d.code for d in DOCUMENT_TYPES.values() if d.simat_code is not None}
            if _digits(value) in codes:
                return "students", student["id"], {"document_type": codes[_digits(value)]}
        if column == "GRADO":
            grades = {str(g.simat_code): g.code for g in GRADES}
            if _digits(value) in grades or value.strip() in grades:
                return "enrollments", enrollment["id"], {"grade_level": grades.get(value.strip(), grades.get(
                    _digits(value), ""))}
        if column == "GRUPO":
            return "enrollments", enrollment["id"], {"group_code": value.strip().upper()}
        if column == "TIPO_JORNADA":
            shifts = {str(s.simat_code): s.code for s in SHIFTS.values()}
            if _digits(value) in shifts:
                return "enrollments", enrollment["id"], {"shift": shifts[_digits(value)]}
        if column == "CONS_SEDE":
            simat = {**(enrollment_extra.get("simat") or {}), "cons_sede": value.strip()}
            return "enrollments", enrollment["id"], {"extra_data": {**enrollment_extra, "simat": simat}}
        raise SimatError("simat_column_not_applicable", field=column, params={"column": column})
