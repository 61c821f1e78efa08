"""The PIAR record (domain/piar.py): validation names the field, and the JSON round trip keeps what was typed."""

from __future__ import annotations

from desktop_app.domain.piar import (
    WITHHELD,
    PiarAdjustment,
    PiarDraft,
    is_withheld,
    piar_json,
    piar_of,
    validate,
)


def _draft(**changes: object) -> PiarDraft:
    base = {
        "ajustes": (PiarAdjustment("Matemáticas", "Tiempo adicional en evaluaciones", "Calculadora", "Oral"),),
        "responsable_nombre": "Marta Rojas", "responsable_cargo": "Docente de aula",
        "fecha_elaboracion": "10/02/2026", "revisiones": ("15/05/2026",), "proxima_revision": "20/08/2026",
        "acudiente": "Luz Dary Ortiz", "acuerdo": "Acompañar las tareas en casa", "observaciones": "Usa gafas.",
    }
    return PiarDraft(**{**base, **changes})  # type: ignore[arg-type]


def test_a_complete_draft_is_valid_and_round_trips_through_the_json() -> None:
    draft = _draft()
    assert validate(draft) == []
    stored = piar_json(draft)
    assert stored["fecha_elaboracion"] == "2026-02-10" and stored["revisiones"] == ["2026-05-15"]
    assert stored["ajustes"][0] == {"area": "Matemáticas", "ajuste": "Tiempo adicional en evaluaciones",
                                    "apoyos": "Calculadora", "evaluacion": "Oral"}
    read = piar_of({**stored, "has_disability": True, "otra_clave": 1})
    assert read.draft == draft and read.has_disability and not read.withheld


def test_each_problem_names_its_field_in_spanish() -> None:
    draft = _draft(fecha_elaboracion="31/02/2026", proxima_revision="mañana",
                   ajustes=(PiarAdjustment("", "Lectura en voz alta"), PiarAdjustment("Inglés", "  "),
                            PiarAdjustment()))
    errors = {(e.field, e.message) for e in validate(draft)}
    assert errors == {
        ("fecha_elaboracion", "Fecha de elaboración: «31/02/2026» no es una fecha; escríbala dd/mm/aaaa."),
        ("proxima_revision", "Próxima revisión: «mañana» no es una fecha; escríbala dd/mm/aaaa."),
        ("ajustes.0.area", "Ajuste 1: falta el área o asignatura."),
        ("ajustes.1.ajuste", "Ajuste 2: falta el ajuste razonable."),
    }


def test_a_review_before_the_elaboration_is_refused() -> None:
    errors = validate(_draft(revisiones=("01/02/2026", "15/05/2026"), proxima_revision="09/02/2026"))
    assert [(e.field, e.message) for e in errors] == [
        ("revisiones", "Fechas de revisión: el 01/02/2026 es anterior a la fecha de elaboración (10/02/2026)."),
        ("proxima_revision", "Próxima revisión: el 09/02/2026 es anterior a la fecha de elaboración (10/02/2026)."),
    ]
    assert [e.code for e in validate(_draft(fecha_elaboracion=""))] == ["piar_elaboration_required"]


def test_blank_rows_are_dropped_and_reviews_sorted() -> None:
    stored = piar_json(_draft(ajustes=(PiarAdjustment(), PiarAdjustment("Ciencias", "Guía visual")),
                              revisiones=("20/06/2026", "1/3/2026")))
    assert [row["area"] for row in stored["ajustes"]] == ["Ciencias"]
    assert stored["revisiones"] == ["2026-03-01", "2026-06-20"]


def test_malformed_or_withheld_data_reads_without_losing_anything() -> None:
    assert piar_of({"ajustes": "x", "responsable": 3, "fecha_elaboracion": "ayer"}).draft.fecha_elaboracion == "ayer"
    assert piar_of(None).is_empty
    withheld = piar_of(dict(WITHHELD))
    assert withheld.withheld and is_withheld(WITHHELD) and not is_withheld({"has_disability": True})


def test_control_characters_are_refused_naming_the_field() -> None:
    errors = validate(_draft(observaciones="Usa\x00gafas", ajustes=(PiarAdjustment("Arte", "Pincel\x07grueso"),)))
    assert [(e.field, e.code, e.params["field_label"]) for e in errors] == [
        ("observaciones", "text_control_characters", "Observaciones"),
        ("ajustes.0.ajuste", "text_control_characters", "Ajuste razonable"),
    ]
