"""SIMAT export: gather a year's matrículas, validate them (*Revisión para SIMAT*) and write the file.

Reads only (no outbox entry): the reconciliation's explicit actions live in `services/simat_reconcile.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.grades import GRADE_ORDER
from desktop_app.domain.permissions import Action
from desktop_app.domain.simat_catalogs import SimatCatalogs, load_catalogs
from desktop_app.domain.simat_errors import SimatError
from desktop_app.domain.simat_layout import HEADERS, SimatInput, row_values, sede_of
from desktop_app.domain.simat_validation import SimatProblem, blocked_rows, validate_rows
from desktop_app.domain.text import fold
from desktop_app.services._base import Service, utc_now
from desktop_app.services.context import TenantContext
from desktop_app.services.ports import ProgressSink, Record, Store, StoreSession
from desktop_app.services.simat_files import fill_template, write_table

DEFAULT_STATUSES = ("active",)  # *Matriculado*
REVIEW_HEADERS = ("Fila", "Estudiante", "Tipo de documento", "Número de documento", "Campo", "Problema", "Tipo")


@dataclass(frozen=True)
class SimatReview:
    """What *Revisión para SIMAT* shows: the rows in export order and their problems."""

    year: int
    settings: Mapping[str, object]
    rows: tuple[SimatInput, ...]
    problems: tuple[SimatProblem, ...]
    unverified_catalogs: tuple[str, ...]

    @property
    def blocked(self) -> set[int]:
        return blocked_rows(self.problems)


@dataclass(frozen=True)
class SimatExportResult:
    target: Path
    written: int
    left_out: int
    total: int
    review_file: Path | None
    unknown_headers: tuple[str, ...]
    unverified_catalogs: tuple[str, ...]


def year_number(year: Record) -> int:
    """ANO_INF: the school year's name when it is a year ("2026"), else the year it starts."""
    name = str(year.get("name") or "").strip()
    return int(name) if name.isdigit() and len(name) == 4 else int(year["starts_on"].year)


def load_year_rows(session: StoreSession, school_id: str, school_year_id: str, statuses: Sequence[str],
                   month: int) -> tuple[int, dict[str, object], list[SimatInput]]:
    """(year, simat_settings, rows) of a school year's matrículas with the given statuses, in export order."""
    year = session.get("school_years", school_year_id, school_id=school_id)
    if year is None:
        raise SimatError("simat_year_unknown", field="school_year_id")
    settings_row = session.get("school_settings", school_id, school_id=school_id) or {}
    settings = dict(settings_row.get("simat_settings") or {})
    enrollments = [e for e in session.find("enrollments", school_id=school_id, school_year_id=school_year_id)
                   if e["status"] in statuses]
    students = {s["id"]: s for s in session.find_in(
        "students", "id", [e["student_id"] for e in enrollments], school_id=school_id)}
    number = year_number(year)
    rows = [SimatInput(number, month, students[e["student_id"]], e, settings)
            for e in enrollments if e["student_id"] in students]
    rows.sort(key=lambda r: (GRADE_ORDER.get(str(r.enrollment["grade_level"]), 99),
                             str(r.enrollment.get("group_code") or ""), fold(str(r.student["full_name"]))))
    return number, settings, rows


class SimatService(Service):
    """*Archivo → SIMAT*: the review before export and the export itself."""

    def __init__(self, store: Store, context: TenantContext, *, catalogs: SimatCatalogs | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(store, context, clock=clock)
        self._catalogs = catalogs

    @property
    def catalogs(self) -> SimatCatalogs:
        if self._catalogs is None:
            self._catalogs = load_catalogs()
        return self._catalogs

    def review(self, school_year_id: str, *, statuses: Sequence[str] = DEFAULT_STATUSES,
               sede: str | None = None) -> SimatReview:
        """The rows that would be exported and every problem found in them."""
        self._require(Action.student_view)
        with self._store.read() as session:
            year, settings, rows = load_year_rows(session, self._school_id, school_year_id, statuses, self._today().month)
        if sede:
            rows = [row for row in rows if sede_of(row) == sede]
        problems = validate_rows(rows, self.catalogs)
        return SimatReview(year, settings, tuple(rows), tuple(problems), tuple(self.catalogs.unverified()))

    def export(
        self, school_year_id: str, target: Path, *, statuses: Sequence[str] = DEFAULT_STATUSES,
        sede: str | None = None, only_valid: bool = False, template: Path | None = None,
        progress: ProgressSink | None = None,
    ) -> SimatExportResult:
        """Write the file (XLSX, CSV, or the school's template filled by header name).

        With `only_valid`, rows with errors are left out and listed in `revision-simat-AAAA.xlsx` beside the
        file. Nothing is written when the school has no DANE code.
        """
        review = self.review(school_year_id, statuses=statuses, sede=sede)
        if not str(review.settings.get("codigo_dane") or "").strip():
            raise SimatError("simat_dane_missing", field="codigo_dane")
        blocked = review.blocked if only_valid else set()
        kept = [row for index, row in enumerate(review.rows, start=2) if index not in blocked]
        total = len(review.rows)
        if progress is not None:
            progress.report(0, total, "Escribiendo el archivo del SIMAT")
        values = [row_values(row) for row in kept]
        unknown: list[str] = []
        if template is not None:
            unknown = fill_template(template, target, [dict(zip(HEADERS, row, strict=True)) for row in values])
        else:
            write_table(target, HEADERS, values)
        review_file = None
        if only_valid and blocked:
            review_file = target.with_name(f"revision-simat-{review.year}.xlsx")
            write_table(review_file, REVIEW_HEADERS, self._review_lines(review, blocked), title="Revisión")
        if progress is not None:
            progress.report(total, total, "Listo")
        return SimatExportResult(target, len(kept), total - len(kept), total, review_file, tuple(unknown),
                                 review.unverified_catalogs)

    @staticmethod
    def _review_lines(review: SimatReview, blocked: set[int]) -> list[list[str]]:
        lines = []
        for problem in review.problems:
            if problem.row not in blocked:
                continue
            student = review.rows[problem.row - 2].student
            lines.append([str(problem.row), problem.label, str(student.get("document_type") or ""),
                          str(student.get("document_number") or ""), problem.field, problem.text,
                          "Error" if problem.blocking else "Aviso"])
        return lines
