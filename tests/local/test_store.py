"""The local SQLite store on real files: pragmas, the outbox captured by triggers, transactions."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desktop_app.storage.local import LocalStore, default_store_path
from desktop_app.storage.local.session import ReadOnlySession


def outbox_rows(path: Path) -> list[dict]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in connection.execute("SELECT * FROM sync_outbox ORDER BY mutation_id")]
    finally:
        connection.close()


@pytest.fixture
def store(tmp_path: Path):
    with LocalStore.open(tmp_path / "nested" / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def school_id(store: LocalStore) -> str:
    with store.write() as session:
        return session.insert("schools", {"name": "Colegio Prueba"})["id"]


def student(school_id: str, number: str = "1012345678", **extra) -> dict:
    return {"school_id": school_id, "document_type": "TI", "document_number": number,
            "full_name": "Sofía Pérez", "birth_date": date(2012, 5, 1), **extra}


def test_default_path_is_in_the_users_data_directory() -> None:
    path = default_store_path()
    assert path.name == "secretaria.sqlite3"
    assert "SecretariaEscolar" in str(path.parent)


def test_file_is_created_with_wal_full_sync_and_foreign_keys(store: LocalStore) -> None:
    assert store.path.exists()
    with store.read() as session:
        assert session.execute_pragma("journal_mode") == "wal"
        assert session.execute_pragma("synchronous") == 2  # FULL
        assert session.execute_pragma("foreign_keys") == 1
        assert session.execute_pragma("busy_timeout") == 5000
    assert store.integrity_check() == "ok"


def test_insert_writes_the_row_and_an_insert_entry_in_the_same_transaction(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        row = session.insert("students", student(school_id, extra_data={"eps": "Sura"}))
    entries = outbox_rows(store.path)
    assert [e["op"] for e in entries] == ["insert", "insert"]
    assert entries[0]["tx_id"] != entries[1]["tx_id"]  # two write() blocks, two atomic upload units
    data = json.loads(entries[1]["data"])
    assert data["id"] == row["id"] and data["extra_data"] == {"eps": "Sura"} and data["is_active"] is True
    assert entries[1]["base"] is None and entries[1]["state"] == "pending" and entries[1]["attempts"] == 0


def test_one_write_block_is_one_tx_id(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        a = session.insert("students", student(school_id, "1000000001"))
        session.patch("students", a["id"], {"full_name": "Otra"}, school_id=school_id)
    entries = outbox_rows(store.path)[1:]
    assert len(entries) == 2 and entries[0]["tx_id"] == entries[1]["tx_id"]


def test_an_error_rolls_back_the_row_and_its_outbox_entry(store: LocalStore, school_id: str) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        session.insert("students", student(school_id))
        raise RuntimeError("the user's save failed halfway")
    with store.read() as session:
        assert session.find("students", school_id=school_id) == []
    assert len(outbox_rows(store.path)) == 1  # only the school
    with store.write() as session:  # the store is usable afterwards, and tx ids are never reused
        session.insert("students", student(school_id))
    tx_ids = [e["tx_id"] for e in outbox_rows(store.path)]
    assert len(set(tx_ids)) == 2


def test_patch_records_changed_columns_and_their_base(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        row = session.insert("students", student(school_id))
    with store.write() as session:
        session.patch("students", row["id"], {"full_name": "Sofía Pérez Núñez", "gender": None}, school_id=school_id)
    entry = outbox_rows(store.path)[-1]
    assert entry["op"] == "patch"
    assert set(json.loads(entry["data"])) == {"full_name"}  # updated_at is the server's (issue 9)
    assert json.loads(entry["base"])["full_name"] == "Sofía Pérez"


def test_only_local_columns_changing_writes_no_entry(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        row = session.insert("students", student(school_id))
    before = len(outbox_rows(store.path))
    with store.write() as session:
        session.patch("students", row["id"], {"server_seq": 42}, school_id=school_id)
    assert len(outbox_rows(store.path)) == before
    with store.write() as session:
        session.patch("students", row["id"], {"full_name": "X"}, school_id=school_id)
    assert outbox_rows(store.path)[-1]["base_seq"] == 42


def test_deactivation_is_a_patch_entry_and_hard_deletes_are_refused(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        row = session.insert("students", student(school_id))
    with store.write() as session:
        session.patch("students", row["id"], {"is_active": False}, school_id=school_id)
    assert outbox_rows(store.path)[-1]["op"] == "patch"
    with pytest.raises(IntegrityError, match="hard delete not allowed"), store.write() as session:
        session.delete("students", row["id"], school_id=school_id)


def test_link_removal_keeps_a_tombstone_and_is_a_delete_entry(store: LocalStore, school_id: str) -> None:
    with store.write() as session:
        kid = session.insert("students", student(school_id))
        mom = session.insert("guardians", {"school_id": school_id, "document_type": "CC",
                                           "document_number": "52123456", "full_name": "Ana Núñez"})
        link = session.insert("student_guardians", {"school_id": school_id, "student_id": kid["id"],
                                                    "guardian_id": mom["id"], "relationship": "madre"})
    with store.write() as session:
        session.delete("student_guardians", link["id"], school_id=school_id)
    entry = outbox_rows(store.path)[-1]
    assert (entry["op"], entry["table_name"], entry["row_id"]) == ("delete", "student_guardians", link["id"])
    assert set(json.loads(entry["data"])) == {"deleted_at"} and json.loads(entry["base"]) == {"deleted_at": None}
    with store.read() as session:  # the tombstone stays for sync, hidden from every look-up
        assert session.get("student_guardians", link["id"], school_id=school_id) is None
    with store.write() as session:  # linking the pair again revives the same row
        again = session.insert("student_guardians", {"school_id": school_id, "student_id": kid["id"],
                                                     "guardian_id": mom["id"], "relationship": "padre"})
    assert again["id"] == link["id"] and again["deleted_at"] is None and again["relationship"] == "padre"
    assert (outbox_rows(store.path)[-1]["op"], json.loads(outbox_rows(store.path)[-1]["data"])["deleted_at"]) == (
        "patch", None)


def test_a_write_outside_write_is_refused_by_the_database(store: LocalStore, school_id: str) -> None:
    connection = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=r"outside LocalStore\.write"):
            connection.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                               "VALUES ('x', ?, 'TI', '1', 'Sin outbox')", (school_id,))
        with pytest.raises(sqlite3.IntegrityError, match=r"outside LocalStore\.write"):
            connection.execute("UPDATE schools SET name = 'Cambiado a escondidas'")
    finally:
        connection.close()


def test_remote_rows_applied_by_sync_write_no_outbox_entry(store: LocalStore, school_id: str) -> None:
    before = len(outbox_rows(store.path))
    connection = sqlite3.connect(store.path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE sync_flags SET applying_remote = 1 WHERE id = 1")
        connection.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name, "
                           "server_seq) VALUES ('from-server', ?, 'TI', '1099', 'Del servidor', 7)", (school_id,))
        connection.execute("UPDATE sync_flags SET applying_remote = 0 WHERE id = 1")
        connection.execute("COMMIT")
    finally:
        connection.close()
    assert len(outbox_rows(store.path)) == before


def test_read_sessions_refuse_writes(store: LocalStore, school_id: str) -> None:
    with pytest.raises(ReadOnlySession), store.read() as session:
        session.insert("students", student(school_id))


def test_two_threads_writing_at_once_both_succeed(store: LocalStore, school_id: str) -> None:
    errors: list[BaseException] = []

    def save_many(offset: int) -> None:
        try:
            for i in range(30):
                with store.write() as session:
                    session.insert("students", student(school_id, str(1_000_000_000 + offset + i)))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=save_many, args=(n * 100,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.read() as session:
        assert len(session.find("students", school_id=school_id)) == 90
    assert len(outbox_rows(store.path)) == 91


def test_backup_is_a_consistent_openable_copy(store: LocalStore, school_id: str, tmp_path: Path) -> None:
    with store.write() as session:
        session.insert("students", student(school_id))
    target = tmp_path / "copia.sqlite3"
    store.backup_to(target)
    with LocalStore.open(target) as copy, copy.read() as session:
        assert len(session.find("students", school_id=school_id)) == 1
    assert len(outbox_rows(target)) == 2
