"""Read a student list from .xlsx (openpyxl), .xls/.ods (python-calamine) or .csv (UTF-8-sig, else cp1252;
delimiter sniffed among ';', ',' and tab), within the import's limits. Values stay typed (dates, numbers)
so the domain can tell an Excel date cell from text."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import defusedxml  # noqa: F401  -- openpyxl parses XML safely (no billion laughs) only when it is installed
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from desktop_app.domain.import_values import MAX_BYTES, MAX_ROWS, SheetData, SpreadsheetRefused, thousands

FORMATS = (".xlsx", ".xls", ".ods", ".csv")


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """The chosen sheet (default: the first) of the file at `path`; SpreadsheetRefused says why not."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SpreadsheetRefused("spreadsheet_too_large", params={
            "size_mb": f"{size / 1024 / 1024:.1f}".replace(".", ","), "max_mb": MAX_BYTES // 1024 // 1024})
    content = path.read_bytes()
    suffix = path.suffix.lower()
    names: tuple[str, ...]
    if suffix == ".csv":
        names, chosen, rows = ("CSV",), "CSV", _csv_rows(content)
    elif suffix == ".xlsx":
        names, chosen, rows = _xlsx(path, sheet)
    elif suffix in (".xls", ".ods"):
        names, chosen, rows = _calamine(path, sheet)
    else:
        raise SpreadsheetRefused("spreadsheet_format_unknown", params={"suffix": suffix})
    return _table(names, chosen, rows, hashlib.sha256(content).hexdigest())


def _table(names: tuple[str, ...], chosen: str, rows: Iterable[tuple[object, ...]], sha: str) -> SheetData:
    header_row = 0
    headers: tuple[str, ...] = ()
    data: list[tuple[int, tuple[object, ...]]] = []
    count = 0
    for number, row in enumerate(rows, start=1):
        if not any(_filled(v) for v in row):
            continue
        if not headers:
            header_row, headers = number, tuple(str(v).strip() if v is not None else "" for v in row)
            continue
        count += 1
        data.append((number, tuple(row)))
    if not headers:
        raise SpreadsheetRefused("spreadsheet_no_header")
    if count > MAX_ROWS:
        raise SpreadsheetRefused("spreadsheet_too_many_rows",
                                 params={"count": thousands(count), "max": thousands(MAX_ROWS)})
    return SheetData(names, chosen, header_row, headers, tuple(data), sha)


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _choose(names: list[str], sheet: str | None) -> str:
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise SpreadsheetRefused("spreadsheet_sheet_missing", params={"sheet": sheet})
    return sheet


def _xlsx(path: Path, sheet: str | None) -> tuple[tuple[str, ...], str, Iterator[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        chosen = _choose(list(workbook.sheetnames), sheet)
        rows = [tuple(row) for row in workbook[chosen].iter_rows(values_only=True)]
    finally:
        workbook.close()
    return tuple(workbook.sheetnames), chosen, iter(rows)


def _calamine(path: Path, sheet: str | None) -> tuple[tuple[str, ...], str, Iterator[tuple[object, ...]]]:
    workbook = CalamineWorkbook.from_path(str(path))
    chosen = _choose(list(workbook.sheet_names), sheet)
    rows = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    return tuple(workbook.sheet_names), chosen, (tuple(None if v == "" else v for v in row) for row in rows)


def _csv_rows(content: bytes) -> Iterator[tuple[object, ...]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    sample = text[:20_000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = max(";,\t", key=lambda d: sample.split("\n", 1)[0].count(d))
    return (tuple(v if v.strip() else None for v in row) for row in csv.reader(io.StringIO(text), delimiter=delimiter))
