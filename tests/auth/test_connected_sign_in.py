"""Connected sign-in end to end on real parts: the supabase client over HTTP to the local auth server, the
session in a file keyring, memberships read from a real PostgreSQL under row-level security as the desktop
role, preferences in a file. Every "restart" builds new objects, as a new app process would."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from supabase import ClientOptions, create_client
from supabase_auth import SyncMemoryStorage
from supabase_auth.constants import STORAGE_KEY

from desktop_app.config import ConnectedConfig
from desktop_app.devstack.postgres import free_port
from desktop_app.devstack.seed import SCHOOL_A, SCHOOL_B, DemoUser
from desktop_app.integrations.connected_mode import ConnectedParts
from desktop_app.integrations.keyring_store import KeyringSessionStorage
from desktop_app.integrations.supabase_auth import SupabaseAuth
from desktop_app.services.auth import SessionState
from desktop_app.services.auth_ports import AuthUnavailable
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import DESKTOP_ROLE, tenant_connection, verified_user_id
from tests.auth.conftest import Stack


def sign_in(parts: ConnectedParts, user: DemoUser):
    return parts.service.sign_in(user.email, user.password)


def test_secretary_of_two_schools_picks_one_and_the_next_start_remembers_it(stack: Stack) -> None:
    first = stack.app()
    status = sign_in(first, stack.users["secretaria"])
    assert status.state is SessionState.ONLINE and status.needs_school_choice
    assert {m.school_name for m in status.schools} == {SCHOOL_A.name, SCHOOL_B.name}

    status = first.service.choose_school(SCHOOL_B.id)
    context = status.tenant_context()
    assert (context.school_id, context.user_id) == (SCHOOL_B.id, stack.users["secretaria"].id)
    assert context.roles == frozenset({"secretary"}) and context.user_name == "Luz Dary Gómez"

    restarted = stack.app().service.start()  # a new process: session from the keyring, no password
    assert restarted.state is SessionState.ONLINE and restarted.school.school_id == SCHOOL_B.id


def test_roles_come_from_the_membership_and_inactive_memberships_are_not_offered(stack: Stack) -> None:
    rector = sign_in(stack.app(), stack.users["rectora"])
    assert rector.school.school_id == SCHOOL_A.id and rector.tenant_context().roles == {"rector"}

    teacher = sign_in(stack.app(), stack.users["docente"])  # active in B, inactive in A
    assert [m.school_id for m in teacher.schools] == [SCHOOL_B.id]
    assert teacher.tenant_context().roles == {"teacher"}


def test_inactive_membership_and_inactive_user_are_refused_clearly(stack: Stack) -> None:
    parts = stack.app()
    refused = sign_in(parts, stack.users["exdocente"])
    assert refused.state is SessionState.SIGNED_OUT and not refused.can_work
    assert "vinculación activa" in refused.message
    assert KeyringSessionStorage(backend=stack.keyring).get_item(STORAGE_KEY) is None

    with psycopg.connect(stack.owner_url, autocommit=True) as conn:
        conn.execute("UPDATE users SET is_active = false WHERE email = 'rectora@sanjose.edu.co'")
    refused = sign_in(parts, stack.users["rectora"])
    assert refused.state is SessionState.SIGNED_OUT and "desactivado" in refused.message


@pytest.mark.parametrize(
    ("setup", "password", "notice", "words"),
    [
        (None, "mal", "invalid_credentials", "incorrectos"),
        ("unconfirmed", None, "email_not_confirmed", "no está confirmado"),
        ("banned", None, "user_banned", "bloqueado"),
        ("rate", None, "rate_limited", "Espere"),
        ("", "", "missing_fields", "Escriba"),
    ],
)
def test_sign_in_refusals_have_spanish_messages(stack: Stack, setup, password, notice, words) -> None:
    user = stack.users["rectora"]
    admin = create_client(
        stack.auth.url, stack.auth.service_role_key, ClientOptions(storage=SyncMemoryStorage())
    ).auth.admin
    email = user.email
    if setup == "unconfirmed":
        email = "nueva@sanjose.edu.co"
        admin.create_user({"email": email, "password": user.password})
    elif setup == "banned":
        admin.update_user_by_id(user.id, {"ban_duration": "24h"})
    elif setup == "rate":
        stack.auth.controls.rate_limit_next(1)
    status = stack.app().service.sign_in(email, user.password if password is None else password)
    assert status.state is SessionState.SIGNED_OUT and status.notice == notice and words in status.message


def test_sign_in_while_the_server_is_unreachable_says_so(stack: Stack) -> None:
    offline = ConnectedConfig(f"http://127.0.0.1:{free_port()}", stack.config.anon_key, stack.config.database_url)
    status = stack.app(offline).service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    assert status.state is SessionState.SIGNED_OUT and status.notice == "unavailable"


def test_offline_start_uses_what_the_last_online_start_saw_then_reconnects(stack: Stack) -> None:
    sign_in(stack.app(), stack.users["secretaria"])
    first = stack.app()
    first.service.start()
    first.service.choose_school(SCHOOL_A.id)

    stack.auth.stop()
    offline = stack.app().service
    status = offline.start()
    assert status.state is SessionState.OFFLINE and status.can_work
    assert status.school.school_id == SCHOOL_A.id and "Sin conexión" in status.message
    assert offline.check().state is SessionState.OFFLINE

    stack.auth.start()
    assert offline.check().state is SessionState.ONLINE
    assert offline.status.school.school_id == SCHOOL_A.id


def test_database_unreachable_with_auth_up_is_offline_too(stack: Stack) -> None:
    sign_in(stack.app(), stack.users["rectora"])
    unreachable = ConnectedConfig(
        stack.config.supabase_url,
        stack.config.anon_key,
        f"postgresql+psycopg://{DESKTOP_ROLE}:x@127.0.0.1:{free_port()}/secretaria",
    )
    status = stack.app(unreachable).service.start()
    assert status.state is SessionState.OFFLINE and status.school.school_id == SCHOOL_A.id


def revoke_all_sessions(stack: Stack, user: DemoUser) -> None:
    other_pc = create_client(stack.auth.url, stack.auth.anon_key, ClientOptions(storage=SyncMemoryStorage()))
    other_pc.auth.sign_in_with_password({"email": user.email, "password": user.password})
    other_pc.auth.sign_out({"scope": "global"})


def test_a_session_revoked_elsewhere_leads_back_to_sign_in_at_start_and_while_running(stack: Stack) -> None:
    user = stack.users["rectora"]
    running = stack.app()
    assert sign_in(running, user).state is SessionState.ONLINE
    revoke_all_sessions(stack, user)

    assert running.service.check().state is SessionState.MUST_SIGN_IN  # noticed, not a silent dead timer
    assert KeyringSessionStorage(backend=stack.keyring).get_item(STORAGE_KEY) is None

    sign_in(stack.app(), user)
    revoke_all_sessions(stack, user)
    status = stack.app().service.start()
    assert status.state is SessionState.MUST_SIGN_IN and "Inicie sesión de nuevo" in status.message
    assert sign_in(stack.app(), user).state is SessionState.ONLINE


def test_refresh_token_reused_after_the_window_is_refused(stack: Stack) -> None:
    user = stack.users["rectora"]
    parts = stack.app()
    sign_in(parts, user)
    stale = KeyringSessionStorage(backend=stack.keyring).get_item(STORAGE_KEY)
    parts.auth._refresh()
    parts.auth._refresh()  # rotation twice: the stored token is no longer the parent of the active one
    KeyringSessionStorage(backend=stack.keyring).set_item(STORAGE_KEY, stale)  # e.g. a restored backup
    stack.auth.controls.clock_offset = 3600  # the access token is expired and the reuse window long gone
    status = stack.app().service.start()
    assert status.state is SessionState.MUST_SIGN_IN


def test_access_tokens_are_refreshed_before_they_expire(stack: Stack) -> None:
    user = stack.users["rectora"]
    parts = stack.app()
    sign_in(parts, user)
    storage = KeyringSessionStorage(backend=stack.keyring)

    def stored_refresh_token() -> str:
        return json.loads(storage.get_item(STORAGE_KEY))["refresh_token"]

    before = stored_refresh_token()
    parts.auth.access_token()
    assert stored_refresh_token() == before  # an hour left: no refresh
    stack.auth.config.jwt_exp = 30  # shorter than the 60 s margin: every use refreshes (and rotates)
    parts.auth._refresh()
    rotated = stored_refresh_token()
    parts.auth.access_token()
    assert stored_refresh_token() not in (before, rotated)


def test_sign_out_this_pc_or_every_pc(stack: Stack, tmp_path: Path) -> None:
    from keyrings.alt.file import PlaintextKeyring

    user = stack.users["rectora"]
    other_keyring = PlaintextKeyring()
    other_keyring.file_path = str(tmp_path / "other" / "kr.cfg")
    pc1, pc2 = stack.app(), stack.app(keyring=other_keyring)
    sign_in(pc1, user)
    sign_in(pc2, user)

    assert pc1.service.sign_out().state is SessionState.SIGNED_OUT
    assert pc1.auth.stored_identity() is None
    assert pc2.service.check().state is SessionState.ONLINE  # the other PC keeps working

    sign_in(pc1, user)
    pc1.service.sign_out(everywhere=True)
    assert pc2.service.check().state is SessionState.MUST_SIGN_IN

    sign_in(pc1, user)
    stack.auth.stop()
    status = pc1.service.sign_out(everywhere=True)
    assert status.notice == "sign_out_needs_network" and pc1.auth.stored_identity() is not None
    assert pc1.service.sign_out().state is SessionState.SIGNED_OUT  # this PC only works offline
    assert pc1.auth.stored_identity() is None


def test_postgres_accepts_this_servers_tokens_and_refuses_forged_or_expired_ones(stack: Stack) -> None:
    import jwt

    user = stack.users["rectora"]
    parts = stack.app()
    sign_in(parts, user)
    token = parts.auth.access_token()
    engine = make_engine(stack.config.database_url)
    try:
        with tenant_connection(engine, token) as conn:
            assert verified_user_id(conn) == user.id
            schools = conn.execute(text("SELECT id FROM schools")).scalars().all()
            assert [str(s) for s in schools] == [SCHOOL_A.id]

        claims = jwt.decode(token, options={"verify_signature": False})
        forged = jwt.encode({**claims, "sub": stack.users["secretaria"].id}, "x" * 40, algorithm="HS256")
        stack.auth.controls.clock_offset = -7200
        expired = stack.auth.state.token_response(
            stack.auth.state.users[user.id],
            next(iter(stack.auth.state.sessions.values())),
            next(iter(stack.auth.state.tokens.values())),
        )["access_token"]
        for bad in (forged, expired):
            with pytest.raises(DBAPIError) as caught, tenant_connection(engine, bad) as conn:
                conn.execute(text("SELECT id FROM schools")).all()
            assert caught.value.orig.sqlstate == "28000"
    finally:
        engine.dispose()


def test_a_stalled_server_is_offline_after_the_timeout_not_a_refused_session(stack: Stack) -> None:
    user = stack.users["rectora"]
    sign_in(stack.app(), user)
    stack.auth.controls.delay_next(1, seconds=2.0)
    auth = SupabaseAuth(stack.auth.url, stack.auth.anon_key, KeyringSessionStorage(backend=stack.keyring), timeout=0.5)
    try:
        with pytest.raises(AuthUnavailable):
            auth.verify()
        assert auth.stored_identity() is not None  # the session is kept for later
    finally:
        auth.close()


def test_without_a_usable_os_keyring_sign_in_says_so_instead_of_crashing(stack: Stack) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    status = stack.app(keyring=NoKeyring()).service.sign_in(
        stack.users["rectora"].email, stack.users["rectora"].password
    )
    assert status.state is SessionState.SIGNED_OUT and status.notice == "keyring_unavailable"
    assert "almacén de contraseñas" in status.message


def test_two_app_instances_sharing_the_keyring_never_burn_each_others_refresh_token(stack: Stack) -> None:
    user = stack.users["rectora"]
    first, second = stack.app(), stack.app()
    sign_in(first, user)
    assert second.service.start().state is SessionState.ONLINE  # a second window opened on the same PC
    stack.auth.config.jwt_exp = 30  # every use refreshes: the worst case for token rotation
    for offset in range(0, 120, 12):  # two minutes of alternating use, past the 10 s reuse window each time
        stack.auth.controls.clock_offset = offset
        first.auth.access_token()
        second.auth.access_token()
    assert first.service.check().state is SessionState.ONLINE
    assert second.service.check().state is SessionState.ONLINE


def test_a_wrong_api_key_is_reported_as_configuration_and_keeps_the_session(stack: Stack) -> None:
    from dataclasses import replace as replace_config

    user = stack.users["rectora"]
    sign_in(stack.app(), user)
    stack.auth.config.require_apikey = True  # the gateway layer, as on the platform
    wrong = replace_config(stack.config, anon_key="sb_publishable_not-this-project")
    status = stack.app(wrong).service.start()
    assert status.state is SessionState.OFFLINE  # not "must sign in": the session is fine
    assert stack.app().service.start().state is SessionState.ONLINE
    refused = stack.app(wrong).service.sign_in(user.email, user.password)
    assert refused.notice == "api_key_rejected" and "anon key" in refused.message
