"""Spreadsheet files of the SIMAT feature: write (XLSX or CSV, atomically), fill a school template by header
name, read a SIMAT listing (.xlsx/.xls through python-calamine, .csv).

Writes go to a temporary file next to the target and replace it at the end, so a failure (the file is open
in Excel, the disk is full) leaves no half-written file and the old file as it was.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop_app.domain.simat_errors import SimatError
from desktop_app.domain.simat_layout import HEADER_NAMES

TEXT = "@"  # Excel's "text" number format: document numbers are never turned into 1.02E+09
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and an .xlsx encrypted with a password
_ZIP_MAGIC = b"PK\x03\x04"


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path to write; it replaces `target` when the block ends without error."""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".~simat-", suffix=target.suffix, dir=target.parent)
    except PermissionError as error:
        raise SimatError("simat_file_unwritable", params={
            "name": target.name, "reason": "no hay permiso para escribir en esa carpeta"}) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    except PermissionError as error:  # Windows refuses to replace a file Excel holds open
        raise SimatError("simat_file_locked", params={"name": target.name}) from error
    except OSError as error:
        raise SimatError("simat_file_unwritable", params={"name": target.name, "reason": error.strerror or
                                                          str(error)}) from error
    finally:
        temp.unlink(missing_ok=True)


def write_table(target: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], title: str = "SIMAT") -> None:
    """Write a header row and text rows: CSV (UTF-8 with BOM, so Excel reads accents) or XLSX (text cells)."""
    with atomic_target(target) as temp:
        if target.suffix.lower() == ".csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                writer.writerows(rows)
            return
        from openpyxl import Workbook

        # Python str values are written as string cells (t="s"): Excel shows "1023456789" and "05001" as
        # typed, never 1.02E+09 or 5001. A per-cell text style would triple the time for 3,000 rows.
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title)
        sheet.append(list(headers))
        for row in rows:
            sheet.append([value if value != "" else None for value in row])  # no XML at all for a blank cell
        book.save(temp)


def _header_key(value: object) -> str:
    return "_".join(str(value or "").strip().upper().split())


def fill_template(template: Path, target: Path, rows: Sequence[dict[str, str]]) -> list[str]:
    """Copy `template` to `target` with `rows` (keyed by layout column) under its headers, matched by name.

    Returns the template's headers the layout does not know (left blank). The header row is the first of the
    first ten rows that holds at least three known headers.
    """
    from openpyxl import load_workbook

    try:
        book = load_workbook(template)
    except Exception as error:  # openpyxl raises many types for a file it cannot open
        raise SimatError("simat_file_unreadable", params={"name": template.name, "reason": _reason(template, error)}
                         ) from error
    sheet = book.worksheets[0]
    header_row, mapping, unknown = None, {}, []
    for number, cells in enumerate(sheet.iter_rows(min_row=1, max_row=10, values_only=True), start=1):
        keys = [_header_key(value) for value in cells]
        if sum(key in HEADER_NAMES for key in keys) >= 3:
            header_row = number
            mapping = {index + 1: HEADER_NAMES[key] for index, key in enumerate(keys) if key in HEADER_NAMES}
            unknown = [str(value) for value, key in zip(cells, keys, strict=True) if key and key not in HEADER_NAMES]
            break
    if header_row is None:
        raise SimatError("simat_template_no_header", params={"name": template.name})
    if sheet.max_row > header_row:  # an old export left in the template is replaced, not mixed
        sheet.delete_rows(header_row + 1, sheet.max_row - header_row)
    for offset, row in enumerate(rows, start=1):
        for column, name in mapping.items():
            cell = sheet.cell(row=header_row + offset, column=column, value=row.get(name, ""))
            cell.number_format = TEXT
    with atomic_target(target) as temp:
        book.save(temp)
    return unknown


def _reason(path: Path, error: Exception) -> str:
    try:
        head = path.read_bytes()[:8]
    except OSError as read_error:
        return read_error.strerror or "no se pudo abrir"
    if head == _OLE_MAGIC and path.suffix.lower() == ".xlsx":
        return "está protegido con contraseña; ábralo en Excel, quite la contraseña y guárdelo de nuevo"
    if head[:4] != _ZIP_MAGIC and head != _OLE_MAGIC:
        return "no es una hoja de cálculo (.xlsx, .xls o .csv)"
    return f"el archivo está dañado ({type(error).__name__})"


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) of the first sheet, every cell as text; the header row is the first non-empty one."""
    if not path.is_file():
        raise SimatError("simat_file_unreadable", params={"name": path.name, "reason": "el archivo no existe"})
    if path.suffix.lower() == ".csv":
        rows = _read_csv(path)
    else:
        from python_calamine import CalamineWorkbook

        try:
            book = CalamineWorkbook.from_path(str(path))
            raw = book.get_sheet_by_index(0).to_python(skip_empty_area=True)
        except Exception as error:  # calamine raises its own error types for broken or foreign files
            raise SimatError("simat_file_unreadable", params={"name": path.name, "reason": _reason(path, error)}
                             ) from error
        rows = [[_cell_text(value) for value in row] for row in raw]
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return [], []
    # A listing may open with a title row: the header is the first row naming at least two SIMAT columns.
    start = next((index for index, row in enumerate(rows[:10])
                  if sum(_header_key(cell) in HEADER_NAMES for cell in row) >= 2), 0)
    return [_header_key(cell) for cell in rows[start]], rows[start + 1:]


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise SimatError("simat_file_unreadable", params={
            "name": path.name, "reason": "no es una hoja de cálculo (.xlsx, .xls o .csv)"})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # CSV saved by Excel in Spanish Windows
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number cell 1023456789.0 is the document 1023456789
    if hasattr(value, "strftime"):
        return str(value.strftime("%d/%m/%Y"))
    return str(value).strip()
