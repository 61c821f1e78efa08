"""Signing in on a PC asks for a full pull when what the server sends may differ (another user, or the same
user with other roles: the PIAR is withheld from some), and only then."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from pathlib import Path

from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore


def _asked(store: LocalStore) -> int:
    connection = sqlite3.connect(store.path)
    try:
        return int(connection.execute("SELECT needs_rebootstrap FROM sync_client WHERE id = 1").fetchone()[0])
    finally:
        connection.close()


def _clear(store: LocalStore) -> None:
    connection = sqlite3.connect(store.path)
    try:
        with connection:
            connection.execute("UPDATE sync_client SET needs_rebootstrap = 0 WHERE id = 1")
    finally:
        connection.close()


def test_a_new_user_or_new_roles_ask_for_a_full_pull(tmp_path: Path) -> None:
    school = str(uuid.uuid4())
    teacher = TenantContext(school, str(uuid.uuid4()), frozenset({"teacher"}), "Docente")
    with LocalStore.open(tmp_path / "pc.sqlite3") as store:
        setup = LocalSetup(store)
        setup.adopt(teacher, school_name="Colegio", user_email="docente@colegio.edu.co")
        assert _asked(store) == 0  # a new file pulls from zero anyway
        setup.adopt(teacher, school_name="Colegio", user_email="docente@colegio.edu.co")
        assert _asked(store) == 0  # the same user with the same roles: the cursor stays
        setup.adopt(dataclasses.replace(teacher, roles=frozenset({"teacher", "secretary"})), school_name="Colegio",
                    user_email="docente@colegio.edu.co")
        assert _asked(store) == 1  # promoted: now sent the PIAR
        _clear(store)
        secretary = TenantContext(school, str(uuid.uuid4()), frozenset({"secretary"}), "Secretaria")
        setup.adopt(secretary, school_name="Colegio", user_email="secretaria@colegio.edu.co")
        assert _asked(store) == 1  # another user
