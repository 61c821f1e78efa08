"""Promotion speed on a demo school of 5,000 students: plan, commit (one write), the list of batches, undo
(one write) and the re-run that revives the tombstones. No figure is fixed by the issue; all of it runs on the
task runner's worker thread, and the bounds below only catch a regression by an order of magnitude.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_promotion.py -s -p no:randomly
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.promotion import PromotionService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore

pytestmark = pytest.mark.benchmark


def test_promotion_of_5000_students(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "secretaria.sqlite3")
    school = load_demo_school(store, students=5_000, seed=13)
    SchoolYearService(store, school.context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
    service = PromotionService(store, school.context)
    timings: dict[str, float] = {}

    def timed(name: str, work):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        result = work()
        timings[name] = time.perf_counter() - started
        return result

    plan = timed("plan", lambda: service.plan(school.current_year_id, "2027"))
    result = timed("commit", lambda: service.commit(school.current_year_id, "2027"))
    batches = timed("batches", service.batches)
    timed("undo", lambda: service.undo(result.batch))
    again = timed("rerun", lambda: service.commit(school.current_year_id, "2027"))

    print(f"\n{len(plan.candidates)} candidates, {len(result.created_enrollment_ids)} created: "
          + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items()))
    assert len(batches) == 1 and set(again.created_enrollment_ids) == set(result.created_enrollment_ids)
    assert timings["plan"] < 5 and timings["batches"] < 5  # both run on the runner, not the UI thread
    assert timings["commit"] < 30 and timings["undo"] < 30 and timings["rerun"] < 60
    store.close()
