"""The printed checklist as a PDF: what a secretary and a family read on it, page by page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QColor, QImage, QPdfWriter

from desktop_app.printing.checklist import (
    NothingToPrint,
    PaperSize,
    PrintCancelled,
    build_checklist_document,
    page_layout_for,
    render_batch_pdf,
    render_checklist_pdf,
)
from desktop_app.services.checklist_print import (
    DEFAULT_HABEAS_DATA_TEXT,
    ChecklistPrintData,
    PrintedChecklistItem,
)
from tests.printing.support import image_count, page_sizes_pt, page_texts

ITEMS = (
    PrintedChecklistItem("registro_civil", "Registro civil de nacimiento (con NUIP)", "Copia legible.", "validated"),
    PrintedChecklistItem("student_identity_card", "Fotocopia de la tarjeta de identidad del estudiante", "", "received"),
    PrintedChecklistItem("health_affiliation", "Certificado de afiliación a EPS o SISBÉN", "", "rejected",
                         "Vencido: traer uno de este mes"),
    PrintedChecklistItem("photos", "Dos fotos 3×4 fondo blanco", "", "missing"),
)


def _png_logo() -> bytes:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f3a5f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _data(**changes: object) -> ChecklistPrintData:
    values: dict[str, object] = {
        "school_name": "Institución Educativa Técnica San José de Guadalupe",
        "school_nit": "900123456-7",
        "school_resolution": "Resolución 004512 de 2015",
        "student_name": "María José Rodríguez Peñaloza",
        "student_document_type": "TI",
        "student_document_label": "Tarjeta de identidad",
        "student_document_number": "1023456789",
        "student_birth_date": date(2014, 3, 7),
        "grade_label": "Sexto",
        "group_code": "601",
        "shift_label": "Mañana",
        "school_year_name": "2027",
        "items": ITEMS,
        "guardian_name": "Luz Marina Peñaloza Castañeda",
        "guardian_document": "CC 52345678",
        "secretary_name": "Ana Lucía Gómez",
        "printed_on": date(2027, 1, 15),
    }
    values.update(changes)
    return ChecklistPrintData(**values)  # type: ignore[arg-type]


def test_one_checklist_shows_school_student_documents_consent_and_signatures(qapp, tmp_path: Path) -> None:
    path = render_checklist_pdf(_data(), tmp_path / "lista.pdf")

    pages = page_texts(path)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Institución Educativa Técnica San José de Guadalupe",
        "NIT 900.123.456-7",
        "Resolución 004512 de 2015",
        "Lista de chequeo de documentos de matrícula",
        "María José Rodríguez Peñaloza",
        "1023456789",
        "Tarjeta de identidad",
        "Sexto",
        "601",
        "Mañana",
        "2027",
        "07/03/2014",  # birth date day-first
        "Vencido: traer uno de este mes",
        "Firma del acudiente",
        "Luz Marina Peñaloza Castañeda",
        "CC 52345678",
        "Firma de la secretaría",
        "Ana Lucía Gómez",
        "Ley 1581 de 2012",
        "Impreso el 15/01/2027",
        "Página 1 de 1",
    ):
        assert expected in text, expected
    for item in ITEMS:
        assert item.label in text
    for state in ("Validado", "Recibido (por validar)", "Rechazado", "Falta"):
        assert state in text
    assert " ".join(DEFAULT_HABEAS_DATA_TEXT.split()) in text
    assert text.count("☐") >= 2 and text.count("☑") == 2  # delivered items come ticked, the rest have a box


def test_school_habeas_text_replaces_the_default_and_long_text_is_kept_whole(qapp, tmp_path: Path) -> None:
    habeas = "El Colegio San José, responsable del tratamiento, informa que " + "sus datos se protegen. " * 25
    long_name = "Ana María de los Ángeles Guadalupe del Socorro Rodríguez-Villamizar de la Santísima Trinidad"

    text = " ".join(page_texts(render_checklist_pdf(_data(habeas_data_text=habeas, student_name=long_name),
                                                    tmp_path / "x.pdf")))

    assert " ".join(habeas.split()) in text
    assert long_name in text  # wrapped inside its cell, never cut
    assert "Este grado no tiene" not in text


def test_markup_in_names_is_printed_as_typed(qapp, tmp_path: Path) -> None:
    text = page_texts(render_checklist_pdf(_data(student_name="Pérez <b>&amp; Cía"), tmp_path / "x.pdf"))[0]
    assert "Pérez <b>&amp; Cía" in text


def test_a_long_checklist_flows_onto_a_second_page_with_its_footer(qapp, tmp_path: Path) -> None:
    items = tuple(PrintedChecklistItem(f"doc_{n}", f"Documento adicional número {n}", "", "missing") for n in range(40))

    pages = page_texts(render_checklist_pdf(_data(items=items), tmp_path / "long.pdf"))

    assert len(pages) >= 2
    assert "Página 1 de" in pages[0] and f"Página {len(pages)} de {len(pages)}" in pages[-1]
    whole = " ".join(pages)
    for item in items:
        assert f"{item.label} " in whole or whole.endswith(item.label)
    assert "Firma del acudiente" in pages[-1]


@pytest.mark.parametrize(
    ("paper", "size"), [(PaperSize.LETTER, (612, 792)), (PaperSize.A4, (595, 842)), (PaperSize.OFICIO, (612, 936))]
)
def test_paper_sizes(qapp, tmp_path: Path, paper: PaperSize, size: tuple[int, int]) -> None:
    path = render_checklist_pdf(_data(), tmp_path / "p.pdf", paper)
    assert page_sizes_pt(path) == [size]


def test_the_school_logo_is_printed_when_branding_has_one(qapp, tmp_path: Path) -> None:
    with_logo = render_checklist_pdf(_data(school_logo=_png_logo()), tmp_path / "logo.pdf")
    without = render_checklist_pdf(_data(), tmp_path / "plain.pdf")
    assert image_count(with_logo) == 1
    assert image_count(without) == 0


def test_batch_puts_each_student_on_pages_of_their_own(qapp, tmp_path: Path) -> None:
    names = ["Camilo Andrés Suárez", "Valentina Gómez Ríos", "Juan Esteban Mosquera"]
    batch = [_data(student_name=name, student_document_number=f"10000000{n}") for n, name in enumerate(names)]

    pages = page_texts(render_batch_pdf(batch, tmp_path / "grupo.pdf"))

    assert len(pages) == 3
    for page, name in zip(pages, names, strict=True):
        assert name in page
        assert "Firma del acudiente" in page
        assert "Página 1 de 1" in page
        assert all(other not in page for other in names if other != name)


class _CancelAfter:
    """A progress sink that asks to stop once `limit` reports arrived."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))

    def is_cancelled(self) -> bool:
        return len(self.reports) >= self.limit


def test_batch_reports_progress_and_cancel_leaves_no_half_file(qapp, tmp_path: Path) -> None:
    batch = [_data(student_name=f"Estudiante {n}") for n in range(5)]
    progress = _CancelAfter(limit=99)
    render_batch_pdf(batch, tmp_path / "ok.pdf", progress)
    assert progress.reports[0] == (0, 5) and progress.reports[-1] == (5, 5)

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(PrintCancelled):
        render_batch_pdf(batch, target, _CancelAfter(limit=2))
    assert not target.exists()


def test_empty_batch_is_refused_with_a_message(qapp, tmp_path: Path) -> None:
    with pytest.raises(NothingToPrint) as refused:
        render_batch_pdf([], tmp_path / "vacio.pdf")
    assert refused.value.message == "No hay matrículas para imprimir en este grupo."
    assert not (tmp_path / "vacio.pdf").exists()


def test_an_unbroken_long_word_wraps_inside_the_page_and_the_footer_keeps_the_page_number(qapp, tmp_path: Path) -> None:
    word = "Sebastián" * 14  # 126 letters and no space: must wrap, never widen the table past the paper
    path = render_checklist_pdf(_data(student_name=word, observations="X" * 300), tmp_path / "w.pdf")

    pages = page_texts(path)
    squeezed = "".join("".join(pages).split())
    assert word in squeezed and "X" * 300 in squeezed
    assert "Página 1 de" in pages[0]  # the footer shortens the name ("…"), not the page number

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(page_layout_for(PaperSize.LETTER))
    page = QSizeF(writer.width(), writer.height())
    layout = build_checklist_document(_data(student_name=word, observations="X" * 300), writer, page)
    assert layout.size().width() <= page.width() + 2  # laid out within the paper (a border's pixel of rounding)


def test_the_form_stays_in_spanish_when_the_screens_are_in_english(qapp, tmp_path: Path) -> None:
    from desktop_app.printing.labels import item_state_label
    from desktop_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        assert item_state_label("missing") != "Falta"  # the screens now speak English
        text = page_texts(render_checklist_pdf(_data(), tmp_path / "es.pdf"))[0]
    finally:
        remove_translators(qapp, translators)
    for spanish in ("Falta", "Recibido (por validar)", "Rechazado", "Firma del acudiente", "Documentos requeridos"):
        assert spanish in text


def test_descriptions_give_way_so_each_form_stays_on_one_sheet(qapp, tmp_path: Path) -> None:
    hint = "Copia legible, vigente, firmada por el representante legal y entregada en la secretaría. " * 3
    items = tuple(PrintedChecklistItem(f"doc_{n}", f"Documento número {n}", hint, "missing") for n in range(9))
    short = (PrintedChecklistItem("photos", "Dos fotos 3×4 fondo blanco", "Para el carné.", "missing"),)
    batch = [
        _data(student_name="Primera Estudiante", items=items),
        _data(student_name="Segundo Estudiante", items=items),
        _data(student_name="Tercera Estudiante", items=short),
    ]

    pages = page_texts(render_batch_pdf(batch, tmp_path / "grupo.pdf"))

    assert len(pages) == 3  # one sheet each
    assert "Copia legible" not in pages[0] and "Copia legible" not in pages[1]  # descriptions left out
    assert all(f"Documento número {n}" in pages[1] for n in range(9))
    assert "Para el carné." in pages[2]  # a short list keeps its descriptions
