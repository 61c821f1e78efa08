"""Stores as an older release wrote them, written with plain SQL (today's session code knows only head).

The first release's services did exactly these statements through the capture triggers of that version,
so the outbox entries are the ones such a file really holds.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from desktop_app.domain.text import fold
from desktop_app.storage.local.store import upgrade_file


def _tx(connection: sqlite3.Connection) -> None:
    connection.execute("UPDATE sync_tx SET current_tx = next_tx, next_tx = next_tx + 1 WHERE id = 1")


def _end_tx(connection: sqlite3.Connection) -> None:
    connection.execute("UPDATE sync_tx SET current_tx = NULL WHERE id = 1")
    connection.commit()


def write_old_store(path: Path, revision: str, *, students: int = 20) -> dict[str, object]:
    """A store at `revision` with a school, `students` students (the first renamed, the second deactivated)
    and a guardian linked to the first then unlinked: every entry still pending. Returns the ids."""
    upgrade_file(path, revision)
    school_id, user_id = str(uuid.uuid4()), str(uuid.uuid4())
    connection = sqlite3.connect(path)
    try:
        _tx(connection)
        connection.execute("INSERT INTO schools (id, name) VALUES (?, 'Colegio Antiguo')", (school_id,))
        connection.execute("INSERT INTO school_settings (school_id) VALUES (?)", (school_id,))
        connection.execute("INSERT INTO users (id, email, full_name) VALUES (?, ?, 'Ana')",
                           (user_id, f"local-{user_id}@localhost"))
        connection.execute("INSERT INTO school_memberships (id, school_id, user_id, roles) VALUES (?, ?, ?, ?)",
                           (str(uuid.uuid4()), school_id, user_id, '["rector", "secretary"]'))
        connection.execute("INSERT INTO sync_client (id, client_id, school_id, user_id, mode) "
                           "VALUES (1, ?, ?, ?, 'local')", (str(uuid.uuid4()), school_id, user_id))
        _end_tx(connection)
        ids = []
        for i in range(students):
            _tx(connection)
            student_id, name = str(uuid.uuid4()), f"Niña Pérez {i}"
            number = str(1_000_000_000 + i)
            connection.execute(
                "INSERT INTO students (id, school_id, document_type, document_number, full_name, birth_date, "
                "sort_name, search_text) VALUES (?, ?, 'TI', ?, ?, '2012-01-01', ?, ?)",
                (student_id, school_id, number, name, fold(name), f"{fold(name)} {number}"))
            _end_tx(connection)
            ids.append(student_id)
        _tx(connection)
        renamed = "Niña Pérez Núñez"
        connection.execute("UPDATE students SET full_name = ?, sort_name = ?, search_text = ? WHERE id = ?",
                           (renamed, fold(renamed), f"{fold(renamed)} 1000000000", ids[0]))
        _end_tx(connection)
        _tx(connection)
        connection.execute("UPDATE students SET is_active = 0 WHERE id = ?", (ids[1],))
        _end_tx(connection)
        guardian_id, link_id = str(uuid.uuid4()), str(uuid.uuid4())
        _tx(connection)
        connection.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name) "
                           "VALUES (?, ?, 'CC', '52123456', 'Marta Núñez')", (guardian_id, school_id))
        connection.execute("INSERT INTO student_guardians (id, school_id, student_id, guardian_id, relationship, "
                           "is_primary) VALUES (?, ?, ?, ?, 'madre', 1)", (link_id, school_id, ids[0], guardian_id))
        _end_tx(connection)
        _tx(connection)
        connection.execute("DELETE FROM student_guardians WHERE id = ?", (link_id,))
        _end_tx(connection)
    finally:
        connection.close()
    return {"school_id": school_id, "user_id": user_id, "students": ids, "guardian_id": guardian_id,
            "link_id": link_id}
