"""Promoción al año siguiente: the next grade, the default outcome and the proposed group."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.grades import GRADE_ORDER, GRADES


class Outcome(StrEnum):
    """One per student (RosarioSIS's per-student "Rolling / Retention")."""

    promoted = "promovido"
    repeats = "repitente"
    graduated = "graduado"
    leaves = "no_continua"


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.promoted: "Promovido(a)", Outcome.repeats: "Repitente", Outcome.graduated: "Graduado(a)",
    Outcome.leaves: "No continúa",
}
LAST_GRADES = frozenset({"11", "clei_6"})


def next_grade(code: str) -> str | None:
    """prejardín→jardín→transición→1°…11°, CLEI n→n+1; None after 11° and CLEI 6 (and for unknown codes)."""
    if code in LAST_GRADES or code not in GRADE_ORDER:
        return None
    following = GRADES[GRADE_ORDER[code] + 1]
    return following.code


def default_outcome(grade_code: str) -> Outcome:
    return Outcome.graduated if grade_code in LAST_GRADES else Outcome.promoted


def proposed_group(group_code: str | None, grade_code: str, target_grade: str | None) -> str | None:
    """'601' in 6° → '701' in 7° when the code starts with the grade's number; otherwise None (left empty).
    A repeater keeps the group code only when it starts with the same grade (the grade does not change)."""
    if not group_code or target_grade is None or not grade_code.isdigit() or not target_grade.isdigit():
        return None
    if not group_code.startswith(grade_code) or not group_code[len(grade_code):].isdigit():
        return None
    return target_grade + group_code[len(grade_code):]
