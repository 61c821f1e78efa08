"""The local auth server against the real supabase 2.34 client over HTTP: every flow and error code the
app relies on, as the contract note (shared/design/supabase-auth-contract.md) describes GoTrue."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import httpx
import jwt
import pytest
from supabase import Client
from supabase_auth.errors import AuthApiError, AuthRetryableError

from desktop_app.devstack.auth_server import DEMO_JWT_SECRET, AuthConfig, AuthServer
from desktop_app.devstack.postgres import free_port
from tests.auth.conftest import PASSWORD

CLAIMS_IN_ORDER = [
    "iss", "sub", "aud", "exp", "iat", "email", "phone", "app_metadata", "user_metadata",
    "role", "aal", "amr", "session_id", "is_anonymous",
]  # fmt: skip


def sign_in(client: Client, email: str, password: str = PASSWORD):
    return client.auth.sign_in_with_password({"email": email, "password": password})


def api_error(action: Callable[[], object]) -> AuthApiError:
    with pytest.raises(AuthApiError) as caught:
        action()
    return caught.value


def test_password_sign_in_returns_a_session_with_gotrue_claims(auth_server, make_client) -> None:
    user_id = auth_server.create_user("secretaria@colegio.edu.co", PASSWORD, app_metadata={"t": "x"})
    response = sign_in(make_client(), "Secretaria@Colegio.edu.co")  # e-mails are case-insensitive

    session = response.session
    assert session is not None and response.user is not None
    assert response.user.id == user_id and response.user.email == "secretaria@colegio.edu.co"
    assert session.token_type == "bearer" and session.expires_in == 3600
    assert len(session.refresh_token) == 12 and session.refresh_token.isalnum()
    assert response.user.identities and response.user.identities[0].identity_data["sub"] == user_id

    header = jwt.get_unverified_header(session.access_token)
    assert header == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(session.access_token, DEMO_JWT_SECRET, algorithms=["HS256"], audience="authenticated")
    assert list(claims) == CLAIMS_IN_ORDER
    assert claims["iss"] == f"{auth_server.url}/auth/v1"
    assert claims["sub"] == user_id and claims["role"] == "authenticated" and claims["aal"] == "aal1"
    assert claims["exp"] == claims["iat"] + 3600 == session.expires_at
    assert claims["amr"] == [{"method": "password", "timestamp": claims["iat"]}]
    assert claims["app_metadata"] == {"provider": "email", "providers": ["email"], "t": "x"}
    assert claims["user_metadata"] == {"email_verified": True}
    uuid.UUID(claims["session_id"])


def test_unknown_user_and_wrong_password_get_the_same_invalid_credentials(auth_server, make_client) -> None:
    auth_server.create_user("a@colegio.edu.co", PASSWORD)
    unknown = api_error(lambda: sign_in(make_client(), "nadie@colegio.edu.co"))
    wrong = api_error(lambda: sign_in(make_client(), "a@colegio.edu.co", "otra-clave"))
    for error in (unknown, wrong):
        assert (error.status, error.code, error.message) == (400, "invalid_credentials", "Invalid login credentials")


def test_email_not_confirmed_only_after_a_correct_password(auth_server, admin, make_client) -> None:
    admin.auth.admin.create_user({"email": "nueva@colegio.edu.co", "password": PASSWORD})
    assert api_error(lambda: sign_in(make_client(), "nueva@colegio.edu.co", "mal")).code == "invalid_credentials"
    error = api_error(lambda: sign_in(make_client(), "nueva@colegio.edu.co"))
    assert (error.status, error.code) == (400, "email_not_confirmed")


def test_banned_user_cannot_sign_in_or_refresh(auth_server, admin, make_client) -> None:
    user_id = auth_server.create_user("b@colegio.edu.co", PASSWORD)
    client = make_client()
    sign_in(client, "b@colegio.edu.co")
    admin.auth.admin.update_user_by_id(user_id, {"ban_duration": "876000h"})

    assert api_error(lambda: sign_in(make_client(), "b@colegio.edu.co")).code == "user_banned"
    assert api_error(client.auth.refresh_session).code == "user_banned"
    admin.auth.admin.update_user_by_id(user_id, {"ban_duration": "none"})
    assert client.auth.refresh_session().session is not None


def test_refresh_rotates_and_tolerates_a_lost_answer_and_concurrent_refreshes(auth_server, make_client) -> None:
    auth_server.create_user("r@colegio.edu.co", PASSWORD)
    client = make_client()
    first = sign_in(client, "r@colegio.edu.co").session
    second = client.auth.refresh_session(first.refresh_token).session
    assert second.refresh_token != first.refresh_token

    # The client lost the answer and tries again: the parent of the active token gets that same token.
    again = make_client().auth.refresh_session(first.refresh_token).session
    assert again.refresh_token == second.refresh_token
    third = client.auth.refresh_session(second.refresh_token).session

    # Within the 10 s reuse window an older token still works (a concurrent refresh gets a new child).
    sibling = make_client().auth.refresh_session(first.refresh_token).session
    assert sibling.refresh_token not in (first.refresh_token, second.refresh_token, third.refresh_token)

    # Long after: replaying the parent of the newest active token hands that token out again.
    auth_server.controls.clock_offset = 60
    replay = make_client().auth.refresh_session(first.refresh_token).session
    assert replay.refresh_token == sibling.refresh_token
    claims = jwt.decode(replay.access_token, options={"verify_signature": False})
    assert claims["session_id"] == jwt.decode(first.access_token, options={"verify_signature": False})["session_id"]


def test_reuse_after_the_window_revokes_the_whole_family(auth_server, make_client) -> None:
    auth_server.create_user("f@colegio.edu.co", PASSWORD)
    client = make_client()
    t0 = sign_in(client, "f@colegio.edu.co").session.refresh_token
    t1 = client.auth.refresh_session(t0).session.refresh_token
    t2 = client.auth.refresh_session(t1).session.refresh_token

    auth_server.controls.clock_offset = 11  # outside the reuse window
    error = api_error(lambda: make_client().auth.refresh_session(t0))
    assert (error.status, error.code) == (400, "refresh_token_already_used")
    assert error.message == "Invalid Refresh Token: Already Used"
    # The active token was revoked too (GoTrue stamps the revocation time, so its own reuse window
    # starts then): once that passes, whoever held it must sign in again.
    auth_server.controls.clock_offset = 22
    assert api_error(lambda: make_client().auth.refresh_session(t2)).code == "refresh_token_already_used"


def test_refresh_token_not_found_after_logout_and_after_user_deletion(auth_server, admin, make_client) -> None:
    user_id = auth_server.create_user("l@colegio.edu.co", PASSWORD)
    client = make_client()
    token = sign_in(client, "l@colegio.edu.co").session.refresh_token
    client.auth.sign_out({"scope": "local"})
    error = api_error(lambda: make_client().auth.refresh_session(token))
    assert (error.status, error.code) == (400, "refresh_token_not_found")

    token = sign_in(make_client(), "l@colegio.edu.co").session.refresh_token
    admin.auth.admin.delete_user(user_id)
    assert api_error(lambda: make_client().auth.refresh_session(token)).code == "refresh_token_not_found"


def test_malformed_refresh_tokens_are_rejected_before_lookup(auth_server, make_client) -> None:
    for bad in ("short", "ABCDEFGHIJKL", "x" * 40):
        error = api_error(lambda bad=bad: make_client().auth.refresh_session(bad))
        assert (error.status, error.code) == (400, "validation_failed")


def test_get_user_and_session_not_found_after_logout(auth_server, make_client) -> None:
    user_id = auth_server.create_user("u@colegio.edu.co", PASSWORD)
    client = make_client()
    access_token = sign_in(client, "u@colegio.edu.co").session.access_token
    assert client.auth.get_user().user.id == user_id

    client.auth.sign_out({"scope": "local"})
    error = api_error(lambda: make_client().auth.get_user(access_token))
    assert (error.status, error.code) == (403, "session_not_found")


def test_expired_and_forged_tokens_get_bad_jwt(auth_server, make_client) -> None:
    auth_server.create_user("e@colegio.edu.co", PASSWORD)
    session = sign_in(make_client(), "e@colegio.edu.co").session
    claims = jwt.decode(session.access_token, options={"verify_signature": False})
    forged = jwt.encode(claims, "another-secret-that-is-at-least-32-characters", algorithm="HS256")
    error = api_error(lambda: make_client().auth.get_user(forged))
    assert (error.status, error.code) == (403, "bad_jwt")

    auth_server.controls.clock_offset = 3600  # exactly at exp: no leeway
    error = api_error(lambda: make_client().auth.get_user(session.access_token))
    assert (error.status, error.code) == (403, "bad_jwt")
    assert error.message.endswith("token is expired")


def test_logout_scopes(auth_server, make_client) -> None:
    auth_server.create_user("s@colegio.edu.co", PASSWORD)
    clients = [make_client() for _ in range(3)]
    tokens = [sign_in(c, "s@colegio.edu.co").session.access_token for c in clients]

    clients[0].auth.sign_out({"scope": "others"})
    assert clients[0].auth.get_user() is not None
    for token in tokens[1:]:
        assert api_error(lambda token=token: make_client().auth.get_user(token)).code == "session_not_found"

    more = [make_client() for _ in range(2)]
    for c in more:
        sign_in(c, "s@colegio.edu.co")
    more[0].auth.sign_out()  # default scope: global
    assert more[0].auth.get_session() is None
    for token in (tokens[0], more[1].auth.get_session().access_token):
        assert api_error(lambda token=token: make_client().auth.get_user(token)).code == "session_not_found"


def test_logout_rejects_an_unknown_scope_with_204_otherwise(auth_server, make_client) -> None:
    auth_server.create_user("z@colegio.edu.co", PASSWORD)
    token = sign_in(make_client(), "z@colegio.edu.co").session.access_token
    headers = {"Authorization": f"Bearer {token}", "X-Supabase-Api-Version": "2024-01-01"}
    bad = httpx.post(f"{auth_server.url}/auth/v1/logout?scope=x", headers=headers)
    assert bad.status_code == 400 and bad.json()["code"] == "validation_failed"
    ok = httpx.post(f"{auth_server.url}/auth/v1/logout?scope=local", headers=headers)
    assert ok.status_code == 204 and ok.content == b""


def test_admin_calls_need_the_service_role(auth_server, admin, make_client) -> None:
    error = api_error(lambda: make_client().auth.admin.create_user({"email": "x@y.co", "password": PASSWORD}))
    assert (error.status, error.code) == (403, "not_admin")

    auth_server.create_user("t@colegio.edu.co", PASSWORD)
    token = sign_in(make_client(), "t@colegio.edu.co").session.access_token
    response = httpx.get(
        f"{auth_server.url}/auth/v1/admin/users",
        headers={"Authorization": f"Bearer {token}", "X-Supabase-Api-Version": "2024-01-01"},
    )
    assert response.status_code == 403 and response.json() == {"code": "not_admin", "message": "User not allowed"}


def test_admin_create_list_get_update_delete(auth_server, admin) -> None:
    created = admin.auth.admin.create_user(
        {
            "email": "Rector@Colegio.edu.co",
            "password": PASSWORD,
            "email_confirm": True,
            "user_metadata": {"full_name": "Ana Rector"},
            "app_metadata": {"provider": None, "school": "s1"},
        }
    ).user
    assert created.email == "rector@colegio.edu.co"
    assert created.app_metadata == {"providers": ["email"], "school": "s1"}  # merged, null deletes
    assert created.user_metadata == {"full_name": "Ana Rector", "email_verified": True}
    assert created.email_confirmed_at is not None

    assert [u.id for u in admin.auth.admin.list_users()] == [created.id]
    assert admin.auth.admin.get_user_by_id(created.id).user.email == "rector@colegio.edu.co"
    updated = admin.auth.admin.update_user_by_id(created.id, {"user_metadata": {"full_name": "Ana R."}})
    assert updated.user.user_metadata["full_name"] == "Ana R."

    admin.auth.admin.delete_user(created.id)
    error = api_error(lambda: admin.auth.admin.get_user_by_id(created.id))
    assert (error.status, error.code) == (404, "user_not_found")


def test_admin_create_errors(admin) -> None:
    admin.auth.admin.create_user({"email": "dup@colegio.edu.co", "password": PASSWORD})
    error = api_error(lambda: admin.auth.admin.create_user({"email": "DUP@colegio.edu.co", "password": PASSWORD}))
    assert (error.status, error.code) == (422, "email_exists")
    error = api_error(lambda: admin.auth.admin.create_user({"password": PASSWORD}))
    assert (error.status, error.code) == (400, "validation_failed")
    error = api_error(lambda: admin.auth.admin.create_user({"email": "no-es-correo", "password": PASSWORD}))
    assert (error.status, error.code) == (400, "validation_failed")


def test_rate_limit_is_a_non_retryable_429(auth_server, make_client) -> None:
    auth_server.create_user("q@colegio.edu.co", PASSWORD)
    auth_server.controls.rate_limit_next(1)
    error = api_error(lambda: sign_in(make_client(), "q@colegio.edu.co"))
    assert (error.status, error.code) == (429, "over_request_rate_limit")
    assert not isinstance(error, AuthRetryableError)
    assert sign_in(make_client(), "q@colegio.edu.co").session is not None


def test_unreachable_server_and_gateway_errors_are_retryable(auth_server, make_client) -> None:
    auth_server.create_user("o@colegio.edu.co", PASSWORD)
    auth_server.controls.fail_next(1, status=503, path_prefix="/token")
    with pytest.raises(AuthRetryableError) as caught:
        sign_in(make_client(), "o@colegio.edu.co")
    assert caught.value.status == 503

    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(AuthRetryableError) as caught:
        sign_in(make_client(url=closed), "o@colegio.edu.co")
    assert caught.value.status == 0


def test_error_shape_follows_the_requested_api_version(auth_server) -> None:
    url = f"{auth_server.url}/auth/v1/token?grant_type=password"
    body = {"email": "nadie@x.co", "password": "x"}
    new = httpx.post(url, json=body, headers={"X-Supabase-Api-Version": "2024-01-01"})
    assert new.json() == {"code": "invalid_credentials", "message": "Invalid login credentials"}
    assert new.headers["X-Supabase-Api-Version"] == "2024-01-01"
    assert new.headers["x-sb-error-code"] == "invalid_credentials"

    legacy = httpx.post(url, json=body)
    assert legacy.json() == {"code": 400, "error_code": "invalid_credentials", "msg": "Invalid login credentials"}
    assert "X-Supabase-Api-Version" not in legacy.headers

    empty = httpx.post(f"{auth_server.url}/auth/v1/token?grant_type=refresh_token", json={})
    assert empty.json() == {"error": "invalid_request", "error_description": "refresh_token required"}


def test_gateway_layer_requires_an_api_key_except_on_open_routes() -> None:
    with AuthServer(AuthConfig(require_apikey=True)) as server:
        user = f"{server.url}/auth/v1/user"
        assert httpx.get(user).json() == {"message": "No API key found in request"}
        wrong = httpx.get(user, headers={"apikey": "nope"})
        assert (wrong.status_code, wrong.json()) == (401, {"message": "Invalid API key"})
        jwks = httpx.get(f"{server.url}/auth/v1/.well-known/jwks.json")
        assert jwks.status_code == 200 and jwks.json() == {"keys": []}
        server.create_user("g@colegio.edu.co", PASSWORD)
        from supabase import ClientOptions, create_client
        from supabase_auth import SyncMemoryStorage

        client = create_client(server.url, server.anon_key, ClientOptions(storage=SyncMemoryStorage()))
        assert sign_in(client, "g@colegio.edu.co").session is not None
        client.auth.sign_out({"scope": "local"})


def test_server_keeps_its_state_across_a_restart_on_the_same_port(auth_server, make_client) -> None:
    auth_server.create_user("k@colegio.edu.co", PASSWORD)
    session = sign_in(make_client(), "k@colegio.edu.co").session
    port = auth_server.port
    auth_server.stop()
    with pytest.raises(AuthRetryableError):
        make_client().auth.refresh_session(session.refresh_token)
    auth_server.start()
    assert auth_server.port == port
    assert make_client().auth.refresh_session(session.refresh_token).session is not None
    assert time.time() < session.expires_at
