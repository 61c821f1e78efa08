"""Properties over random sequences of service calls, each example on a fresh real SQLite file.

1. Guardian links: whatever sequence of link / unlink / reorder / make-primary, a student with guardians has
   exactly one primary and priorities 1..n.
2. The outbox is a faithful change log: replaying its entries (insert = full row, patch/delete = changed
   columns) rebuilds every student row exactly, and each entry's `base` is the row's state just before it.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.services.guardians import GuardianService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.schema import captured_columns

GUARDIANS = 4
link_steps = st.lists(
    st.tuples(st.sampled_from(["link", "unlink", "primary", "move", "reorder"]),
              st.integers(0, GUARDIANS - 1), st.integers(1, GUARDIANS), st.randoms(use_true_random=False)),
    min_size=1, max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(link_steps)
def test_links_always_have_one_primary_and_dense_priorities(steps) -> None:
    with tempfile.TemporaryDirectory() as folder, LocalStore.open(Path(folder) / "s.sqlite3") as store:
        context = LocalSetup(store).bootstrap()
        kid = StudentService(store, context).create(StudentDraft("TI", "1012345678", "Niña Prueba", None)).id
        service = GuardianService(store, context)
        people = [service.create(GuardianDraft("CC", f"5212345{n}", f"Acudiente {n}")).id for n in range(GUARDIANS)]
        for action, who, position, rng in steps:
            linked = [row.guardian.id for row in service.guardians_of(kid)]
            try:
                if action == "link":
                    service.link(kid, people[who], GuardianLinkDraft("acudiente", is_primary=position == 1,
                                                                     priority=position))
                elif action == "unlink":
                    service.unlink(kid, people[who])
                elif action == "primary":
                    service.update_link(kid, people[who], GuardianLinkDraft("acudiente", is_primary=True))
                elif action == "move":
                    current = next(r for r in service.guardians_of(kid) if r.guardian.id == people[who])
                    service.update_link(kid, people[who], GuardianLinkDraft(
                        "acudiente", is_primary=current.is_primary, priority=position))
                else:
                    rng.shuffle(linked)
                    service.reorder(kid, linked)
            except (DomainError, StopIteration):
                pass  # refused moves (already linked, not linked) must leave the invariant intact too
            rows = service.guardians_of(kid)
            assert [row.priority for row in rows] == list(range(1, len(rows) + 1))
            assert sum(row.is_primary for row in rows) == (1 if rows else 0)


student_steps = st.lists(
    st.tuples(st.sampled_from(["create", "rename", "birth", "deactivate", "reactivate", "extra"]),
              st.integers(0, 5), st.text(alphabet="abcdeñáé ", min_size=1, max_size=12)),
    min_size=1, max_size=30,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(student_steps)
def test_replaying_the_outbox_rebuilds_every_row(steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.sqlite3"
        with LocalStore.open(path) as store:
            context = LocalSetup(store).bootstrap()
            service = StudentService(store, context)
            ids: list[str] = []
            for action, index, text in steps:
                try:
                    if action == "create" or not ids:
                        ids.append(service.create(StudentDraft("TI", f"10{len(ids):08d}", f"Nombre {text}",
                                                               None), allow_similar=True).id)
                        continue
                    target = service.get(ids[index % len(ids)])
                    draft = StudentDraft(target.document_type, target.document_number, target.full_name,
                                         target.birth_date, target.gender, target.extra_data)
                    if action == "rename":
                        service.update(target.id, StudentDraft(draft.document_type, draft.document_number,
                                                               f"Otro {text}", draft.birth_date))
                    elif action == "birth":
                        service.update(target.id, StudentDraft(draft.document_type, draft.document_number,
                                                               draft.full_name, date(2010, 1, 1 + index)))
                    elif action == "extra":
                        service.update(target.id, StudentDraft(draft.document_type, draft.document_number,
                                                               draft.full_name, draft.birth_date,
                                                               extra_data={"nota": text}))
                    elif action == "deactivate":
                        service.deactivate(target.id)
                    else:
                        service.reactivate(target.id)
                except DomainError:
                    pass
        replayed: dict[str, dict] = {}
        connection = sqlite3.connect(path)
        try:
            for row_id, op, data, base in connection.execute(
                "SELECT row_id, op, data, base FROM sync_outbox WHERE table_name = 'students' ORDER BY mutation_id"
            ):
                data = json.loads(data)
                if op == "insert":
                    assert row_id not in replayed
                    replayed[row_id] = data
                else:
                    before = json.loads(base)
                    assert {k: replayed[row_id][k] for k in before} == before
                    replayed[row_id].update(data)
            names = [c.name for c in captured_columns("students")]
            connection.row_factory = sqlite3.Row
            actual = {row["id"]: row for row in connection.execute(
                "SELECT " + ", ".join(f"json_object({', '.join(repr(n) + ', ' + _as_json(n) for n in names)}) "
                                      "AS doc, id" for _ in [0]) + " FROM students")}
        finally:
            connection.close()
        assert replayed.keys() == actual.keys()
        for row_id, row in actual.items():
            assert json.loads(row["doc"]) == replayed[row_id]


def _as_json(column: str) -> str:
    if column in ("extra_data", "piar_data"):
        return f"json({column})"
    if column == "is_active":
        return f"CASE WHEN {column} THEN json('true') ELSE json('false') END"
    return column
