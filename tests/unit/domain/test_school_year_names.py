"""A school year's name is a year, never a date (walk-through: "26/11/2027" was accepted and printed)."""

from __future__ import annotations

import pytest

from desktop_app.domain.school_years import is_valid_year_name


@pytest.mark.parametrize("name", ["2026", "2026-2027", "2026 - 2027", "2026/2027", "2026-B", "2026 b", " 2027 ", "Año 2027", "año lectivo 2026-2027"])
def test_years_are_accepted(name: str) -> None:
    assert is_valid_year_name(name)


@pytest.mark.parametrize("name", ["26/11/2027", "26", "Año", "Año 26/11/2027", "2026-2028", "2026-C", "1026", "20262", ""])
def test_dates_and_other_text_are_refused(name: str) -> None:
    assert not is_valid_year_name(name)
