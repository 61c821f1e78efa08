"""SchoolYearService on a real SQLite file: date rules for years and periods, one active year."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, NotAllowed, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import AcademicPeriodDraft, SchoolYearDraft
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore


@pytest.fixture
def years(store: LocalStore, context: TenantContext) -> SchoolYearService:
    return SchoolYearService(store, context)


def year_2026(**changes) -> SchoolYearDraft:
    values = {"name": "2026", "starts_on": date(2026, 1, 19), "ends_on": date(2026, 11, 27), **changes}
    return SchoolYearDraft(**values)


def period(number: int, starts: date, ends: date, name: str | None = None) -> AcademicPeriodDraft:
    return AcademicPeriodDraft(number, name or f"Periodo {number}", starts, ends)


def test_create_edit_and_list_years(years: SchoolYearService) -> None:
    created = years.create_year(year_2026())
    assert created.status == "planning"
    edited = years.update_year(created.id, year_2026(ends_on=date(2026, 12, 4)))
    assert edited.ends_on == date(2026, 12, 4)
    previous = years.create_year(SchoolYearDraft("2025", date(2025, 1, 20), date(2025, 11, 28)))
    assert [y.id for y in years.years()] == [created.id, previous.id]


def test_year_date_rules(years: SchoolYearService) -> None:
    with pytest.raises(ValidationFailed) as backwards:
        years.create_year(year_2026(ends_on=date(2026, 1, 1)))
    assert backwards.value.code == "school_year_dates_invalid" and backwards.value.field == "ends_on"
    assert backwards.value.message == "El año lectivo debe terminar después de empezar."
    years.create_year(year_2026())
    with pytest.raises(Conflict) as overlap:
        years.create_year(SchoolYearDraft("2026-B", date(2026, 11, 1), date(2027, 6, 30)))
    assert overlap.value.code == "school_year_overlap" and "2026" in overlap.value.message
    with pytest.raises(Conflict) as same_name:
        years.create_year(SchoolYearDraft("2026", date(2027, 1, 18), date(2027, 11, 26)))
    assert same_name.value.code == "school_year_name_duplicate"
    with pytest.raises(ValidationFailed) as no_name:
        years.create_year(SchoolYearDraft(" ", date(2030, 1, 1), date(2030, 2, 1)))
    assert no_name.value.code == "required"


def test_only_one_year_is_active(years: SchoolYearService) -> None:
    old = years.create_year(SchoolYearDraft("2025", date(2025, 1, 20), date(2025, 11, 28), status="active"))
    new = years.create_year(year_2026())
    years.activate(new.id)
    assert years.active_year().id == new.id
    assert years.get_year(old.id).status == "closed"
    third = years.create_year(SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26), status="active"))
    assert [y.id for y in years.years() if y.status == "active"] == [third.id]


def test_period_rules(years: SchoolYearService) -> None:
    year = years.create_year(year_2026())
    first = years.create_period(year.id, period(1, date(2026, 1, 19), date(2026, 4, 3)))
    years.create_period(year.id, period(2, date(2026, 4, 13), date(2026, 6, 19)))
    with pytest.raises(ValidationFailed) as outside:
        years.create_period(year.id, period(3, date(2026, 11, 1), date(2026, 12, 15)))
    assert outside.value.code == "period_outside_year"
    with pytest.raises(Conflict) as overlap:
        years.create_period(year.id, period(3, date(2026, 6, 1), date(2026, 8, 30)))
    assert overlap.value.code == "period_overlap" and "Periodo 2" in overlap.value.message
    with pytest.raises(Conflict) as duplicate:
        years.create_period(year.id, period(2, date(2026, 7, 6), date(2026, 9, 11)))
    assert duplicate.value.code == "period_number_duplicate"
    with pytest.raises(ValidationFailed) as backwards:
        years.create_period(year.id, period(3, date(2026, 9, 11), date(2026, 7, 6)))
    assert backwards.value.code == "period_dates_invalid"
    with pytest.raises(ValidationFailed) as zero:
        years.create_period(year.id, period(0, date(2026, 7, 6), date(2026, 9, 11)))
    assert zero.value.field == "number"
    moved = years.update_period(first.id, period(1, date(2026, 1, 26), date(2026, 4, 3), "Primer periodo"))
    assert moved.name == "Primer periodo"
    assert [p.number for p in years.periods(year.id)] == [1, 2]
    with pytest.raises(Conflict) as shrink:
        years.update_year(year.id, year_2026(starts_on=date(2026, 2, 1)))
    assert shrink.value.code == "period_outside_year"
    years.delete_period(first.id)
    assert [p.number for p in years.periods(year.id)] == [2]


def test_secretaries_cannot_edit_years(store: LocalStore, context: TenantContext) -> None:
    secretary = SchoolYearService(store, TenantContext(context.school_id, context.user_id, frozenset({"secretary"})))
    with pytest.raises(NotAllowed):
        secretary.create_year(year_2026())
    assert secretary.years() == []


def test_a_date_is_not_a_year_name(years: SchoolYearService) -> None:
    with pytest.raises(ValidationFailed) as bad:
        years.create_year(year_2026(name="26/11/2027"))
    assert bad.value.code == "school_year_name_invalid" and bad.value.field == "name"
    assert "2026-2027" in bad.value.message
    assert years.years() == []
    assert years.create_year(year_2026(name="2026-2027")).name == "2026-2027"
