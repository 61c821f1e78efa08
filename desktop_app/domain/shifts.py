"""School shifts (jornadas) with Spanish labels and SIMAT codes."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.text import fold


@dataclass(frozen=True)
class Shift:
    """One jornada."""

    code: str
    label: str
    simat_code: int | None


# SIMAT TIPO_JORNADA (Anexo 6A data dictionary, 2024): 1 Completa, 2 Mañana, 3 Tarde, 4 Nocturna,
# 5 Fin de semana, 6 Única.
_SHIFTS = (
    Shift("morning", "Mañana", 2),
    Shift("afternoon", "Tarde", 3),
    Shift("full_day", "Completa", 1),
    Shift("night", "Nocturna", 4),
    Shift("weekend", "Fin de semana", 5),
    Shift("single", "Jornada única", 6),
)

SHIFTS: dict[str, Shift] = {shift.code: shift for shift in _SHIFTS}

_ALIASES: dict[str, str] = {
    "manana": "morning", "jornada manana": "morning", "am": "morning",
    "tarde": "afternoon", "jornada tarde": "afternoon", "pm": "afternoon",
    "completa": "full_day", "jornada completa": "full_day",
    "nocturna": "night", "noche": "night", "jornada nocturna": "night",
    "fin de semana": "weekend", "sabatina": "weekend", "dominical": "weekend", "sabatino": "weekend",
    "unica": "single", "jornada unica": "single",
}


def shift_label(code: str | None) -> str:
    """The Spanish label for a shift code; an unknown code is shown as typed."""
    if not code:
        return ""
    shift = SHIFTS.get(code)
    return shift.label if shift else code


def find_shift(text: str | None) -> Shift | None:
    """Read a shift typed as a code or a Spanish word ("Mañana", "sabatina", "única"), or None."""
    key = fold(text)
    if key in SHIFTS:
        return SHIFTS[key]
    code = _ALIASES.get(key)
    return SHIFTS[code] if code else None
