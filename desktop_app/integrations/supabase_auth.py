"""Supabase Auth through the official `supabase` client, with the session kept in the OS keyring.

Auto-refresh is OFF on purpose. The client's refresh timer stops silently on any non-network error (a
revoked refresh token, a 429) and after ten network retries, leaving a dead session nobody notices
(contract note §9.3). Instead the session is refreshed when it is used (`access_token()`, `verify()`) and
when the UI's periodic `AuthService.check()` runs: every failure then surfaces as an exception we map to
"offline" (try again later) or "must sign in again".
"""

from __future__ import annotations

import logging
import time

import httpx
from keyring.errors import KeyringError
from supabase import ClientOptions, create_client
from supabase_auth import SyncSupportedStorage
from supabase_auth.constants import STORAGE_KEY
from supabase_auth.errors import AuthApiError, AuthError, AuthRetryableError
from supabase_auth.types import Session

from desktop_app.services.auth_ports import (
    AuthIdentity,
    AuthUnavailable,
    SessionRefused,
    SignInRejected,
)

logger = logging.getLogger(__name__)

# Server answers that mean the stored session is gone for good: only a new sign-in helps.
REFUSED_SESSION_CODES = frozenset(
    {
        "refresh_token_not_found",
        "refresh_token_already_used",
        "session_not_found",
        "session_expired",
        "user_not_found",
        "user_banned",
        "validation_failed",  # a malformed refresh token: it can never work again
    }
)
# Refresh this long before expiry, so a token handed to Postgres does not expire mid-transaction.
REFRESH_MARGIN_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 10.0


def _describe(error: AuthError) -> str:
    return f"{type(error).__name__}(status={getattr(error, 'status', None)}, code={getattr(error, 'code', None)})"


def _is_unavailable(error: Exception) -> bool:
    """Offline, timed out, a gateway error, or rate-limited: worth trying again later."""
    if isinstance(error, AuthRetryableError):
        return True
    return isinstance(error, AuthApiError) and (error.status == 429 or error.status >= 500)


class SupabaseAuth:
    """`AuthGateway` over supabase-py: sign in, restore and verify, fresh access tokens, sign out."""

    def __init__(
        self,
        url: str,
        anon_key: str,
        storage: SyncSupportedStorage,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> None:
        self._storage = storage
        self._http = httpx.Client(timeout=timeout, follow_redirects=True)
        options = ClientOptions(
            storage=storage,
            auto_refresh_token=False,
            persist_session=True,
            httpx_client=self._http,
        )
        self._client = create_client(url, anon_key, options)

    def close(self) -> None:
        self._http.close()

    # -- AuthGateway ---------------------------------------------------------------------------------

    def stored_identity(self) -> AuthIdentity | None:
        session = self._stored_session()
        if session is None:
            return None
        return AuthIdentity(user_id=session.user.id, email=session.user.email or "")

    def verify(self) -> AuthIdentity:
        """Refresh when due, then ask the server (`GET /user`): it also notices a session revoked elsewhere."""
        session = self._fresh_session()
        try:
            user = self._client.auth.get_user(session.access_token)
        except AuthApiError as error:
            if error.code == "bad_jwt" and error.status == 403:
                # Our clock and the server's disagree about expiry: one refresh settles it.
                session = self._refresh()
                user = self._call(lambda: self._client.auth.get_user(session.access_token))
            else:
                raise self._map_session_error(error) from None
        except AuthError as error:
            raise self._map_session_error(error) from None
        if user is None:
            raise LookupError("no session")
        return AuthIdentity(user_id=user.user.id, email=user.user.email or "")

    def sign_in(self, email: str, password: str) -> AuthIdentity:
        try:
            response = self._client.auth.sign_in_with_password({"email": email, "password": password})
        except KeyringError:
            # Signed in, but the session cannot be kept: without the OS keyring nothing would survive.
            logger.warning("the OS keyring refused the session", exc_info=True)
            raise SignInRejected("keyring_unavailable") from None
        except AuthError as error:
            logger.info("sign-in refused: %s", _describe(error))
            if _is_unavailable(error) and getattr(error, "status", 0) != 429:
                raise AuthUnavailable(str(error)) from None
            code = getattr(error, "code", None)
            if code is None and getattr(error, "status", None) == 401:
                code = "api_key_rejected"  # the gateway refused the configured key (no GoTrue code)
            raise SignInRejected(code or "invalid_credentials") from None
        if response.user is None:
            raise SignInRejected("invalid_credentials")
        return AuthIdentity(user_id=response.user.id, email=response.user.email or "")

    def sign_out(self, everywhere: bool = False) -> None:
        """This PC only by default (scope local); `everywhere` revokes every session (scope global)."""
        if everywhere:
            try:
                self._client.auth.sign_out({"scope": "global"})
            except AuthError as error:
                if _is_unavailable(error):
                    raise AuthUnavailable(str(error)) from None
                logger.info("global sign-out refused: %s", _describe(error))
            self._forget()
            return
        try:
            # The client clears storage first, then tells the server: offline still signs out this PC.
            self._client.auth.sign_out({"scope": "local"})
        except AuthError as error:
            logger.info("sign-out could not reach the server: %s", _describe(error))
        self._forget()

    # -- tokens for the database and the sync engine ------------------------------------------------

    def access_token(self) -> str:
        """A current access token (refreshed when it has less than a minute left)."""
        return self._fresh_session().access_token

    # -- helpers ---------------------------------------------------------------------------------------

    def _stored_session(self) -> Session | None:
        raw = self._storage.get_item(STORAGE_KEY)
        if not raw:
            return None
        try:
            return Session.model_validate_json(raw)
        except ValueError:
            return None

    def _fresh_session(self) -> Session:
        session = self._stored_session()
        if session is None:
            raise LookupError("no session")
        if session.expires_at is None or session.expires_at - time.time() < REFRESH_MARGIN_SECONDS:
            return self._refresh()
        return session

    def _refresh(self) -> Session:
        session = self._stored_session()
        if session is None:
            raise LookupError("no session")
        response = self._call(lambda: self._client.auth.refresh_session(session.refresh_token))
        if response.session is None:
            raise LookupError("no session")
        return response.session

    def _call(self, action):  # type: ignore[no-untyped-def]
        try:
            return action()
        except AuthError as error:
            raise self._map_session_error(error) from None
        except KeyringError:
            # The refreshed session could not be saved; the stored token is the parent of the new one,
            # which the server hands out again next time, so this is only "try again later".
            logger.warning("the OS keyring refused the refreshed session", exc_info=True)
            raise AuthUnavailable("keyring") from None

    def _map_session_error(self, error: AuthError) -> Exception:
        logger.info("session check failed: %s", _describe(error))
        if _is_unavailable(error):
            return AuthUnavailable(str(error))
        code = getattr(error, "code", None)
        if isinstance(error, AuthApiError) and (
            code in REFUSED_SESSION_CODES or (code is not None and error.status in (401, 403))
        ):
            self._forget()
            return SessionRefused(code or f"http_{error.status}")
        # Anything else (an unknown answer, the gateway refusing the API key) is a temporary failure: the
        # session is kept, nothing is lost.
        return AuthUnavailable(str(error))

    def _forget(self) -> None:
        self._storage.remove_item(STORAGE_KEY)
        self._storage.remove_item(f"{STORAGE_KEY}-code-verifier")
