"""The documents a matrícula needs (a default Colombian list a school can change) and each item's state."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.grades import GRADES, LEVEL_LABELS, Level, grades_of_level
from desktop_app.domain.permissions import Action, require


@dataclass(frozen=True)
class Condition:
    """When a requirement applies. None means "any"."""

    grades: frozenset[str] | None = None
    min_age: int | None = None  # inclusive
    max_age: int | None = None  # inclusive
    new_student: bool | None = None  # True: only new students; False: only returning ones
    foreign: bool | None = None  # True: only foreign students; False: only Colombian ones
    disability: bool | None = None  # True: only students with a registered disability

    def applies(self, context: ChecklistContext) -> bool:
        if self.grades is not None and context.grade_code not in self.grades:
            return False
        # An unknown age never hides a requirement: better asked once too often than missed.
        if context.age is not None:
            if self.min_age is not None and context.age < self.min_age:
                return False
            if self.max_age is not None and context.age > self.max_age:
                return False
        if self.new_student is not None and context.is_new_student != self.new_student:
            return False
        if self.foreign is not None and context.is_foreign != self.foreign:
            return False
        return self.disability is None or context.has_disability == self.disability


ALWAYS = Condition()


@dataclass(frozen=True)
class DocumentRequirement:
    """One document of the checklist; `code` is what enrollment_documents.document_type stores."""

    code: str
    label: str
    description: str = ""
    when: Condition = ALWAYS
    custom: bool = False  # added by the school


@dataclass(frozen=True)
class ChecklistContext:
    """What decides which documents a student must bring."""

    grade_code: str
    is_new_student: bool
    is_foreign: bool
    age: int | None
    has_disability: bool = False


def _grades(*levels: Level, without: Iterable[str] = ()) -> frozenset[str]:
    excluded = set(without)
    return frozenset(g.code for level in levels for g in grades_of_level(level) if g.code not in excluded)


_ALL_BUT_PRESCHOOL = _grades(Level.basica_primaria, Level.basica_secundaria, Level.media, Level.adultos)

DEFAULT_REQUIREMENTS: tuple[DocumentRequirement, ...] = (
    DocumentRequirement(
        "registro_civil", "Registro civil de nacimiento (con NUIP)",
        "Copia legible. Se pide una sola vez: el colegio la conserva en la carpeta del estudiante.",
        Condition(new_student=True, foreign=False)),
    DocumentRequirement(
        "foreign_birth_certificate", "Registro o acta de nacimiento del país de origen",
        "Estudiantes extranjeros nuevos. Su falta no impide la matrícula: se registra y se sigue el caso.",
        Condition(new_student=True, foreign=True)),
    DocumentRequirement(
        "student_identity_card", "Fotocopia de la tarjeta de identidad del estudiante",
        "Desde los 7 años (los menores de 7 se identifican con el registro civil).",
        Condition(min_age=7, max_age=17, foreign=False)),
    DocumentRequirement(
        "student_citizenship_card", "Fotocopia de la cédula de ciudadanía del estudiante",
        "Estudiantes mayores de edad.", Condition(min_age=18, foreign=False)),
    DocumentRequirement(
        "student_migration_document", "Documento migratorio del estudiante (PPT, PEP, visa o pasaporte)",
        "Estudiantes extranjeros, cada año: estos permisos vencen.", Condition(foreign=True)),
    DocumentRequirement(
        "guardian_identity_document", "Fotocopia del documento de identidad del acudiente",
        "Cédula ampliada; si el acudiente es extranjero, cédula de extranjería, PPT, PEP o pasaporte.",
        Condition(new_student=True, max_age=17)),
    DocumentRequirement(
        "health_affiliation", "Certificado de afiliación a EPS o SISBÉN",
        "Vigente (no mayor a 30 días); si no tiene afiliación, constancia del seguro estudiantil."),
    DocumentRequirement(
        "vaccination_card", "Carné de vacunación", "Preescolar y básica primaria.",
        Condition(grades=_grades(Level.preescolar, Level.basica_primaria))),
    DocumentRequirement(
        "previous_grades_certificates", "Certificados de estudio de los grados anteriores",
        "En papel membrete de la institución anterior (los boletines no los reemplazan).",
        Condition(new_student=True, grades=_ALL_BUT_PRESCHOOL - {"clei_1"})),
    DocumentRequirement(
        "previous_school_clearance", "Paz y salvo de la institución anterior", "Estudiantes nuevos.",
        Condition(new_student=True, grades=frozenset(g.code for g in GRADES) - {"prejardin"})),
    DocumentRequirement(
        "simat_withdrawal", "Constancia de retiro del SIMAT de la institución anterior",
        "El estudiante no puede estar activo en otra institución. Si nunca estuvo matriculado, márquelo "
        "como «no aplica».",
        Condition(new_student=True, grades=frozenset(g.code for g in GRADES) - {"prejardin"})),
    DocumentRequirement(
        "photos", "Dos fotos 3×4 fondo blanco", "Para el carné y el observador del estudiante."),
    DocumentRequirement(
        "data_processing_consent", "Autorización de tratamiento de datos personales (Ley 1581 de 2012)",
        "Firmada por el representante legal (padre, madre o tutor) después de escuchar al estudiante; "
        "se renueva cada año.", ),
    DocumentRequirement(
        "disability_diagnosis", "Diagnóstico o certificado de discapacidad",
        "Para el PIAR (Decreto 1421 de 2017). Es un dato sensible: autorización expresa.",
        Condition(disability=True)),
)

DEFAULT_BY_CODE: dict[str, DocumentRequirement] = {r.code: r for r in DEFAULT_REQUIREMENTS}

# ---------------------------------------------------------------------------------------------------------
# School override (stored as JSON in school_settings):
# {
#   "version": 1,                                                  # optional; only 1 exists
#   "disabled": ["photos"],                                        # default items the school does not ask for
#   "overrides": {"vaccination_card": {"label": "...", "description": "...",
#                                       "when": {"levels": ["preescolar"]}}},   # change a default item
#   "custom": [{"code": "contrato", "label": "Contrato de matrícula firmado",
#               "description": "...", "when": {"new_student": true}}]          # the school's own items
# }
# "when" keys: grades (list of grade codes), levels (list of level codes; joined with grades),
# min_age, max_age (integers, inclusive), new_student, foreign, disability (true / false / null).
# An override's "when" replaces the default condition entirely.
# ---------------------------------------------------------------------------------------------------------

RULES_VERSION = 1  # bump when the format changes, so an older app refuses rules it would misread
_RULES_KEYS = frozenset({"disabled", "overrides", "custom", "version"})
_OVERRIDE_KEYS = frozenset({"label", "description", "when"})
_CUSTOM_KEYS = frozenset({"code", "label", "description", "when"})
_WHEN_KEYS = frozenset({"grades", "levels", "min_age", "max_age", "new_student", "foreign", "disability"})
_CODE = re.compile(r"[a-z][a-z0-9_]{1,49}")
MAX_LABEL_LENGTH = 200
_GRADE_CODES = frozenset(g.code for g in GRADES)


def _validate_when(when: Any, path: str) -> list[FieldError]:
    if not isinstance(when, Mapping):
        return [FieldError(path, "checklist_rules_not_object")]
    errors = [FieldError(f"{path}.{key}", "checklist_rules_unknown_key", {"key": key})
              for key in when if key not in _WHEN_KEYS]
    for key, known, code in (("grades", _GRADE_CODES, "checklist_grade_unknown"),
                             ("levels", frozenset(Level), "checklist_level_unknown")):
        values = when.get(key)
        if values is None:
            continue
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            errors.append(FieldError(f"{path}.{key}", "checklist_list_expected"))
            continue
        errors += [FieldError(f"{path}.{key}", code, {"value": v}) for v in values if v not in known]
    for key in ("min_age", "max_age"):
        value = when.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100):
            errors.append(FieldError(f"{path}.{key}", "checklist_age_invalid"))
    low, high = when.get("min_age"), when.get("max_age")
    if (isinstance(low, int) and isinstance(high, int) and not isinstance(low, bool)
            and not isinstance(high, bool) and low > high):
        errors.append(FieldError(f"{path}.min_age", "checklist_age_range_invalid", {"min": low, "max": high}))
    for key in ("new_student", "foreign", "disability"):
        value = when.get(key)
        if value is not None and not isinstance(value, bool):
            errors.append(FieldError(f"{path}.{key}", "checklist_flag_invalid"))
    return errors


def _validate_texts(item: Mapping[str, Any], path: str, label_required: bool) -> list[FieldError]:
    errors = []
    label = item.get("label")
    if label is None and not label_required:
        pass
    elif not isinstance(label, str) or not label.strip():
        errors.append(FieldError(f"{path}.label", "checklist_label_required"))
    elif len(label) > MAX_LABEL_LENGTH:
        errors.append(FieldError(f"{path}.label", "checklist_label_too_long", {"max": MAX_LABEL_LENGTH}))
    description = item.get("description")
    if description is not None and not isinstance(description, str):
        errors.append(FieldError(f"{path}.description", "checklist_text_expected"))
    return errors


def validate_school_rules(rules: Any, field: str = "checklist") -> list[FieldError]:
    """Every problem in a school's checklist override (empty list when it can be used)."""
    if rules is None:
        return []
    if not isinstance(rules, Mapping):
        return [FieldError(field, "checklist_rules_not_object")]
    errors = [FieldError(f"{field}.{key}", "checklist_rules_unknown_key", {"key": key})
              for key in rules if key not in _RULES_KEYS]
    if rules.get("version", RULES_VERSION) != RULES_VERSION:
        errors.append(FieldError(f"{field}.version", "checklist_version_unsupported",
                                 {"version": str(rules.get("version"))}))
    disabled = rules.get("disabled", [])
    if not isinstance(disabled, list) or not all(isinstance(c, str) for c in disabled):
        errors.append(FieldError(f"{field}.disabled", "checklist_list_expected"))
    else:
        errors += [FieldError(f"{field}.disabled", "checklist_requirement_unknown", {"code": c})
                   for c in disabled if c not in DEFAULT_BY_CODE]
    overrides = rules.get("overrides", {})
    if not isinstance(overrides, Mapping):
        errors.append(FieldError(f"{field}.overrides", "checklist_rules_not_object"))
    else:
        for code, change in overrides.items():
            path = f"{field}.overrides.{code}"
            if code not in DEFAULT_BY_CODE:
                errors.append(FieldError(path, "checklist_requirement_unknown", {"code": code}))
                continue
            if not isinstance(change, Mapping):
                errors.append(FieldError(path, "checklist_rules_not_object"))
                continue
            errors += [FieldError(f"{path}.{key}", "checklist_rules_unknown_key", {"key": key})
                       for key in change if key not in _OVERRIDE_KEYS]
            errors += _validate_texts(change, path, label_required=False)
            if "when" in change:
                errors += _validate_when(change["when"], f"{path}.when")
    custom = rules.get("custom", [])
    if not isinstance(custom, list):
        errors.append(FieldError(f"{field}.custom", "checklist_list_expected"))
        custom = []
    seen: set[str] = set()
    for index, item in enumerate(custom):
        path = f"{field}.custom[{index}]"
        if not isinstance(item, Mapping):
            errors.append(FieldError(path, "checklist_rules_not_object"))
            continue
        errors += [FieldError(f"{path}.{key}", "checklist_rules_unknown_key", {"key": key})
                   for key in item if key not in _CUSTOM_KEYS]
        code = item.get("code")
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            errors.append(FieldError(f"{path}.code", "checklist_code_invalid", {"code": str(code)}))
        elif code in DEFAULT_BY_CODE or code in seen:
            errors.append(FieldError(f"{path}.code", "checklist_code_duplicate", {"code": code}))
        else:
            seen.add(code)
        errors += _validate_texts(item, path, label_required=True)
        if "when" in item:
            errors += _validate_when(item["when"], f"{path}.when")
    return errors


def condition_from_json(when: Mapping[str, Any]) -> Condition:
    grades: set[str] | None = None
    if when.get("grades") is not None or when.get("levels") is not None:
        grades = set(when.get("grades") or ())
        for level in when.get("levels") or ():
            grades |= {g.code for g in grades_of_level(level)}
    return Condition(
        grades=frozenset(grades) if grades is not None else None,
        min_age=when.get("min_age"), max_age=when.get("max_age"),
        new_student=when.get("new_student"), foreign=when.get("foreign"), disability=when.get("disability"),
    )


def condition_to_json(condition: Condition) -> dict[str, Any]:
    """The "when" object for a condition (grades in school order), for a settings editor."""
    out: dict[str, Any] = {}
    if condition.grades is not None:
        out["grades"] = [g.code for g in GRADES if g.code in condition.grades]
    for key in ("min_age", "max_age", "new_student", "foreign", "disability"):
        value = getattr(condition, key)
        if value is not None:
            out[key] = value
    return out


def _grades_text(grades: frozenset[str]) -> str:
    """Whole levels by name, loose grades by label, in school order."""
    parts = []
    for level in Level:
        level_grades = grades_of_level(level)
        included = [g for g in level_grades if g.code in grades]
        if included and len(included) == len(level_grades):
            label = LEVEL_LABELS[level]
            parts.append(label[0].lower() + label[1:])
        else:
            parts += [g.label for g in included]
    if not parts:
        return "ningún grado"
    return ", ".join(parts[:-1]) + (" y " if len(parts) > 1 else "") + parts[-1]


def describe_condition(condition: Condition) -> str:
    """When a requirement applies, in Spanish for the settings screen ("Solo estudiantes nuevos; desde 7 años")."""
    parts = []
    if condition.new_student is not None:
        parts.append("solo estudiantes nuevos" if condition.new_student else "solo estudiantes antiguos")
    if condition.foreign is not None:
        parts.append("solo extranjeros" if condition.foreign else "solo colombianos")
    if condition.disability:
        parts.append("solo con discapacidad registrada")
    elif condition.disability is False:
        parts.append("solo sin discapacidad registrada")
    if condition.grades is not None and condition.grades != frozenset(g.code for g in GRADES):
        parts.append(_grades_text(condition.grades))
    if condition.min_age is not None and condition.max_age is not None:
        parts.append(f"de {condition.min_age} a {condition.max_age} años")
    elif condition.min_age is not None:
        parts.append(f"desde {condition.min_age} años")
    elif condition.max_age is not None:
        parts.append(f"hasta {condition.max_age} años")
    if not parts:
        return "Todos los estudiantes"
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


def school_requirements(school_rules: Mapping[str, Any] | None = None) -> list[DocumentRequirement]:
    """Every requirement the school uses (defaults minus disabled, with its changes, plus its own items).

    Raises ValidationFailed when the override is not valid.
    """
    errors = validate_school_rules(school_rules)
    if errors:
        raise ValidationFailed(errors)
    rules = school_rules or {}
    disabled = set(rules.get("disabled", []))
    overrides = rules.get("overrides", {})
    result = []
    for requirement in DEFAULT_REQUIREMENTS:
        if requirement.code in disabled:
            continue
        change = overrides.get(requirement.code)
        if change:
            requirement = replace(
                requirement,
                label=change.get("label") or requirement.label,
                description=change.get("description", requirement.description) or "",
                when=condition_from_json(change["when"]) if "when" in change else requirement.when,
            )
        result.append(requirement)
    for item in rules.get("custom", []):
        result.append(DocumentRequirement(
            item["code"], item["label"].strip(), item.get("description") or "",
            condition_from_json(item.get("when") or {}), custom=True,
        ))
    return result


def required_documents(
    context: ChecklistContext, school_rules: Mapping[str, Any] | None = None
) -> list[DocumentRequirement]:
    """The documents this student must bring, in the school's order."""
    return [r for r in school_requirements(school_rules) if r.when.applies(context)]


class ItemState(StrEnum):
    """State of one checklist document."""

    missing = "missing"
    received = "received"  # delivered, not yet checked
    validated = "validated"
    rejected = "rejected"  # with the reason, so the family knows what to bring
    waived = "waived"  # "no aplica" for this student, with the reason (e.g. never enrolled anywhere)


ITEM_STATE_LABELS: dict[ItemState, str] = {
    ItemState.missing: "Falta",
    ItemState.received: "Recibido (por validar)",
    ItemState.validated: "Validado",
    ItemState.rejected: "Rechazado",
    ItemState.waived: "No aplica",
}

# States that leave nothing for the family to do.
DONE_STATES = frozenset({ItemState.received, ItemState.validated, ItemState.waived})
STATES_NEEDING_REASON = frozenset({ItemState.rejected, ItemState.waived})
# Short enough to print on the checklist and to quote in the enrollment's status history.
MAX_ITEM_REASON_LENGTH = 300


@dataclass(frozen=True)
class ChecklistItem:
    """One requirement of one enrollment and where it stands."""

    requirement: DocumentRequirement
    state: ItemState = ItemState.missing
    reason: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


def checklist_complete(items: Iterable[ChecklistItem]) -> bool:
    """Ready for review: nothing missing or rejected."""
    return all(ItemState(item.state) in DONE_STATES for item in items)


def missing_items(items: Iterable[ChecklistItem]) -> list[ChecklistItem]:
    """The items the family still has to bring (missing or rejected), in order."""
    return [item for item in items if ItemState(item.state) not in DONE_STATES]


def item_state_action(state: ItemState | str) -> Action:
    """The permission needed to put an item in `state`."""
    return {
        ItemState.missing: Action.document_receive,  # undo a reception typed by mistake
        ItemState.received: Action.document_receive,
        ItemState.validated: Action.document_validate,
        ItemState.rejected: Action.document_reject,
        ItemState.waived: Action.document_waive,
    }[ItemState(state)]


def mark_item(
    item: ChecklistItem,
    state: ItemState | str,
    *,
    roles: Iterable[str],
    by_user_id: str | None,
    at: datetime,
    reason: str | None = None,
) -> ChecklistItem:
    """The item in its new state; raises NotAllowed, or ValidationFailed when a needed reason is missing."""
    try:
        new_state = ItemState(state)
    except ValueError:
        raise ValidationFailed("unknown_item_state", field="state", params={"state": str(state)}) from None
    require(list(roles), item_state_action(new_state))
    cleaned = (reason or "").strip()
    if new_state in STATES_NEEDING_REASON and not cleaned:
        code = "rejection_reason_required" if new_state is ItemState.rejected else "waiver_reason_required"
        raise ValidationFailed(code, field="reason", params={"document": item.requirement.label})
    if len(cleaned) > MAX_ITEM_REASON_LENGTH:
        raise ValidationFailed("reason_too_long", field="reason", params={"max": MAX_ITEM_REASON_LENGTH})
    return replace(item, state=new_state, reason=cleaned or None, updated_at=at, updated_by=by_user_id)
