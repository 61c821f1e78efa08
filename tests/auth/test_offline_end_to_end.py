"""The secretary's day with a broken internet link: sign in, work, the servers go away, the app is
restarted offline and she keeps working, the servers come back, she signs in again: nothing is lost, and
no token is written anywhere but the keyring (data directory, config file and logs are scanned)."""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from pathlib import Path

import psycopg
from supabase_auth.constants import STORAGE_KEY

from desktop_app.config import write_config
from desktop_app.devstack.seed import SCHOOL_A, SCHOOL_B
from desktop_app.integrations.keyring_store import KeyringSessionStorage
from desktop_app.logging_setup import configure_logging
from desktop_app.services.auth import SessionState
from desktop_app.services.dto import StudentDraft
from desktop_app.services.students import StudentService
from desktop_app.storage.local.store import LocalStore
from desktop_app.storage.tenant_db import DESKTOP_ROLE
from tests.auth.conftest import Stack

JWT = re.compile(rb"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def open_local_store(data_dir: Path, school_id: str, school_name: str) -> LocalStore:
    store = LocalStore.open(data_dir / "secretaria.sqlite")
    with store.write() as session:
        if not session.find("schools", school_id=school_id, id=school_id):
            # What the first sync pull brings; inserted here because this test is about sign-in.
            session.insert("schools", {"id": school_id, "name": school_name})
    return store


def test_work_survives_offline_restart_and_sign_in_again_with_no_token_outside_the_keyring(
    stack: Stack, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    log_file = configure_logging(data_dir / "logs", level=logging.DEBUG)
    config_path = write_config(tmp_path / "config.toml", stack.config)
    keyring_store = KeyringSessionStorage(backend=stack.keyring)
    secretary = stack.users["secretaria"]
    seen_tokens: set[str] = set()

    def remember_session_tokens() -> None:
        raw = keyring_store.get_item(STORAGE_KEY)
        if raw:
            session = json.loads(raw)
            seen_tokens.update({session["access_token"], session["refresh_token"]})

    try:
        # Morning, online: sign in, pick the school, register a student.
        app = stack.app()
        status = app.service.sign_in(secretary.email, secretary.password)
        status = app.service.choose_school(SCHOOL_A.id)
        assert status.state is SessionState.ONLINE
        remember_session_tokens()
        app.auth.access_token()
        logging.getLogger("desktop_app.test").info("token in a careless log line: %s", app.auth.access_token())
        with open_local_store(data_dir, SCHOOL_A.id, SCHOOL_A.name) as store:
            students = StudentService(store, status.tenant_context())
            ana = students.create(StudentDraft("TI", "1020304050", "Ana María Torres", date(2012, 3, 4)))
        app.close()

        # Noon: the internet is gone (auth server down, database refuses the desktop role).
        stack.auth.stop()
        with psycopg.connect(stack.owner_url, autocommit=True) as conn:
            conn.execute(f"ALTER ROLE {DESKTOP_ROLE} NOLOGIN")
        app = stack.app()
        status = app.service.start()
        assert status.state is SessionState.OFFLINE and status.can_work
        assert "Sin conexión" in status.message and status.school.school_id == SCHOOL_A.id
        with open_local_store(data_dir, SCHOOL_A.id, SCHOOL_A.name) as store:
            students = StudentService(store, status.tenant_context())
            students.update(ana.id, StudentDraft("TI", "1020304050", "Ana María Torres Gil", date(2012, 3, 4)))
            luis = students.create(StudentDraft("RC", "1122334455", "Luis Felipe Mora", date(2017, 8, 9)))
        # Meanwhile an administrator closes every session of this user on the server side.
        app.close()

        # Afternoon: servers back; the session was revoked meanwhile, so she signs in again.
        stack.auth.start()
        with psycopg.connect(stack.owner_url, autocommit=True) as conn:
            conn.execute(f"ALTER ROLE {DESKTOP_ROLE} LOGIN")
        with stack.auth.state.lock:
            for session_id in list(stack.auth.state.sessions):
                stack.auth.state.delete_session(session_id)
        app = stack.app()
        status = app.service.start()
        assert status.state is SessionState.MUST_SIGN_IN and "se conservan" in status.message
        status = app.service.sign_in(secretary.email, secretary.password)
        assert status.state is SessionState.ONLINE and status.school.school_id == SCHOOL_A.id  # remembered
        remember_session_tokens()
        with open_local_store(data_dir, SCHOOL_A.id, SCHOOL_A.name) as store:
            students = StudentService(store, status.tenant_context())
            assert students.get(ana.id).full_name == "Ana María Torres Gil"
            assert students.get(luis.id).full_name == "Luis Felipe Mora"
            assert store.pending_outbox_count() >= 3  # all of it still waiting for the sync engine
        assert {m.school_id for m in status.schools} == {SCHOOL_A.id, SCHOOL_B.id}
        app.close()
    finally:
        with psycopg.connect(stack.owner_url, autocommit=True) as conn:
            conn.execute(f"ALTER ROLE {DESKTOP_ROLE} LOGIN")  # the role is cluster-wide: leave it usable
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file)]:
            handler.close()
            root.removeHandler(handler)

    assert len(seen_tokens) == 4
    scanned = [p for p in data_dir.rglob("*") if p.is_file()] + [config_path, tmp_path / "prefs.json"]
    assert log_file in scanned and log_file.stat().st_size > 0
    for path in scanned:
        content = path.read_bytes()
        for token in seen_tokens:
            assert token.encode() not in content, f"a session token leaked into {path}"
        if path != config_path:  # the config holds the (public) anon key, itself a JWT
            assert not JWT.search(content), f"a JWT leaked into {path}"
    assert "[redactado]" in log_file.read_text(encoding="utf-8")
