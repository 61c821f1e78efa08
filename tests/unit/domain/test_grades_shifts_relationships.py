"""Grades in order with levels, SIMAT codes and the age warning; shifts; relationships."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.grades import (
    GRADES,
    Level,
    age_on,
    age_warning,
    find_grade,
    grade_by_code,
    simat_age_date,
    validate_birth_date,
)
from desktop_app.domain.relationships import RELATIONSHIPS, relationship_label
from desktop_app.domain.shifts import SHIFTS, find_shift, shift_label


def test_grades_in_school_order_with_their_levels():
    codes = [g.code for g in GRADES]
    assert codes == ["prejardin", "jardin", "transicion", *[str(n) for n in range(1, 12)],
                     *[f"clei_{n}" for n in range(1, 7)]]
    levels = [g.level for g in GRADES]
    assert levels == ([Level.preescolar] * 3 + [Level.basica_primaria] * 5 + [Level.basica_secundaria] * 4
                      + [Level.media] * 2 + [Level.adultos] * 6)
    assert [grade_by_code(c).order for c in codes] == list(range(len(codes)))


def test_simat_grade_codes():
    assert [grade_by_code(c).simat_code for c in ("prejardin", "jardin", "transicion", "1", "11")] == [
        -2, -1, 0, 1, 11]
    assert [grade_by_code(f"clei_{n}").simat_code for n in range(1, 7)] == [21, 22, 23, 24, 25, 26]
    assert grade_by_code("5").label == "5°"
    assert grade_by_code("transicion").label == "Transición"


def test_unknown_grade_code_raises_key_error():
    with pytest.raises(KeyError):
        grade_by_code("12")


@pytest.mark.parametrize(("typed", "code"), [
    ("5°", "5"), ("05", "5"), ("quinto", "5"), ("Quinto", "5"), ("grado 5", "5"), ("Transición", "transicion"),
    ("0", "transicion"), ("Jardín", "jardin"), ("PREJARDÍN", "prejardin"), ("CLEI 3", "clei_3"),
    ("clei_6", "clei_6"), ("Undécimo", "11"), ("décimo", "10"),
])
def test_grades_typed_in_usual_ways_are_understood(typed, code):
    assert find_grade(typed).code == code


@pytest.mark.parametrize("typed", ["", None, "12", "clei 9", "sexto b"])
def test_unreadable_grades_give_none(typed):
    assert find_grade(typed) is None


def test_simat_counts_ages_on_the_30th_of_june():
    assert simat_age_date(2026) == date(2026, 6, 30)


def test_age_is_whole_years_completed():
    assert age_on(date(2019, 3, 10), date(2026, 3, 9)) == 6
    assert age_on(date(2019, 3, 10), date(2026, 3, 10)) == 7
    assert age_on(date(2020, 2, 29), date(2026, 2, 28)) == 5


def test_a_six_year_old_in_first_grade_is_no_warning():
    assert age_warning("1", date(2019, 5, 1), date(2026, 2, 1)) is None


def test_a_twelve_year_old_in_transicion_is_a_warning_not_an_error():
    warning = age_warning("transicion", date(2013, 5, 1), date(2026, 2, 1))
    assert warning.code == "age_unusual_for_grade"
    assert warning.field == "birth_date"
    assert warning.params["age"] == 12
    assert "12 años" in warning.message and "Transición" in warning.message


@given(st.sampled_from(GRADES), st.integers(min_value=0, max_value=80))
def test_warning_exactly_outside_the_grade_range(grade, age):
    on_date = date(2026, 2, 1)
    birth = date(on_date.year - age, 1, 15)
    warning = age_warning(grade.code, birth, on_date)
    outside = age < grade.min_age or (grade.max_age is not None and age > grade.max_age)
    assert (warning is not None) == outside


def test_adults_have_no_upper_age():
    assert age_warning("clei_4", date(1960, 1, 1), date(2026, 2, 1)) is None
    assert age_warning("clei_1", date(2016, 1, 1), date(2026, 2, 1)).code == "age_unusual_for_grade"


def test_no_warning_without_a_birth_date_or_a_known_grade():
    assert age_warning("5", None, date(2026, 2, 1)) is None
    assert age_warning("nope", date(2010, 1, 1), date(2026, 2, 1)) is None


def test_birth_date_rules():
    today = date(2026, 2, 1)
    assert validate_birth_date(date(2015, 1, 1), today) == []
    assert validate_birth_date(None, today) == []
    assert [e.code for e in validate_birth_date(date(2026, 2, 2), today)] == ["birth_date_in_future"]
    assert [e.code for e in validate_birth_date(date(1900, 1, 1), today)] == ["birth_date_too_old"]


def test_shifts_with_spanish_labels():
    assert {code: shift.label for code, shift in SHIFTS.items()} == {
        "morning": "Mañana", "afternoon": "Tarde", "full_day": "Completa", "night": "Nocturna",
        "weekend": "Fin de semana", "single": "Jornada única"}
    assert {code: shift.simat_code for code, shift in SHIFTS.items()} == {
        "full_day": 1, "morning": 2, "afternoon": 3, "night": 4, "weekend": 5, "single": 6}
    assert shift_label("single") == "Jornada única"
    assert shift_label("old_code") == "old_code"
    assert shift_label(None) == ""


@pytest.mark.parametrize(("typed", "code"), [("Mañana", "morning"), ("MANANA", "morning"), ("sabatina", "weekend"),
                                             ("Dominical", "weekend"), ("Única", "single"), ("night", "night")])
def test_shifts_typed_in_spanish_are_understood(typed, code):
    assert find_shift(typed).code == code


def test_relationships_have_labels():
    assert set(RELATIONSHIPS) == {"padre", "madre", "abuelo", "abuela", "tio", "tia", "hermano", "hermana",
                                  "padrastro", "madrastra", "tutor_legal", "acudiente", "otro"}
    assert relationship_label("tia") == "Tía"
    assert relationship_label("tutor_legal") == "Tutor(a) legal"
    assert relationship_label("vecino") == "vecino"
