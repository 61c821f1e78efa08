"""School years (años lectivos) and their academic periods, with their date rules.

Rules: a year's name is a year ("2026", "2026-2027", "2026-B": `domain/school_years.py`); a year ends on or after it starts and does not overlap another year of the school; its name is
unique; only one year is active at a time (activating one closes the one that was active). A period lies
inside its year, does not overlap another period of that year, and its number is unique in the year.
"""

from __future__ import annotations

from desktop_app.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from desktop_app.domain.ids import academic_period_id
from desktop_app.domain.permissions import Action
from desktop_app.domain.school_years import is_valid_year_name
from desktop_app.domain.text import require_clean_draft
from desktop_app.services._base import Service, clean_text
from desktop_app.services.dto import AcademicPeriodDraft, AcademicPeriodRow, SchoolYearDraft, SchoolYearRow
from desktop_app.services.ports import Record, StoreSession

YEAR_STATUSES = ("planning", "active", "closed", "archived")
PERIOD_STATUSES = ("draft", "open", "closed", "published")
MAX_YEAR_NAME = 30
MAX_PERIOD_NAME = 50


def year_row(record: Record) -> SchoolYearRow:
    return SchoolYearRow(id=record["id"], name=record["name"], starts_on=record["starts_on"],
                         ends_on=record["ends_on"], status=record["status"])


def period_row(record: Record) -> AcademicPeriodRow:
    return AcademicPeriodRow(id=record["id"], school_year_id=record["school_year_id"], number=record["number"],
                             name=record["name"], starts_on=record["starts_on"], ends_on=record["ends_on"],
                             status=record["status"])


class SchoolYearService(Service):
    """Creates and edits the school's years and periods."""

    def years(self) -> list[SchoolYearRow]:
        """Every year of the school, the most recent first."""
        self._require(Action.student_view)
        with self._store.read() as session:
            records = session.find("school_years", school_id=self._school_id, order_by=("starts_on",))
        return [year_row(r) for r in reversed(records)]

    def get_year(self, year_id: str) -> SchoolYearRow:
        self._require(Action.student_view)
        with self._store.read() as session:
            return year_row(self._year(session, year_id))

    def active_year(self) -> SchoolYearRow | None:
        self._require(Action.student_view)
        with self._store.read() as session:
            found = session.find("school_years", school_id=self._school_id, status="active")
        return year_row(found[0]) if found else None

    def create_year(self, draft: SchoolYearDraft) -> SchoolYearRow:
        self._require(Action.school_year_edit)
        values = self._validated_year(draft)
        with self._store.write() as session:
            self._check_year_against_others(session, values, exclude_id=None)
            if values["status"] == "active":
                self._close_active(session, exclude_id=None)
            record = session.insert("school_years", {**values, "school_id": self._school_id})
        return year_row(record)

    def update_year(self, year_id: str, draft: SchoolYearDraft) -> SchoolYearRow:
        self._require(Action.school_year_edit)
        values = self._validated_year(draft)
        with self._store.write() as session:
            self._year(session, year_id)
            self._check_year_against_others(session, values, exclude_id=year_id)
            for period in session.find("academic_periods", school_id=self._school_id, school_year_id=year_id):
                if period["starts_on"] < values["starts_on"] or period["ends_on"] > values["ends_on"]:
                    raise Conflict("period_outside_year", field="ends_on", params={"period": period["name"]})
            if values["status"] == "active":
                self._close_active(session, exclude_id=year_id)
            record = session.patch("school_years", year_id, values, school_id=self._school_id)
        return year_row(record)

    def activate(self, year_id: str) -> SchoolYearRow:
        """Make this the active year; the year active until now is closed in the same transaction."""
        self._require(Action.school_year_edit)
        with self._store.write() as session:
            self._year(session, year_id)
            self._close_active(session, exclude_id=year_id)
            record = session.patch("school_years", year_id, {"status": "active"}, school_id=self._school_id)
        return year_row(record)

    def periods(self, year_id: str) -> list[AcademicPeriodRow]:
        self._require(Action.student_view)
        with self._store.read() as session:
            records = session.find("academic_periods", school_id=self._school_id, school_year_id=year_id,
                                   order_by=("number",))
        return [period_row(r) for r in records]

    def create_period(self, year_id: str, draft: AcademicPeriodDraft) -> AcademicPeriodRow:
        self._require(Action.school_year_edit)
        values = self._validated_period(draft)
        with self._store.write() as session:
            year = self._year(session, year_id)
            self._check_period(session, year, values, exclude_id=None)
            record = session.insert("academic_periods", {
                **values, "id": academic_period_id(year_id, values["number"]), "school_id": self._school_id, "school_year_id": year_id,
            })
        return period_row(record)

    def update_period(self, period_id: str, draft: AcademicPeriodDraft) -> AcademicPeriodRow:
        self._require(Action.school_year_edit)
        values = self._validated_period(draft)
        with self._store.write() as session:
            period = session.get("academic_periods", period_id, school_id=self._school_id)
            if period is None:
                raise NotFound("not_found", field="period_id")
            year = self._year(session, period["school_year_id"])
            self._check_period(session, year, values, exclude_id=period_id)
            record = session.patch("academic_periods", period_id, values, school_id=self._school_id)
        return period_row(record)

    def delete_period(self, period_id: str) -> None:
        """Remove a period typed by mistake (recorded for sync as a delete)."""
        self._require(Action.school_year_edit)
        with self._store.write() as session:
            if session.get("academic_periods", period_id, school_id=self._school_id) is None:
                raise NotFound("not_found", field="period_id")
            session.delete("academic_periods", period_id, school_id=self._school_id)

    def _validated_year(self, draft: SchoolYearDraft) -> Record:
        require_clean_draft(draft)  # types (a date, not a datetime) and control characters (domain.text)
        errors: list[FieldError] = []
        name = clean_text(draft.name)
        if not name:
            errors.append(FieldError("name", "required"))
        elif len(name) > MAX_YEAR_NAME:
            errors.append(FieldError("name", "too_long", {"max": MAX_YEAR_NAME}))
        elif not is_valid_year_name(name):
            errors.append(FieldError("name", "school_year_name_invalid"))
        if draft.ends_on < draft.starts_on:
            errors.append(FieldError("ends_on", "school_year_dates_invalid"))
        if draft.status not in YEAR_STATUSES:
            errors.append(FieldError("status", "invalid_value", {"value": draft.status}))
        if errors:
            raise ValidationFailed(errors)
        return {"name": name, "starts_on": draft.starts_on, "ends_on": draft.ends_on, "status": draft.status}

    def _check_year_against_others(self, session: StoreSession, values: Record, *, exclude_id: str | None) -> None:
        for other in session.find("school_years", school_id=self._school_id):
            if other["id"] == exclude_id:
                continue
            if other["name"].casefold() == values["name"].casefold():
                raise Conflict("school_year_name_duplicate", field="name", params={"year": other["name"]})
            if other["starts_on"] <= values["ends_on"] and values["starts_on"] <= other["ends_on"]:
                raise Conflict("school_year_overlap", field="starts_on", params={"year": other["name"]})

    def _close_active(self, session: StoreSession, *, exclude_id: str | None) -> None:
        for other in session.find("school_years", school_id=self._school_id, status="active"):
            if other["id"] != exclude_id:
                session.patch("school_years", other["id"], {"status": "closed"}, school_id=self._school_id)

    def _year(self, session: StoreSession, year_id: str) -> Record:
        record = session.get("school_years", year_id, school_id=self._school_id)
        if record is None:
            raise NotFound("not_found", field="school_year_id")
        return record

    def _validated_period(self, draft: AcademicPeriodDraft) -> Record:
        require_clean_draft(draft)  # types (a date, not a datetime) and control characters (domain.text)
        errors: list[FieldError] = []
        name = clean_text(draft.name)
        if not name:
            errors.append(FieldError("name", "required"))
        elif len(name) > MAX_PERIOD_NAME:
            errors.append(FieldError("name", "too_long", {"max": MAX_PERIOD_NAME}))
        if not isinstance(draft.number, int) or draft.number < 1:
            errors.append(FieldError("number", "invalid_value", {"value": draft.number}))
        if draft.ends_on < draft.starts_on:
            errors.append(FieldError("ends_on", "period_dates_invalid"))
        if draft.status not in PERIOD_STATUSES:
            errors.append(FieldError("status", "invalid_value", {"value": draft.status}))
        if errors:
            raise ValidationFailed(errors)
        return {"number": draft.number, "name": name, "starts_on": draft.starts_on, "ends_on": draft.ends_on,
                "status": draft.status}

    def _check_period(self, session: StoreSession, year: Record, values: Record, *, exclude_id: str | None) -> None:
        if values["starts_on"] < year["starts_on"] or values["ends_on"] > year["ends_on"]:
            raise ValidationFailed("period_outside_year", field="starts_on")
        for other in session.find("academic_periods", school_id=self._school_id, school_year_id=year["id"]):
            if other["id"] == exclude_id:
                continue
            if other["number"] == values["number"]:
                raise Conflict("period_number_duplicate", field="number", params={"number": values["number"]})
            if other["starts_on"] <= values["ends_on"] and values["starts_on"] <= other["ends_on"]:
                raise Conflict("period_overlap", field="starts_on", params={"period": other["name"]})
