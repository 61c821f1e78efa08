"""Helpers for tests that act as the desktop role: GoTrue-shaped access tokens and a per-PC login."""

from __future__ import annotations

import importlib.util
import time
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import jwt
import psycopg

from desktop_app.admin.pc_logins import PcLimits, add_pc, pc_conninfo, pc_database_url, pc_role

TEST_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"  # the Supabase CLI's default
TEST_DESKTOP_PASSWORD = "desktop-test-password"
ISSUER = "http://127.0.0.1:54321/auth/v1"


def gotrue_claims(user_id: str, email: str = "", lifetime: int = 3600, **overrides: Any) -> dict[str, Any]:
    """Exactly the claim set GoTrue issues for a password sign-in (auth contract §6.1)."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "sub": user_id,
        "aud": "authenticated",
        "exp": now + lifetime,
        "iat": now,
        "email": email,
        "phone": "",
        "app_metadata": {"provider": "email", "providers": ["email"]},
        "user_metadata": {"email_verified": True},
        "role": "authenticated",
        "aal": "aal1",
        "amr": [{"method": "password", "timestamp": now}],
        "session_id": str(uuid.uuid4()),
        "is_anonymous": False,
    }
    claims.update(overrides)
    return claims


def mint_token(user_id: str, secret: str = TEST_JWT_SECRET, **overrides: Any) -> str:
    """An HS256 access token as GoTrue signs it (header `{"alg":"HS256","typ":"JWT"}`)."""
    return jwt.encode(gotrue_claims(user_id, **overrides), secret, algorithm="HS256")


TEST_PC = "tests"
TEST_PC_ROLE = pc_role(TEST_PC)
TEST_PC_LIMITS = PcLimits(connection_limit=20)  # the tests open more sessions than one office PC


def desktop_conninfo(superuser_url: str, role: str = TEST_PC_ROLE, password: str = TEST_DESKTOP_PASSWORD) -> str:
    """Connection string of a PC login (a member of the desktop role) to the same database."""
    return pc_conninfo(superuser_url, role, password)


def enable_desktop_login(superuser_url: str) -> None:
    """Give the tests their PC login, as the IT person would (`desktop-app admin pc add`); cluster-wide, once."""
    with psycopg.connect(superuser_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (TEST_PC_ROLE,)).fetchone()
    if not exists:
        add_pc(superuser_url, TEST_PC, limits=TEST_PC_LIMITS, password=TEST_DESKTOP_PASSWORD)


def desktop_sqlalchemy_url(superuser_url: str) -> str:
    """The same login as a SQLAlchemy URL (psycopg 3 driver)."""
    return pc_database_url(superuser_url, TEST_PC_ROLE, TEST_DESKTOP_PASSWORD)


def load_migration(stem: str) -> ModuleType:
    """A module of alembic/versions (not a package) loaded from its file, e.g. "0004_security_hardening"."""
    path = Path(__file__).resolve().parents[2] / "alembic" / "versions" / f"{stem}.py"
    spec = importlib.util.spec_from_file_location(f"_alembic_{stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
