"""S3, small scope: two PCs, three steps each on one student, every interleaving, with and without the
push replies lost after the server committed. After healing, both PCs and the server agree and both PCs'
edits of different fields survive (I3, I5)."""

from __future__ import annotations

import contextlib
import itertools
import random
import uuid
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.dto import StudentDraft
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from desktop_app.sync.transport import PsycopgTransport, TransportError
from tests.support.tenant_security import TEST_JWT_SECRET, desktop_conninfo, enable_desktop_login
from tests.sync.harness import Faults, FaultyTransport, Trial
from tests.sync.pc import Pc
from tests.sync.server.support import seed

STEPS = {"a": ("edit_gender", "sync", "edit_name"), "b": ("edit_extra", "sync", "deactivate")}


def interleavings() -> list[tuple[str, ...]]:
    """Every order of a's three steps and b's three steps that keeps each PC's own order (20)."""
    orders = set()
    for slots in itertools.combinations(range(6), 3):
        order = ["b"] * 6
        for slot in slots:
            order[slot] = "a"
        orders.add(tuple(order))
    return sorted(orders)


def _step(pc: Pc, step: str, student_id: str) -> None:
    row = pc.students.get(student_id)
    draft = dict(document_type=row.document_type, document_number=row.document_number, full_name=row.full_name,
                 birth_date=row.birth_date, gender=row.gender, extra_data=dict(row.extra_data))
    if step == "edit_gender":
        pc.students.update(student_id, StudentDraft(**{**draft, "gender": "F"}))
    elif step == "edit_name":
        pc.students.update(student_id, StudentDraft(**{**draft, "full_name": "Luisa Fernanda Gómez"}))
    elif step == "edit_extra":
        pc.students.update(student_id, StudentDraft(**{**draft, "extra_data": {**draft["extra_data"], "eps": "Sura"}}))
    elif step == "deactivate":
        pc.students.deactivate(student_id)
    else:
        with contextlib.suppress(TransportError):  # a lost reply: the server has it, this PC does not know yet
            pc.sync()


@pytest.mark.parametrize("lose_replies", [False, True], ids=["replies", "replies-lost"])
def test_every_interleaving_of_two_pcs_converges_and_keeps_both_edits(
    pg_cluster, pg_template, tmp_path: Path, lose_replies: bool
) -> None:
    failures = []
    for number, order in enumerate(interleavings()):
        name = f"s3_{uuid.uuid4().hex[:10]}"
        url = pg_cluster.create_database(name, template=pg_template)
        try:
            seed(url)
            owner = make_engine(url)
            set_jwt_secret(owner, TEST_JWT_SECRET)
            owner.dispose()
            enable_desktop_login(url)
            faults = Faults(drop_request=0, drop_reply=1.0 if lose_replies else 0, duplicate=0, crash=0)
            pcs = {}
            for label in ("a", "b"):
                transport = FaultyTransport(PsycopgTransport(desktop_conninfo(url)), random.Random(number), faults)
                transport.faults.enabled = False
                pcs[label] = Pc(url, tmp_path / f"{name}-{label}.sqlite3", transport=transport)
            kid = pcs["a"].students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
            pcs["a"].sync()
            pcs["b"].sync()
            faults.enabled = True
            done = {"a": 0, "b": 0}
            for label in order:
                _step(pcs[label], STEPS[label][done[label]], kid.id)
                done[label] += 1
            faults.enabled = False
            for _ in range(2):
                for pc in pcs.values():
                    pc.sync()
            trial = Trial(number, url, tmp_path)
            problems = trial.check(list(pcs.values()))
            for label, pc in pcs.items():
                row = pc.students.get(kid.id)
                if (row.gender, row.extra_data.get("eps"), row.full_name, row.is_active) != (
                        "F", "Sura", "Luisa Fernanda Gómez", False):
                    problems.append(f"I5 {label}: {row.gender, row.extra_data, row.full_name, row.is_active}")
            if problems:
                failures.append((order, problems))
            for pc in pcs.values():
                pc.close()
        finally:
            pg_cluster.drop_database(name)
    assert failures == [], failures[:3]
