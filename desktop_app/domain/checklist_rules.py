"""A school's changes to the default document list (JSON in school_settings): format, checks, effect."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop_app.domain.checklist_defaults import (
    DEFAULT_BY_CODE,
    DEFAULT_REQUIREMENTS,
    Condition,
    DocumentRequirement,
)
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.grades import GRADES, LEVEL_LABELS, Level, grades_of_level

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
