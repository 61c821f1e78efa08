"""The signed-in user's memberships, read from the shared database under row-level security.

The identity is the access token that Postgres verifies itself (see `tenant_db`); nothing here says who
the user is. Under the policies of migration 0003 a user sees their own row and their own memberships
only while the user is active and the membership is active, so "inactive user", "inactive membership"
and "no membership" all look the same from here: no active membership (the refusal says so).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop_app.services.auth_ports import AuthUnavailable, Membership, SessionRefused, UserAccess
from desktop_app.storage.local.session import LocalSession
from desktop_app.storage.local.store import LocalStore
from desktop_app.storage.tenant_db import INVALID_TOKEN_SQLSTATE, tenant_connection

_USER = text("SELECT full_name, is_active FROM users WHERE id = app_auth.uid()")
_MEMBERSHIPS = text(
    """
    SELECT m.school_id, s.name, m.roles, m.is_active AND s.is_active AS active
    FROM school_memberships AS m JOIN schools AS s ON s.id = m.school_id
    WHERE m.user_id = app_auth.uid()
    ORDER BY s.name
    """
)


class PostgresMemberships:
    """`MembershipSource` over the desktop role's connection, with a fresh access token per read."""

    def __init__(self, engine: Engine, access_token: Callable[[], str]) -> None:
        self._engine = engine
        self._access_token = access_token

    def user_access(self) -> UserAccess:
        token = self._access_token()
        try:
            # Connect first: a failed login (also SQLSTATE 28000) means "cannot reach", not "bad token".
            self._engine.connect().close()
        except OperationalError:
            raise AuthUnavailable("the shared database cannot be reached") from None
        try:
            with tenant_connection(self._engine, token) as connection:
                user = connection.execute(_USER).first()
                rows = connection.execute(_MEMBERSHIPS).all()
        except DBAPIError as error:
            if _sqlstate(error) == INVALID_TOKEN_SQLSTATE:
                raise SessionRefused("token_rejected_by_database") from None
            if isinstance(error, OperationalError):
                raise AuthUnavailable("the shared database cannot be reached") from None
            raise
        memberships = tuple(
            Membership(
                school_id=str(school_id),
                school_name=str(name),
                roles=frozenset(_roles(roles)),
                is_active=bool(active),
            )
            for school_id, name, roles, active in rows
        )
        if user is None:
            # Invisible: the user is inactive or has no active membership (0003 hides both alike).
            return UserAccess(user_active=True, full_name="", memberships=memberships)
        return UserAccess(user_active=bool(user.is_active), full_name=user.full_name, memberships=memberships)


def _roles(value: object) -> list[str]:
    if isinstance(value, str):
        value = json.loads(value)
    return [str(role) for role in value] if isinstance(value, list) else []


def _sqlstate(error: DBAPIError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def mirror_membership_locally(
    store: LocalStore,
    *,
    school_id: str,
    school_name: str,
    user_id: str,
    email: str,
    full_name: str,
    roles: frozenset[str],
) -> None:
    """Make sure the local store knows the chosen school and the user, as the sync engine's first pull would.

    Written with the outbox capture silenced (`applying_remote`), like any row that comes from the server:
    these rows are the server's, never the PC's to push. Rows already there (from a real pull) are left alone.
    """
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 1 WHERE id = 1")
        session = LocalSession(connection, writable=True)
        if session.get("schools", school_id, school_id=school_id) is None:
            session.insert("schools", {"id": school_id, "name": school_name})
        if not session.find("school_settings", school_id=school_id):
            session.insert("school_settings", {"school_id": school_id})
        if session.user(user_id) is None:
            session.insert("users", {"id": user_id, "email": email, "full_name": full_name})
        if not session.find("school_memberships", school_id=school_id, user_id=user_id):
            session.insert(
                "school_memberships", {"school_id": school_id, "user_id": user_id, "roles": sorted(roles)}
            )
        connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 0 WHERE id = 1")
