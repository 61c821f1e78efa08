"""A restored backup of a connected store (new client id, `needs_rebootstrap`): its new saves reach the
server, and what it had sent before the copy is not sent again over newer edits from other PCs (issue 9,
"Done when")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg

from desktop_app.services.dto import GuardianDraft
from desktop_app.services.students import StudentDraft
from desktop_app.storage.local.backup import LocalBackups
from tests.sync.server.support import SCHOOL_A


def synced(pc) -> None:
    for _ in range(5):
        if pc.sync().pending == 0:
            return
    raise AssertionError("the outbox never emptied")


def test_a_restored_backups_new_saves_reach_the_server(make_pc, sync_db, tmp_path: Path) -> None:
    a, b = make_pc("a", "secretary"), make_pc("b", "secretary")
    guardian = a.guardians.create(GuardianDraft("CC", "52123456", "Marta Gómez", phone="3001111111"))
    synced(a)
    a.guardians.update(guardian.id, GuardianDraft("CC", "52123456", "Marta Gómez", phone="3002222222"))
    synced(a)
    copy = tmp_path / "copia.zip"
    LocalBackups(a.store).write_backup(copy)
    after_copy = a.students.create(StudentDraft("TI", "1012345678", "Ana Pérez Ríos", date(2015, 4, 1)))
    synced(a)
    synced(b)
    b.guardians.update(guardian.id, GuardianDraft("CC", "52123456", "Marta Gómez", phone="3003333333"))
    synced(b)
    old_client = a.engine.identity.client_id

    LocalBackups(a.store).restore_backup(copy)  # closes the store: the app restarts on the restored file
    a.reopen()
    new = a.students.create(StudentDraft("TI", "1098765432", "Luis Díaz Mora", date(2014, 9, 9)))
    synced(a)

    assert a.engine.identity.client_id != old_client
    with psycopg.connect(sync_db) as conn:
        students = {i for (i,) in conn.execute("SELECT id::text FROM public.students WHERE school_id = %s", (SCHOOL_A,))}
        phone = conn.execute("SELECT phone FROM public.guardians WHERE id = %s", (guardian.id,)).fetchone()[0]
    assert {new.id, after_copy.id} <= students  # the new save is on the server; the later one came back
    assert phone == "3003333333"  # the copy's old edit was not pushed again over the other PC's newer one
    assert a.rows("SELECT count(*) FROM students WHERE id IN (?, ?)", (new.id, after_copy.id)) == [(2,)]
    assert a.rows("SELECT phone FROM guardians WHERE id = ?", (guardian.id,)) == [("3003333333",)]
    assert a.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    assert a.rows("SELECT needs_rebootstrap FROM sync_client") == [(0,)]
