"""The student's document on the printed form: the type's code once, then its name (walk-through fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.documents import document_label
from desktop_app.printing.checklist import render_checklist_pdf
from tests.printing.support import page_texts
from tests.printing.test_checklist_pdf import _data


@pytest.mark.parametrize(("code", "expected"), [
    ("NUIP", "NUIP (Número único de identificación personal) 1023456789"),
    ("TI", "TI (Tarjeta de identidad) 1023456789"),
])
def test_the_document_type_is_named_once(qapp, tmp_path: Path, code: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    data = _data(student_document_type=code, student_document_label=document_label(code))
    text = " ".join(page_texts(render_checklist_pdf(data, tmp_path / "lista.pdf"))[0].split())
    assert expected in text
    assert "(NUIP))" not in text
