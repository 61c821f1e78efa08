"""SIMAT export on a real store: the demo golden file, only-valid rows, templates, a locked file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.domain.simat_errors import SimatError
from desktop_app.domain.simat_layout import HEADERS
from desktop_app.services.demo import DemoSchool
from desktop_app.services.simat import SimatService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox
from tests.simat.conftest import PlantedSchool
from tests.simat.planted import EXPECTED


def _sheet(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path).worksheets[0].iter_rows(values_only=True))


def test_golden_export_of_the_demo_year(store: LocalStore, demo: DemoSchool, tmp_path: Path) -> None:
    service = SimatService(store, demo.context)
    review = service.review(demo.current_year_id)
    assert not review.blocked, [p.line for p in review.problems if p.blocking][:5]
    with store.read() as session:
        active = [e for e in session.find("enrollments", school_id=demo.context.school_id,
                                          school_year_id=demo.current_year_id) if e["status"] == "active"]
    result = service.export(demo.current_year_id, tmp_path / "simat.xlsx")
    rows = _sheet(tmp_path / "simat.xlsx")
    assert rows[0] == HEADERS
    assert result.written == len(rows) - 1 == len(active) > 30
    column = {name: index for index, name in enumerate(HEADERS)}
    for row in rows[1:]:
        assert isinstance(row[column["NRO_DOCUMENTO"]], str)
        assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", str(row[column["FECHA_NACIMIENTO"]]))
        assert int(str(row[column["GRADO"]])) in {*range(-2, 12), *range(21, 27)}
        assert int(str(row[column["TIPO_JORNADA"]])) in range(1, 7)
        assert row[column["CODIGO_DANE"]] == "105001012345" and row[column["CONS_SEDE"]] == "01"
        assert row[column["APELLIDO1"]] and row[column["NOMBRE1"]]
    documents = sorted(str(row[column["NRO_DOCUMENTO"]]) for row in rows[1:])
    with store.read() as session:
        students = session.find_in("students", "id", [e["student_id"] for e in active],
                                   school_id=demo.context.school_id)
    assert documents == sorted(s["document_number"] for s in students)


def test_only_valid_rows_are_exported_and_the_rest_listed(school: PlantedSchool, tmp_path: Path) -> None:
    service = SimatService(school.store, school.context)
    review = service.review(school.year_id)
    def without_row(text: str) -> str:  # the service sorts by grade, group and name: other row numbers
        return re.sub(r"fila \d+", "fila N", text)

    assert sorted((p.label, without_row(p.text), p.blocking) for p in review.problems) == sorted(
        (line.split(" · ", 1)[1].split(": ", 1)[0], without_row(line.split(": ", 1)[1]), blocking)
        for line, blocking in EXPECTED)
    before = len(outbox(school.store))
    result = service.export(school.year_id, tmp_path / "simat.xlsx", only_valid=True)
    assert (result.written, result.left_out, result.total) == (4, 10, 14)
    assert result.written + result.left_out == result.total
    assert len(_sheet(tmp_path / "simat.xlsx")) == 1 + 4
    assert result.review_file == tmp_path / "revision-simat-2026.xlsx"
    left = _sheet(result.review_file)
    assert left[0][:2] == ("Fila", "Estudiante")
    assert len({row[1] for row in left[1:]}) == 10 and len(left) - 1 == 11  # one student has two errors
    assert len(outbox(school.store)) == before  # an export writes nothing to the store


def test_export_of_all_rows_as_csv_keeps_document_numbers_as_text(school: PlantedSchool, tmp_path: Path) -> None:
    result = SimatService(school.store, school.context).export(school.year_id, tmp_path / "simat.csv")
    assert (result.written, result.left_out, result.review_file) == (14, 0, None)
    text = (tmp_path / "simat.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == ",".join(HEADERS) and len(text) == 15
    assert any(",1000000001," in line for line in text) and "E+" not in "".join(text)


def test_a_school_template_is_filled_by_header_name(school: PlantedSchool, tmp_path: Path) -> None:
    template = tmp_path / "plantilla.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Plantilla de matrícula 2026"])
    sheet.append(["NOMBRE1", "OBSERVACIONES", "NRO_DOCUMENTO", "ZONA", "ano_inf", "GRADO"])
    book.save(template)
    result = SimatService(school.store, school.context).export(
        school.year_id, tmp_path / "lleno.xlsx", template=template, only_valid=True)
    assert result.unknown_headers == ("OBSERVACIONES",)
    rows = _sheet(tmp_path / "lleno.xlsx")
    assert rows[0][0] == "Plantilla de matrícula 2026"
    assert rows[1] == ("NOMBRE1", "OBSERVACIONES", "NRO_DOCUMENTO", "ZONA", "ano_inf", "GRADO")
    assert ("ANA", None, "1000000001", "1", "2026", "5") in rows[2:]
    assert len(rows) == 2 + result.written


def test_a_file_open_in_excel_is_refused_and_nothing_half_written(
    school: PlantedSchool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "simat.xlsx"
    target.write_bytes(b"the previous export")

    def locked(source: object, destination: object) -> None:  # what Windows does while Excel holds the file
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    before = len(outbox(school.store))
    with pytest.raises(SimatError) as refused:
        SimatService(school.store, school.context).export(school.year_id, target)
    assert refused.value.message == (
        "No se puede escribir «simat.xlsx»: está abierto en Excel. Ciérrelo e intente de nuevo.")
    assert target.read_bytes() == b"the previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".~simat")]
    assert len(outbox(school.store)) == before


def test_without_a_dane_code_nothing_is_written(school: PlantedSchool, tmp_path: Path) -> None:
    with school.store.write() as session:
        session.patch("school_settings", school.context.school_id, {"simat_settings": {"sedes": []}},
                      school_id=school.context.school_id)
    with pytest.raises(SimatError) as refused:
        SimatService(school.store, school.context).export(school.year_id, tmp_path / "simat.xlsx")
    assert refused.value.message == "Falta el código DANE del colegio: escríbalo en Datos del colegio → SIMAT."
    assert not (tmp_path / "simat.xlsx").exists()
