"""Grades of the Colombian system in order, their level, SIMAT code and plausible ages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.errors import FieldError
from desktop_app.domain.text import fold


class Level(StrEnum):
    """Levels of Ley 115 de 1994 plus adult education (Decreto 3011 de 1997)."""

    preescolar = "preescolar"
    basica_primaria = "basica_primaria"
    basica_secundaria = "basica_secundaria"
    media = "media"
    adultos = "adultos"


LEVEL_LABELS: dict[Level, str] = {
    Level.preescolar: "Preescolar",
    Level.basica_primaria: "Básica primaria",
    Level.basica_secundaria: "Básica secundaria",
    Level.media: "Media",
    Level.adultos: "Educación de adultos (CLEI)",
}


@dataclass(frozen=True)
class Grade:
    """One grade; `min_age`/`max_age` bound the ages (on the reference date) that raise no warning."""

    code: str
    label: str
    level: Level
    simat_code: int | None
    min_age: int
    max_age: int | None  # None: no upper bound (adult education)

    @property
    def order(self) -> int:
        return GRADE_ORDER[self.code]


def _school_grade(number: int) -> Grade:
    level = (Level.basica_primaria if number <= 5 else
             Level.basica_secundaria if number <= 9 else Level.media)
    typical = number + 5  # 1° at six years old during the year
    # One year younger (early entry) to three older (repeaters, late entry, migrants) is common; beyond is
    # worth a second look, never a refusal.
    return Grade(str(number), f"{number}°", level, number, typical - 1, typical + 3)


def _clei(number: int) -> Grade:
    # CLEI 1–4 are básica for people of 13 or more; 5–6 are media (18+, or younger with básica finished).
    # SIMAT COD_GRADO 21–26 = "Ciclo 1" … "Ciclo 6" (Anexo 6A data dictionary, 2024).
    min_age = 13 if number <= 4 else 15
    return Grade(f"clei_{number}", f"CLEI {number}", Level.adultos, 20 + number, min_age, None)


GRADES: tuple[Grade, ...] = (
    Grade("prejardin", "Prejardín", Level.preescolar, -2, 2, 5),
    Grade("jardin", "Jardín", Level.preescolar, -1, 3, 6),
    Grade("transicion", "Transición", Level.preescolar, 0, 4, 7),
    *(_school_grade(n) for n in range(1, 12)),
    *(_clei(n) for n in range(1, 7)),
)

GRADE_ORDER: dict[str, int] = {grade.code: index for index, grade in enumerate(GRADES)}
_BY_CODE: dict[str, Grade] = {grade.code: grade for grade in GRADES}
# Accepted ways of typing a grade (imports, old data): "1°", "01", "primero", "Transición", "CLEI 3".
_ALIASES: dict[str, str] = {
    "pre-jardin": "prejardin", "pre jardin": "prejardin", "parvulos": "prejardin",
    "grado 0": "transicion", "0": "transicion", "-1": "jardin", "-2": "prejardin",
    "primero": "1", "segundo": "2", "tercero": "3", "cuarto": "4", "quinto": "5", "sexto": "6",
    "septimo": "7", "octavo": "8", "noveno": "9", "decimo": "10", "once": "11", "undecimo": "11",
}


def grade_by_code(code: str) -> Grade:
    """The grade with this code; raises KeyError for an unknown code."""
    return _BY_CODE[code]


def find_grade(text: str | None) -> Grade | None:
    """Read a grade typed in the usual ways ("5°", "05", "quinto", "Jardín", "clei 3"), or None."""
    key = fold(text).replace("°", "").replace("º", "").strip()
    if key in _BY_CODE:
        return _BY_CODE[key]
    if key.startswith("grado "):
        key = key.removeprefix("grado ").strip()
    if key.isdigit() and str(int(key)) in _BY_CODE:
        return _BY_CODE[str(int(key))]
    if key.startswith("clei"):
        number = key.removeprefix("clei").strip(" _-")
        return _BY_CODE.get(f"clei_{number}")
    alias = _ALIASES.get(key)
    return _BY_CODE[alias] if alias else None


def grades_of_level(level: Level | str) -> tuple[Grade, ...]:
    return tuple(grade for grade in GRADES if grade.level == level)


def age_on(birth_date: date, on_date: date) -> int:
    """Whole years completed on `on_date`."""
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - int(before_birthday)


def age_warning(grade_code: str, birth_date: date | None, on_date: date) -> FieldError | None:
    """A warning (never an error) when the age on `on_date` is unusual for the grade; None when plausible."""
    grade = _BY_CODE.get(grade_code)
    if grade is None or birth_date is None:
        return None
    age = age_on(birth_date, on_date)
    too_young = age < grade.min_age
    too_old = grade.max_age is not None and age > grade.max_age
    if not (too_young or too_old):
        return None
    return FieldError("birth_date", "age_unusual_for_grade", {
        "age": age, "grade": grade.label, "min_age": grade.min_age,
        "max_age": grade.max_age if grade.max_age is not None else "",
    })


def simat_age_date(year: int) -> date:
    """The date SIMAT computes a student's age on (EDAD: 30 June of the school year)."""
    return date(year, 6, 30)


# Nobody in a school register was born more than this many years ago.
MAX_PLAUSIBLE_AGE = 100


def validate_birth_date(birth_date: date | None, today: date, field: str = "birth_date") -> list[FieldError]:
    """Errors for a birth date: not in the future, not absurdly old. An empty date is allowed."""
    if birth_date is None:
        return []
    if birth_date > today:
        return [FieldError(field, "birth_date_in_future")]
    if age_on(birth_date, today) > MAX_PLAUSIBLE_AGE:
        return [FieldError(field, "birth_date_too_old", {"max_age": MAX_PLAUSIBLE_AGE})]
    return []
