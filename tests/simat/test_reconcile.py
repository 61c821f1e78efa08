"""Reconciliation with a SIMAT listing: round trip, the four lists, explicit actions, bad files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.domain.simat_errors import SimatError
from desktop_app.domain.simat_layout import HEADERS
from desktop_app.services.demo import DemoSchool
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox


def _listing(store: LocalStore, demo: DemoSchool, path: Path) -> list[list[str]]:
    SimatService(store, demo.context).export(demo.current_year_id, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _statuses(store: LocalStore, demo: DemoSchool) -> dict[str, dict]:
    with store.read() as session:
        return {e["id"]: e["simat_status"] for e in session.find(
            "enrollments", school_id=demo.context.school_id, school_year_id=demo.current_year_id)}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_is_all_without_differences(store: LocalStore, demo: DemoSchool, tmp_path: Path,
                                               suffix: str) -> None:
    exported = SimatService(store, demo.context).export(demo.current_year_id, tmp_path / f"simat{suffix}")
    result = SimatReconcileService(store, demo.context).compare(tmp_path / f"simat{suffix}", demo.current_year_id)
    assert result.counts() == {"sin_diferencias": exported.written, "con_diferencias": 0, "solo_simat": 0,
                               "solo_aqui": 0, "posibles": 0}


def test_an_xls_listing_round_trips_too(store: LocalStore, demo: DemoSchool, tmp_path: Path) -> None:
    """SIMAT's own downloads are often Excel 97-2003 (.xls), read through python-calamine."""
    import xlwt

    rows = _listing(store, demo, tmp_path / "simat.csv")
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Matricula")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            # As SIMAT writes them: codes and years as numbers, document numbers and dates as text.
            numeric = r > 0 and value.isdigit() and rows[0][c] not in ("NRO_DOCUMENTO", "TEL", "PER_ID")
            sheet.write(r, c, int(value) if numeric else value)
    workbook.save(str(tmp_path / "simat.xls"))
    result = SimatReconcileService(store, demo.context).compare(tmp_path / "simat.xls", demo.current_year_id)
    assert result.counts() == {"sin_diferencias": len(rows) - 1, "con_diferencias": 0, "solo_simat": 0,
                               "solo_aqui": 0, "posibles": 0}


def test_the_four_lists_and_a_possible_match(store: LocalStore, demo: DemoSchool, tmp_path: Path) -> None:
    rows = _listing(store, demo, tmp_path / "simat.csv")
    header, body = rows[0], rows[1:]
    col = {name: header.index(name) for name in HEADERS}
    total = len(body)
    removed = body[:4]  # 4 only here
    body = body[4:]
    body[0][col["GRADO"]] = str(int(body[0][col["GRADO"]]) + 1 if body[0][col["GRADO"]] != "11" else 10)
    body[1][col["GRUPO"]] = "Z"
    ti = next(row for row in body[2:] if row[col["TIPO_DOCUMENTO"]] == "2")
    ti[col["TIPO_DOCUMENTO"]] = "5"  # the card changed from TI to RC, same number
    renamed = next(row for row in body[2:] if row is not ti)
    renamed_document = renamed[col["NRO_DOCUMENTO"]]
    renamed[col["NRO_DOCUMENTO"]] = "99" + renamed_document[2:]  # name and birth date only
    for number in range(5):  # 5 only in SIMAT
        extra = list(body[-1])
        extra[col["NRO_DOCUMENTO"]] = f"555000000{number}"
        extra[col["NOMBRE1"]], extra[col["APELLIDO1"]] = "OTRO", f"ALUMNO{number}"
        body.append(extra)
    for index, row in enumerate(body):
        row[col["PER_ID"]] = str(900000 + index)
    path = _write(tmp_path / "listado.csv", [header, *body], delimiter=";")

    service = SimatReconcileService(store, demo.context)
    before = len(outbox(store))
    result = service.compare(path, demo.current_year_id)
    assert len(outbox(store)) == before  # comparing writes nothing
    assert result.counts() == {"sin_diferencias": total - 4 - 3 - 1, "con_diferencias": 3, "solo_simat": 5,
                               "solo_aqui": 4, "posibles": 1}
    assert sorted(tuple(p.kinds) for p in result.with_differences) == [
        ("grado",), ("grupo",), ("tipo de documento",)]
    assert {r.student["document_number"] for r in result.only_here} == {r[col["NRO_DOCUMENTO"]] for r in removed}
    possible = result.possible[0]
    assert possible.local.student["document_number"] == renamed_document and not possible.confirmed

    service.record_status(result)  # one action, one transaction
    entries = outbox(store)[before:]
    assert len({entry["tx_id"] for entry in entries}) == 1
    assert len(entries) == total - 1  # every matrícula but the unconfirmed possible match
    statuses = _statuses(store, demo)
    assert statuses[str(possible.local.enrollment["id"])] == {}
    changed = next(p for p in result.with_differences if p.kinds == ["grado"])
    status = statuses[str(changed.local.enrollment["id"])]
    assert status["estado"] == "con_diferencias" and status["diferencias"] == ["grado"]
    assert status["per_id"] == changed.listing.get("PER_ID") and len(status["listing_sha256"]) == 64

    confirmed = result.confirm(possible.listing.row)
    assert confirmed.counts()["posibles"] == 0
    assert confirmed.counts()["sin_diferencias"] == result.counts()["sin_diferencias"] + 1
    service.record_status(confirmed, [str(possible.local.enrollment["id"])])
    assert _statuses(store, demo)[str(possible.local.enrollment["id"])]["estado"] == "sin_diferencias"

    # Explicit per-row actions: the grade of SIMAT, then its PER_ID; other extra_data keys are kept.
    service.apply_simat_value(changed, "GRADO")
    service.copy_per_id(changed)
    again = service.compare(path, demo.current_year_id)
    assert sorted(tuple(p.kinds) for p in again.with_differences) == [("grupo",), ("tipo de documento",)]
    with store.read() as session:
        student = session.get("students", str(changed.local.student["id"]), school_id=demo.context.school_id)
    assert student["extra_data"]["simat"]["per_id"] == changed.listing.get("PER_ID")
    assert student["extra_data"]["simat"]["nac_mun"] == changed.local.simat["nac_mun"]

    service.export(again, tmp_path / "comparacion.xlsx")
    from openpyxl import load_workbook
    lists = [row[0] for row in load_workbook(tmp_path / "comparacion.xlsx").worksheets[0].iter_rows(
        min_row=2, values_only=True)]
    assert lists.count("Solo en SIMAT") == 5 and lists.count("Solo aquí") == 4


def _bad(store: LocalStore, demo: DemoSchool, path: Path) -> str:
    before = len(outbox(store))
    with pytest.raises(SimatError) as refused:
        SimatReconcileService(store, demo.context).compare(path, demo.current_year_id)
    assert len(outbox(store)) == before
    return refused.value.message


def test_bad_listings_get_the_exact_messages(store: LocalStore, demo: DemoSchool, tmp_path: Path) -> None:
    rows = _listing(store, demo, tmp_path / "simat.csv")
    header = rows[0]
    other = [[cell for name, cell in zip(header, row, strict=True) if name not in ("NRO_DOCUMENTO", "CODIGO_DANE")]
             for row in rows]
    assert _bad(store, demo, _write(tmp_path / "a.csv", other)) == (
        "El archivo no parece un listado del SIMAT: faltan las columnas NRO_DOCUMENTO y CODIGO_DANE.")
    school = [list(row) for row in rows]
    for row in school[1:]:
        row[header.index("CODIGO_DANE")] = "105001000000"
    with store.write() as session:
        settings = session.get("school_settings", demo.context.school_id, school_id=demo.context.school_id)
        session.patch("school_settings", demo.context.school_id, {"simat_settings": {
            **settings["simat_settings"], "codigo_dane": "123456789012"}}, school_id=demo.context.school_id)
    assert _bad(store, demo, _write(tmp_path / "b.csv", school)) == (
        "El listado es de la institución 105001000000, no de esta (123456789012).")
    year = [list(row) for row in rows]
    for row in year[1:]:
        row[header.index("CODIGO_DANE")] = "123456789012"
        row[header.index("ANO_INF")] = "2025"
    assert _bad(store, demo, _write(tmp_path / "c.csv", year)) == (
        "El listado es del año 2025 y usted compara 2026.")
    locked = tmp_path / "protegido.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    assert _bad(store, demo, locked) == (
        "No se puede leer «protegido.xlsx»: está protegido con contraseña; ábralo en Excel, quite la "
        "contraseña y guárdelo de nuevo.")
    text = tmp_path / "notas.xlsx"
    text.write_text("esto no es una hoja de cálculo", encoding="utf-8")
    assert _bad(store, demo, text) == (
        "No se puede leer «notas.xlsx»: no es una hoja de cálculo (.xlsx, .xls o .csv).")


def test_listing_with_a_title_row_extra_columns_and_code_description_cells(tmp_path: Path) -> None:
    from desktop_app.domain.simat_reconcile import parse_listing
    from desktop_app.services.simat_files import read_table

    path = _write(tmp_path / "listado.csv", [
        ["Listado de matrícula — SIMAT"],
        ["ANO_INF", "CODIGO_DANE", "NRO_DOCUMENTO", "TIPO_DOCUMENTO", "NOMBRE_GRADO", "GRADO", "Observación"],
        ["2026", "123456789012", "1.023.456.789", "2 - TARJETA DE IDENTIDAD", "QUINTO", "5 - QUINTO", "x"],
    ])
    headers, rows = read_table(path)
    [row] = parse_listing(headers, rows)
    assert (row.get("TIPO_DOCUMENTO"), row.get("GRADO"), row.get("NRO_DOCUMENTO")) == ("2", "5", "1.023.456.789")


def test_matching_by_number_needs_compatible_types() -> None:
    from datetime import date

    from desktop_app.domain.simat_layout import SimatInput
    from desktop_app.domain.simat_reconcile import ListingRow, reconcile

    def local(doc_type: str, number: str) -> SimatInput:
        student = {"id": number, "document_type": doc_type, "document_number": number, "full_name": "Ana Paz Rey",
                   "birth_date": date(2015, 1, 2), "gender": "F", "extra_data": {}}
        return SimatInput(2026, 3, student, {"id": "e" + number, "grade_level": "5", "extra_data": {}}, {})

    rows = [local("TI", "1000000001"), local("CC", "52000001"), local("NUIP", "1000000003")]
    listing = [ListingRow(2, {"NRO_DOCUMENTO": "1000000001", "TIPO_DOCUMENTO": "7"}),  # TI ↔ NUIP: same child
               ListingRow(3, {"NRO_DOCUMENTO": "052000001", "TIPO_DOCUMENTO": "3"}),  # CC ↔ CE: another person
               ListingRow(4, {"NRO_DOCUMENTO": "1000000003"})]  # no type column: the number decides
    result = reconcile(rows, listing)
    assert [(p.local.student["id"], p.listing.row, p.kinds) for p in result.matched] == [
        ("1000000001", 2, ["tipo de documento"]), ("1000000003", 4, [])]
    assert [r.row for r in result.only_simat] == [3]
    assert [r.student["id"] for r in result.only_here] == ["52000001"]
