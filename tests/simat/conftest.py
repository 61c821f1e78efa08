"""SIMAT services on a real SQLite store: the demo school, or a year holding the 12 planted defects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.context import TenantContext
from desktop_app.services.demo import DemoSchool, load_demo_school
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from tests.simat.planted import SETTINGS, YEAR, planted


@dataclass(frozen=True)
class PlantedSchool:
    store: LocalStore
    context: TenantContext
    year_id: str
    student_ids: tuple[str, ...]
    enrollment_ids: tuple[str, ...]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def demo(store: LocalStore) -> DemoSchool:
    return load_demo_school(store, students=120, seed=12)


@pytest.fixture
def school(store: LocalStore) -> PlantedSchool:
    context = LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana Secretaria")
    school_id = context.school_id
    with store.write() as session:
        session.patch("school_settings", school_id, {"simat_settings": SETTINGS}, school_id=school_id)
        year = session.insert("school_years", {"school_id": school_id, "name": str(YEAR), "status": "active",
                                               "starts_on": date(YEAR, 1, 19), "ends_on": date(YEAR, 11, 27)})
        students, enrollments = [], []
        for student, enrollment in planted():
            saved = session.insert("students", {**student, "school_id": school_id})
            students.append(saved["id"])
            enrollments.append(session.insert("enrollments", {
                **enrollment, "school_id": school_id, "student_id": saved["id"], "school_year_id": year["id"],
            })["id"])
    return PlantedSchool(store, context, year["id"], tuple(students), tuple(enrollments))
