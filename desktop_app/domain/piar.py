"""The PIAR (Plan Individual de Ajustes Razonables, Decreto 1421/2017) kept in `students.piar_data`.

`piar_data` also holds keys other screens own (`has_disability`, set by the *Salud y SIMAT* tab, and any key a
later version adds): the PIAR is read from and written to its own keys only (`PIAR_KEYS`), so a save keeps
the rest. Dates are typed dd/mm/aaaa and stored ISO (aaaa-mm-dd). Sensitive data (Ley 1581 art. 5): who may
see or change it is `piar_view` / `piar_edit`; a PC whose user may not see it holds `WITHHELD` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.errors import FieldError
from desktop_app.domain.text import text_errors

# What the server sends in place of piar_data to a user without piar_view (sync.pull sends JSON null; the
# PC stores this marker, since the column is NOT NULL): "not shown here", never "empty".
WITHHELD_KEY = "withheld"
WITHHELD: dict[str, Any] = {WITHHELD_KEY: True}

PIAR_KEYS = ("ajustes", "responsable", "fecha_elaboracion", "revisiones", "proxima_revision", "acuerdo_familia",
             "observaciones")
MAX_TEXT = 2000

# Error fields (form keys); an adjustment's field is "ajustes.<row>.<key>" (row from 0).
ELABORATED = "fecha_elaboracion"
REVIEWS = "revisiones"
NEXT_REVIEW = "proxima_revision"
FIELD_LABELS = {
    ELABORATED: "Fecha de elaboración", REVIEWS: "Fechas de revisión", NEXT_REVIEW: "Próxima revisión",
    "responsable_nombre": "Responsable", "responsable_cargo": "Cargo del responsable",
    "acudiente": "Acudiente que firma el acuerdo", "acuerdo": "Acuerdo con la familia",
    "observaciones": "Observaciones", "area": "Área o asignatura", "ajuste": "Ajuste razonable",
    "apoyos": "Apoyos", "evaluacion": "Evaluación",
}


@dataclass(frozen=True)
class PiarAdjustment:
    """One row of the adjustments table: the area or subject, the reasonable adjustment, the supports and
    how it is evaluated."""

    area: str = ""
    ajuste: str = ""
    apoyos: str = ""
    evaluacion: str = ""

    def is_blank(self) -> bool:
        return not any(part.strip() for part in (self.area, self.ajuste, self.apoyos, self.evaluacion))


@dataclass(frozen=True)
class PiarDraft:
    """The PIAR as the form holds it: dates as typed (dd/mm/aaaa), review dates one per entry."""

    ajustes: tuple[PiarAdjustment, ...] = ()
    responsable_nombre: str = ""
    responsable_cargo: str = ""
    fecha_elaboracion: str = ""
    revisiones: tuple[str, ...] = ()
    proxima_revision: str = ""
    acudiente: str = ""
    acuerdo: str = ""
    observaciones: str = ""


@dataclass(frozen=True)
class Piar:
    """A student's PIAR as read: `draft` in form terms; `has_disability` from the SIMAT record; `withheld`
    when this PC was not sent the data (the user who synced it may not see it)."""

    draft: PiarDraft = field(default_factory=PiarDraft)
    has_disability: bool = False
    withheld: bool = False

    @property
    def is_empty(self) -> bool:
        return self.draft == PiarDraft()


def is_withheld(piar_data: Any) -> bool:
    return isinstance(piar_data, dict) and piar_data.get(WITHHELD_KEY) is True


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> date | None:
    """dd/mm/aaaa (d/m/aaaa; - or . also separate); empty → None; ValueError when it is no date."""
    cleaned = text.strip().replace("-", "/").replace(".", "/")
    if not cleaned:
        return None
    parts = cleaned.split("/")
    if len(parts) != 3 or len(parts[2]) != 4 or not all(part.isdigit() for part in parts):
        raise ValueError(cleaned)
    day, month, year = (int(part) for part in parts)
    return date(year, month, day)


def _stored_date(value: Any) -> str:
    """An ISO date of the JSON as dd/mm/aaaa; anything unreadable is shown as stored (never dropped)."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _of(data: dict[str, Any], key: str, kind: type[Any]) -> Any:
    value = data.get(key)
    return value if isinstance(value, kind) else kind()


def piar_of(piar_data: Any) -> Piar:
    """The PIAR in `students.piar_data` (missing or malformed keys read as empty)."""
    data = piar_data if isinstance(piar_data, dict) else {}
    if is_withheld(data):
        return Piar(withheld=True)
    rows, reviews = _of(data, "ajustes", list), _of(data, "revisiones", list)
    responsible, family = _of(data, "responsable", dict), _of(data, "acuerdo_familia", dict)
    draft = PiarDraft(
        ajustes=tuple(PiarAdjustment(_text(row.get("area")), _text(row.get("ajuste")), _text(row.get("apoyos")),
                                     _text(row.get("evaluacion"))) for row in rows if isinstance(row, dict)),
        responsable_nombre=_text(responsible.get("nombre")),
        responsable_cargo=_text(responsible.get("cargo")),
        fecha_elaboracion=_stored_date(data.get("fecha_elaboracion")),
        revisiones=tuple(_stored_date(value) for value in reviews if _stored_date(value)),
        proxima_revision=_stored_date(data.get("proxima_revision")),
        acudiente=_text(family.get("acudiente")),
        acuerdo=_text(family.get("acuerdo")),
        observaciones=_text(data.get("observaciones")),
    )
    return Piar(draft, has_disability=bool(data.get("has_disability")))


def _date_error(field_name: str, text: str, errors: list[FieldError]) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        errors.append(FieldError(field_name, "piar_date_invalid", {"field_label": FIELD_LABELS[field_name],
                                                                    "value": text.strip()}))
        return None


def validate(draft: PiarDraft) -> list[FieldError]:
    """Every problem of the draft, each naming its field: dates dd/mm/aaaa, reviews after the elaboration,
    an adjustment with both its area and its text, texts within MAX_TEXT."""
    errors: list[FieldError] = []
    elaborated = _date_error(ELABORATED, draft.fecha_elaboracion, errors)
    for text in draft.revisiones:
        reviewed = _date_error(REVIEWS, text, errors)
        if reviewed and elaborated and reviewed < elaborated:
            errors.append(FieldError(REVIEWS, "piar_review_before_elaboration", {
                "field_label": FIELD_LABELS[REVIEWS], "value": format_date(reviewed),
                "elaborated": format_date(elaborated)}))
    upcoming = _date_error(NEXT_REVIEW, draft.proxima_revision, errors)
    if upcoming and elaborated and upcoming < elaborated:
        errors.append(FieldError(NEXT_REVIEW, "piar_review_before_elaboration", {
            "field_label": FIELD_LABELS[NEXT_REVIEW], "value": format_date(upcoming),
            "elaborated": format_date(elaborated)}))
    if (draft.revisiones or upcoming) and not draft.fecha_elaboracion.strip():
        errors.append(FieldError(ELABORATED, "piar_elaboration_required"))
    for row, adjustment in enumerate(draft.ajustes):
        if adjustment.is_blank():
            continue
        if not adjustment.area.strip():
            errors.append(FieldError(f"ajustes.{row}.area", "piar_adjustment_area_required", {"row": row + 1}))
        if not adjustment.ajuste.strip():
            errors.append(FieldError(f"ajustes.{row}.ajuste", "piar_adjustment_text_required", {"row": row + 1}))
    texts = {"responsable_nombre": draft.responsable_nombre, "responsable_cargo": draft.responsable_cargo,
             "acudiente": draft.acudiente, "acuerdo": draft.acuerdo, "observaciones": draft.observaciones}
    for row, adjustment in enumerate(draft.ajustes):
        texts.update({f"ajustes.{row}.{key}": getattr(adjustment, key)
                      for key in ("area", "ajuste", "apoyos", "evaluacion")})
    for name, text in texts.items():
        label = FIELD_LABELS[name.rsplit(".", 1)[-1]]
        # control characters (Postgres refuses NUL in JSON) and non-text values, named like the form's field
        errors.extend(FieldError(e.field, e.code, {**e.params, "field_label": label})
                      for e in text_errors(name, text, identity=False))
        if isinstance(text, str) and len(text) > MAX_TEXT:
            errors.append(FieldError(name, "piar_text_too_long", {"field_label": label, "max": MAX_TEXT}))
    return errors


def _iso(text: str) -> str | None:
    value = parse_date(text)
    return value.isoformat() if value else None


def piar_json(draft: PiarDraft) -> dict[str, Any]:
    """The PIAR keys of `piar_data` for a valid draft (blank adjustment rows left out, reviews sorted)."""
    reviews = sorted(value for value in (parse_date(text) for text in draft.revisiones) if value)
    return {
        "ajustes": [{"area": row.area.strip(), "ajuste": row.ajuste.strip(), "apoyos": row.apoyos.strip(),
                     "evaluacion": row.evaluacion.strip()} for row in draft.ajustes if not row.is_blank()],
        "responsable": {"nombre": draft.responsable_nombre.strip(), "cargo": draft.responsable_cargo.strip()},
        "fecha_elaboracion": _iso(draft.fecha_elaboracion),
        "revisiones": [value.isoformat() for value in reviews],
        "proxima_revision": _iso(draft.proxima_revision),
        "acuerdo_familia": {"acudiente": draft.acudiente.strip(), "acuerdo": draft.acuerdo.strip()},
        "observaciones": draft.observaciones.strip(),
    }
