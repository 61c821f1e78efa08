"""A local server that speaks the Supabase Auth (GoTrue) protocol subset the app uses.

Faithful to `shared/design/supabase-auth-contract.md`: password and refresh-token grants with v1 refresh-token
rotation (10 s reuse window, parent-of-active replay, family revocation), `GET /user`, `/logout` scopes, the
admin user calls, both error shapes, HS256 tokens with GoTrue's claims, the `/auth/v1` prefix and an optional
apikey gateway layer. Test controls (clock offset, fail-next-N, 429 mode) live on `AuthServer.controls`.

Runs in a daemon thread (`AuthServer.start()`); `stop()` closes the socket but keeps the state, so a test can
take the "internet" away and bring it back on the same port.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import re
import secrets
import socket
import string
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt

logger = logging.getLogger(__name__)

# The Supabase CLI's public local-development secret and keys (signed with it; see the contract note §1).
DEMO_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"
ADMIN_ROLES = frozenset({"service_role", "supabase_admin"})
API_VERSION_2024 = "2024-01-01"
REFRESH_TOKEN_ALPHABET = string.ascii_lowercase + string.digits
_V1_TOKEN = re.compile(r"^[a-z0-9]{12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_GO_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_GO_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def make_api_key(secret: str, role: str) -> str:
    """A legacy API key (anon / service_role) like the ones Supabase issues: a long-lived HS256 JWT."""
    return jwt.encode({"iss": "supabase-demo", "role": role, "exp": 1983812996}, secret, algorithm="HS256")


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    return salt.hex() + "$" + digest.hex()


def _password_matches(password: str, stored: str) -> bool:
    salt_hex, _, _ = stored.partition("$")
    return hmac.compare_digest(_hash_password(password, bytes.fromhex(salt_hex)), stored)


def parse_go_duration(text: str) -> float:
    """Seconds in a Go duration string such as "876000h" or "1h30m"; ValueError when malformed."""
    parts = _GO_DURATION_PART.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(text)
    return sum(float(n) * _GO_UNITS[u] for n, u in parts)


class ApiError(Exception):
    """An error answer: HTTP status, GoTrue error code and message."""

    def __init__(self, status: int, code: str, message: str, *, oauth: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.oauth = oauth


@dataclass
class User:
    """An auth user as GoTrue stores it (the fields the app's flows touch)."""

    id: str
    email: str
    password_hash: str | None
    created_at: float
    updated_at: float
    aud: str = "authenticated"
    role: str = "authenticated"
    phone: str = ""
    email_confirmed_at: float | None = None
    banned_until: float | None = None
    last_sign_in_at: float | None = None
    app_metadata: dict[str, Any] = field(default_factory=dict)
    user_metadata: dict[str, Any] = field(default_factory=dict)
    identity_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def banned(self, now: float) -> bool:
        return self.banned_until is not None and self.banned_until > now

    def to_json(self, *, include_confirmed_at: bool = True) -> dict[str, Any]:
        identity = {
            "identity_id": self.identity_id,
            "id": self.id,
            "user_id": self.id,
            "identity_data": {
                "sub": self.id,
                "email": self.email,
                "email_verified": False,
                "phone_verified": False,
            },
            "provider": "email",
            "last_sign_in_at": _iso(self.created_at),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.created_at),
            "email": self.email,
        }
        body: dict[str, Any] = {
            "id": self.id,
            "aud": self.aud,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "app_metadata": self.app_metadata,
            "user_metadata": self.user_metadata,
            "identities": [identity],
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "is_anonymous": False,
        }
        optional = {
            "email_confirmed_at": _iso(self.email_confirmed_at),
            "confirmed_at": _iso(self.email_confirmed_at) if include_confirmed_at else None,
            "last_sign_in_at": _iso(self.last_sign_in_at),
            "banned_until": _iso(self.banned_until),
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        return body


@dataclass
class Session:
    """A sign-in: refresh tokens hang off it; deleting it revokes them all."""

    id: str
    user_id: str
    created_at: float
    amr: list[dict[str, Any]]
    refreshed_at: float | None = None
    aal: str = "aal1"


@dataclass
class RefreshToken:
    """A v1 refresh token row: 12 chars, with its parent and revocation time."""

    token: str
    session_id: str
    parent: str
    created_at: float
    revoked: bool = False
    updated_at: float = 0.0


@dataclass
class AuthConfig:
    """Server settings; defaults are the Supabase platform/CLI defaults."""

    jwt_secret: str = DEMO_JWT_SECRET
    jwt_exp: int = 3600
    issuer: str = ""  # empty: derived from the listening address (http://host:port/auth/v1)
    refresh_token_reuse_interval: float = 10.0
    refresh_token_rotation: bool = True
    require_apikey: bool = False


@dataclass
class _Failure:
    """A canned answer for the next `remaining` requests under `path_prefix`."""

    remaining: int
    status: int
    body: bytes
    path_prefix: str


class TestControls:
    """Knobs the tests turn: clock offset, fail the next N requests, answer 429 to the next N /token calls."""

    __test__ = False  # not a pytest class

    def __init__(self) -> None:
        self.clock_offset = 0.0
        self._failures: list[_Failure] = []
        self.rate_limited_token_calls = 0
        self.delayed_calls = 0
        self.delay_seconds = 0.0
        self._lock = threading.Lock()

    def fail_next(self, count: int, status: int = 503, body: str = "", path_prefix: str = "") -> None:
        """The next `count` requests whose GoTrue path starts with `path_prefix` get `status` and `body`."""
        with self._lock:
            self._failures.append(_Failure(count, status, body.encode(), path_prefix))

    def delay_next(self, count: int, seconds: float) -> None:
        """The next `count` requests hang `seconds` before being answered (a slow or stalled link)."""
        with self._lock:
            self.delayed_calls, self.delay_seconds = count, seconds

    def take_delay(self) -> float:
        with self._lock:
            if self.delayed_calls > 0:
                self.delayed_calls -= 1
                return self.delay_seconds
            return 0.0

    def rate_limit_next(self, count: int) -> None:
        with self._lock:
            self.rate_limited_token_calls = count

    def reset(self) -> None:
        with self._lock:
            self.clock_offset = 0.0
            self._failures.clear()
            self.rate_limited_token_calls = 0
            self.delayed_calls = 0

    def take_failure(self, path: str) -> _Failure | None:
        with self._lock:
            for failure in self._failures:
                if path.startswith(failure.path_prefix) and failure.remaining > 0:
                    failure.remaining -= 1
                    return failure
            return None

    def take_rate_limit(self) -> bool:
        with self._lock:
            if self.rate_limited_token_calls > 0:
                self.rate_limited_token_calls -= 1
                return True
            return False


class AuthState:
    """Users, sessions and refresh tokens, and the GoTrue rules that change them. Thread-safe."""

    def __init__(self, config: AuthConfig, controls: TestControls) -> None:
        self.config = config
        self.controls = controls
        self.issuer = config.issuer
        self.users: dict[str, User] = {}
        self.sessions: dict[str, Session] = {}
        self.tokens: dict[str, RefreshToken] = {}
        self.lock = threading.RLock()

    def now(self) -> float:
        return time.time() + self.controls.clock_offset

    # -- users ---------------------------------------------------------------------------------------

    def user_by_email(self, email: str, aud: str = "authenticated") -> User | None:
        wanted = email.lower()
        return next((u for u in self.users.values() if u.email == wanted and u.aud == aud), None)

    def create_user(self, body: dict[str, Any]) -> User:
        email = (body.get("email") or "").strip()
        phone = (body.get("phone") or "").strip()
        if not email and not phone:
            raise ApiError(400, "validation_failed", "Cannot create a user without either an email or phone")
        if phone and not email:
            raise ApiError(400, "validation_failed", "Phone sign-up is not supported by this server")
        if len(email) > 255 or not _EMAIL.match(email):
            raise ApiError(400, "validation_failed", "Unable to validate email address: invalid format")
        email = email.lower()
        aud = body.get("aud") or "authenticated"
        if self.user_by_email(email, aud):
            raise ApiError(422, "email_exists", "A user with this email address has already been registered")
        if body.get("password") and body.get("password_hash"):
            raise ApiError(400, "validation_failed", "Only a password or a password hash should be provided")
        if body.get("password_hash"):
            raise ApiError(400, "validation_failed", "Password hashes are not supported by this server")
        password = body.get("password") or secrets.token_urlsafe(24)
        if len(password.encode()) > 72:
            raise ApiError(400, "validation_failed", "Password cannot be longer than 72 characters")
        user_id = body.get("id") or str(uuid.uuid4())
        try:
            parsed = uuid.UUID(str(user_id))
        except ValueError:
            raise ApiError(400, "validation_failed", "ID must conform to the uuid v4 format") from None
        if parsed.int == 0:
            raise ApiError(400, "validation_failed", "ID cannot be a nil uuid")
        now = self.now()
        user = User(
            id=str(parsed),
            email=email,
            password_hash=_hash_password(password),
            created_at=now,
            updated_at=now,
            aud=aud,
            role=body.get("role") or "authenticated",
            app_metadata={"provider": "email", "providers": ["email"]},
        )
        _merge_metadata(user.app_metadata, body.get("app_metadata"))
        _merge_metadata(user.user_metadata, body.get("user_metadata"))
        if body.get("email_confirm"):
            user.email_confirmed_at = now
            user.user_metadata["email_verified"] = True
        if body.get("ban_duration"):
            user.banned_until = _ban_until(body["ban_duration"], now)
        self.users[user.id] = user
        return user

    def update_user(self, user: User, body: dict[str, Any]) -> User:
        now = self.now()
        if body.get("email"):
            email = body["email"].strip().lower()
            if not _EMAIL.match(email):
                raise ApiError(400, "validation_failed", "Unable to validate email address: invalid format")
            other = self.user_by_email(email, user.aud)
            if other and other.id != user.id:
                raise ApiError(
                    422, "email_exists", "A user with this email address has already been registered"
                )
            user.email = email
        if body.get("password"):
            if len(body["password"].encode()) > 72:
                raise ApiError(400, "validation_failed", "Password cannot be longer than 72 characters")
            user.password_hash = _hash_password(body["password"])
        if body.get("role"):
            user.role = body["role"]
        if body.get("email_confirm") and user.email_confirmed_at is None:
            user.email_confirmed_at = now
            user.user_metadata["email_verified"] = True
        if body.get("ban_duration"):
            user.banned_until = _ban_until(body["ban_duration"], now)
        _merge_metadata(user.app_metadata, body.get("app_metadata"))
        _merge_metadata(user.user_metadata, body.get("user_metadata"))
        user.updated_at = now
        return user

    def delete_user(self, user: User) -> None:
        for session in [s for s in self.sessions.values() if s.user_id == user.id]:
            self.delete_session(session.id)
        del self.users[user.id]

    # -- sessions and tokens -------------------------------------------------------------------------

    def delete_session(self, session_id: str) -> None:
        self.sessions.pop(session_id, None)
        for token in [t for t in self.tokens.values() if t.session_id == session_id]:
            del self.tokens[token.token]

    def _new_refresh_token(self, session_id: str, parent: str) -> RefreshToken:
        while True:
            value = "".join(secrets.choice(REFRESH_TOKEN_ALPHABET) for _ in range(12))
            if value not in self.tokens:
                break
        token = RefreshToken(value, session_id, parent, created_at=self.now(), updated_at=self.now())
        self.tokens[value] = token
        return token

    def sign_in(self, user: User) -> dict[str, Any]:
        now = self.now()
        session = Session(
            id=str(uuid.uuid4()),
            user_id=user.id,
            created_at=now,
            amr=[{"method": "password", "timestamp": int(now)}],
        )
        self.sessions[session.id] = session
        user.last_sign_in_at = now
        token = self._new_refresh_token(session.id, parent="")
        return self.token_response(user, session, token)

    def refresh(self, value: str) -> dict[str, Any]:
        if not value:
            raise ApiError(400, "invalid_request", "refresh_token required", oauth=True)
        if len(value) < 12 or (len(value) == 12 and not _V1_TOKEN.match(value)) or len(value) > 12:
            # This server issues v1 tokens only: anything longer cannot be a v2 token of ours.
            raise ApiError(400, "validation_failed", "Refresh token is not valid")
        token = self.tokens.get(value)
        if token is None:
            raise ApiError(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found")
        session = self.sessions.get(token.session_id)
        if session is None:
            raise ApiError(400, "session_not_found", "Invalid Refresh Token: No Valid Session Found")
        user = self.users[session.user_id]
        now = self.now()
        if user.banned(now):
            raise ApiError(400, "user_banned", "Invalid Refresh Token: User Banned")
        chosen: RefreshToken | None = None
        if token.revoked:
            active = self._newest_active_token(session.id)
            if active is not None and active.parent == token.token:
                chosen = active  # the client lost the previous answer: hand the same child out again
            elif now > token.updated_at + self.config.refresh_token_reuse_interval:
                if self.config.refresh_token_rotation:
                    for other in self.tokens.values():
                        if other.session_id == session.id and not other.revoked:
                            other.revoked = True
                            other.updated_at = now
                raise ApiError(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used")
        if chosen is None:
            token.revoked = True
            token.updated_at = now
            chosen = self._new_refresh_token(session.id, parent=token.token)
        session.refreshed_at = now
        return self.token_response(user, session, chosen)

    def _newest_active_token(self, session_id: str) -> RefreshToken | None:
        active = [t for t in self.tokens.values() if t.session_id == session_id and not t.revoked]
        return max(active, key=lambda t: t.created_at, default=None)

    def token_response(self, user: User, session: Session, token: RefreshToken) -> dict[str, Any]:
        iat = int(self.now())
        exp = iat + self.config.jwt_exp
        claims = {
            "iss": self.issuer,
            "sub": user.id,
            "aud": user.aud,
            "exp": exp,
            "iat": iat,
            "email": user.email,
            "phone": user.phone,
            "app_metadata": user.app_metadata,
            "user_metadata": user.user_metadata,
            "role": user.role,
            "aal": session.aal,
            "amr": session.amr,
            "session_id": session.id,
            "is_anonymous": False,
        }
        access_token = jwt.encode(claims, self.config.jwt_secret, algorithm="HS256")
        return {
            "access_token": access_token,
            "token_type": "bearer",
            "expires_in": exp - iat,
            "expires_at": exp,
            "refresh_token": token.token,
            "user": user.to_json(),
        }

    # -- bearer tokens -------------------------------------------------------------------------------

    def claims_from_bearer(self, authorization: str | None) -> dict[str, Any]:
        match = re.match(r"(?i)^bearer (\S+)$", authorization or "")
        if not match:
            raise ApiError(401, "no_authorization", "This endpoint requires a valid Bearer token")
        try:
            # No leeway, like golang-jwt; our own clock (offset included) decides expiry.
            claims = jwt.decode(
                match.group(1),
                self.config.jwt_secret,
                algorithms=["HS256"],
                options={"verify_aud": False, "verify_exp": False, "verify_iat": False},
            )
        except jwt.PyJWTError as exc:
            raise ApiError(
                403, "bad_jwt", f"invalid JWT: unable to parse or verify signature, {exc}"
            ) from None
        exp = claims.get("exp")
        if isinstance(exp, int | float) and self.now() >= exp:
            raise ApiError(
                403,
                "bad_jwt",
                "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
            )
        return claims

    def authenticated_user(self, authorization: str | None) -> tuple[User, dict[str, Any]]:
        """GoTrue's requireAuthentication: a valid bearer naming a live user and (if any) a live session."""
        claims = self.claims_from_bearer(authorization)
        sub = claims.get("sub")
        if not sub:
            raise ApiError(403, "bad_jwt", "invalid claim: missing sub claim")
        try:
            uuid.UUID(str(sub))
        except ValueError:
            raise ApiError(400, "bad_jwt", "invalid claim: sub claim must be a UUID") from None
        user = self.users.get(str(sub))
        if user is None:
            raise ApiError(403, "user_not_found", "User from sub claim in JWT does not exist")
        session_id = claims.get("session_id")
        if session_id and session_id not in self.sessions and uuid.UUID(session_id).int != 0:
            raise ApiError(403, "session_not_found", "Session from session_id claim in JWT does not exist")
        if user.banned(self.now()):
            raise ApiError(403, "user_banned", "User is banned")
        return user, claims

    def require_admin(self, authorization: str | None) -> None:
        claims = self.claims_from_bearer(authorization)
        session_id = claims.get("session_id")
        if session_id and session_id not in self.sessions:
            raise ApiError(403, "session_not_found", "Session from session_id claim in JWT does not exist")
        if claims.get("role") not in ADMIN_ROLES:
            raise ApiError(403, "not_admin", "User not allowed")


def _merge_metadata(target: dict[str, Any], update: Any) -> None:
    if not isinstance(update, dict):
        return
    for key, value in update.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value


def _ban_until(duration: str, now: float) -> float | None:
    if duration == "none":
        return None
    try:
        return now + parse_go_duration(duration)
    except ValueError:
        raise ApiError(400, "validation_failed", "invalid format for ban duration: " + duration) from None


class _Handler(BaseHTTPRequestHandler):
    """One HTTP request: the optional gateway layer, test controls, then GoTrue's routes."""

    server: _HTTPServer
    protocol_version = "HTTP/1.1"

    # -- plumbing ------------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        # Never log request lines: query strings and bodies can carry tokens.
        logger.debug("auth server: %s %s", self.command, urlsplit(self.path).path)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        raw_body = self._read_body()
        state = self.server.state
        path = parts.path
        gateway = path.startswith("/auth/v1")
        if gateway:
            path = path[len("/auth/v1") :] or "/"
        try:
            if gateway and state.config.require_apikey and not self._gateway_allows(path, query):
                return
            delay = state.controls.take_delay()
            if delay:
                time.sleep(delay)
            failure = state.controls.take_failure(path)
            if failure is not None:
                self._send_raw(failure.status, failure.body, "application/json" if failure.body else None)
                return
            with state.lock:
                status, payload, headers = self._route(state, path, query, raw_body)
            self._send_json(status, payload, headers)
        except ApiError as err:
            self._send_error(err)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _json_body(self, raw: bytes) -> dict[str, Any]:
        if not raw:
            return {}
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, "bad_json", f"Could not parse request body as JSON: {exc}") from None
        if not isinstance(body, dict):
            raise ApiError(400, "bad_json", "Could not parse request body as JSON: not an object")
        return body

    def _gateway_allows(self, path: str, query: dict[str, str]) -> bool:
        if path in ("/verify", "/callback", "/authorize", "/.well-known/jwks.json"):
            return True
        key = self.headers.get("apikey") or query.get("apikey")
        if not key:
            self._send_json(401, {"message": "No API key found in request"}, {})
            return False
        if key not in self.server.api_keys:
            self._send_json(401, {"message": "Invalid API key"}, {})
            return False
        return True

    def _send_raw(self, status: int, body: bytes, content_type: str | None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_json(self, status: int, payload: Any, headers: dict[str, str]) -> None:
        if status == HTTPStatus.NO_CONTENT:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps(payload).encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _asks_2024_errors(self) -> bool:
        requested = (self.headers.get("X-Supabase-Api-Version") or "").strip()
        try:
            return datetime.strptime(requested, "%Y-%m-%d") >= datetime(2024, 1, 1)
        except ValueError:
            return False

    def _send_error(self, err: ApiError) -> None:
        headers: dict[str, str] = {}
        if err.oauth:
            payload: dict[str, Any] = {"error": err.code, "error_description": err.message}
        else:
            headers["x-sb-error-code"] = err.code
            if self._asks_2024_errors():
                headers["X-Supabase-Api-Version"] = API_VERSION_2024
                payload = {"code": err.code, "message": err.message}
            else:
                payload = {"code": err.status, "error_code": err.code, "msg": err.message}
                if err.status >= 500:
                    payload["error_id"] = str(uuid.uuid4())
        self._send_json(err.status, payload, headers)

    # -- routes --------------------------------------------------------------------------------------

    def _route(
        self, state: AuthState, path: str, query: dict[str, str], raw: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        method = self.command
        auth = self.headers.get("Authorization")
        if path == "/token" and method == "POST":
            if state.controls.take_rate_limit():
                raise ApiError(429, "over_request_rate_limit", "Request rate limit reached")
            return self._token(state, query.get("grant_type", ""), self._json_body(raw))
        if path == "/user" and method == "GET":
            user, _ = state.authenticated_user(auth)
            return 200, user.to_json(), {}
        if path == "/logout" and method == "POST":
            return self._logout(state, auth, query.get("scope") or "global")
        if path == "/.well-known/jwks.json" and method == "GET":
            return 200, {"keys": []}, {"Cache-Control": "public, max-age=600"}
        if path.startswith("/admin/users"):
            state.require_admin(auth)
            return self._admin_users(state, method, path, query, raw)
        raise ApiError(404, "not_found", "Not found")

    def _token(self, state: AuthState, grant: str, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        if grant == "password":
            return 200, self._password_grant(state, body), {}
        if grant == "refresh_token":
            return 200, state.refresh(body.get("refresh_token") or ""), {}
        raise ApiError(400, "invalid_credentials", "unsupported_grant_type")

    def _password_grant(self, state: AuthState, body: dict[str, Any]) -> dict[str, Any]:
        email = body.get("email") or ""
        phone = body.get("phone") or ""
        password = body.get("password") or ""
        if email and phone:
            raise ApiError(
                400, "validation_failed", "Only an email address or phone number should be provided on login."
            )
        if not email and not phone:
            raise ApiError(400, "validation_failed", "missing email or phone")
        user = state.user_by_email(email) if email else None
        if user is None or user.password_hash is None:
            raise ApiError(400, "invalid_credentials", "Invalid login credentials")
        if user.banned(state.now()):
            raise ApiError(400, "user_banned", "User is banned")
        if not _password_matches(password, user.password_hash):
            raise ApiError(400, "invalid_credentials", "Invalid login credentials")
        if user.email_confirmed_at is None:
            raise ApiError(400, "email_not_confirmed", "Email not confirmed")
        return state.sign_in(user)

    def _logout(self, state: AuthState, auth: str | None, scope: str) -> tuple[int, Any, dict[str, str]]:
        user, claims = state.authenticated_user(auth)
        if scope not in ("global", "local", "others"):
            raise ApiError(400, "validation_failed", f'Unsupported logout scope "{scope}"')
        current = claims.get("session_id")
        for session in [s for s in state.sessions.values() if s.user_id == user.id]:
            if (
                scope == "global"
                or (scope == "local" and session.id == current)
                or (scope == "others" and session.id != current)
            ):
                state.delete_session(session.id)
        return 204, None, {}

    def _admin_users(
        self, state: AuthState, method: str, path: str, query: dict[str, str], raw: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        rest = path[len("/admin/users") :].strip("/")
        if not rest:
            if method == "POST":
                return 200, state.create_user(self._json_body(raw)).to_json(include_confirmed_at=False), {}
            if method == "GET":
                page = int(query.get("page") or 1)
                per_page = int(query.get("per_page") or 50)
                users = sorted(state.users.values(), key=lambda u: u.created_at)
                chosen = users[(page - 1) * per_page : page * per_page]
                return (
                    200,
                    {"users": [u.to_json() for u in chosen], "aud": "authenticated"},
                    {"X-Total-Count": str(len(users))},
                )
            raise ApiError(405, "method_not_allowed", "Method not allowed")
        try:
            user_id = str(uuid.UUID(rest))
        except ValueError:
            raise ApiError(404, "validation_failed", "user_id must be an UUID") from None
        user = state.users.get(user_id)
        if user is None:
            raise ApiError(404, "user_not_found", "User not found")
        if method == "GET":
            return 200, user.to_json(), {}
        if method == "PUT":
            return 200, state.update_user(user, self._json_body(raw)).to_json(), {}
        if method == "DELETE":
            state.delete_user(user)
            return 200, {}, {}
        raise ApiError(405, "method_not_allowed", "Method not allowed")


class _HTTPServer(ThreadingHTTPServer):
    """A thread per connection; remembers open connections so `stop()` can cut them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: AuthState, api_keys: set[str]) -> None:
        super().__init__(address, _Handler)
        self.state = state
        self.api_keys = api_keys
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, address = super().get_request()
        with self._open_lock:
            self._open.add(conn)
        return conn, address

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Cut kept-alive client connections too, so a stopped server is really unreachable."""
        with self._open_lock:
            open_now, self._open = list(self._open), set()
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class AuthServer:
    """The local auth server: `start()` serves in a daemon thread, `stop()` closes it (state kept)."""

    def __init__(self, config: AuthConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config or AuthConfig()
        self.controls = TestControls()
        self.state = AuthState(self.config, self.controls)
        self.host = host
        self.port = port
        self.anon_key = make_api_key(self.config.jwt_secret, "anon")
        self.service_role_key = make_api_key(self.config.jwt_secret, "service_role")
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The Supabase project URL the client is given (it appends /auth/v1 itself)."""
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def start(self) -> AuthServer:
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.port), self.state, {self.anon_key, self.service_role_key})
        self.port = self._httpd.server_address[1]
        if not self.config.issuer:
            self.state.issuer = f"{self.url}/auth/v1"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="auth-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        httpd.drop_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> AuthServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- conveniences for seeding and tests (same rules as the admin API) ----------------------------

    def create_user(self, email: str, password: str, **attributes: Any) -> str:
        """Create a confirmed user directly (as `POST /admin/users` with email_confirm) and return its id."""
        with self.state.lock:
            body = {"email": email, "password": password, "email_confirm": True, **attributes}
            return self.state.create_user(body).id
