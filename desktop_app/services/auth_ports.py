"""Ports the sign-in use case needs: the auth provider, the memberships source, the preferences file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class AuthIdentity:
    """The signed-in user as the auth provider knows it (never carries tokens)."""

    user_id: str
    email: str


@dataclass(frozen=True)
class Membership:
    """One school the user belongs to, with the roles there."""

    school_id: str
    school_name: str
    roles: frozenset[str]
    is_active: bool = True


@dataclass(frozen=True)
class UserAccess:
    """What the shared database says about the user: active or not, name, memberships."""

    user_active: bool
    full_name: str = ""
    memberships: tuple[Membership, ...] = field(default_factory=tuple)


class AuthUnavailable(Exception):
    """The auth server or the database cannot be reached now (offline, timeout, 5xx): try again later."""


class SessionRefused(Exception):
    """The server refused the stored session (revoked, already used, deleted): the user must sign in again."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class SignInRejected(Exception):
    """The server refused a sign-in; `code` says why (invalid_credentials, user_banned, …)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class AuthGateway(Protocol):
    """Supabase Auth as the use case sees it."""

    def stored_identity(self) -> AuthIdentity | None:
        """The user of the session kept on this PC, without any network call."""
        ...

    def verify(self) -> AuthIdentity:
        """Refresh the stored session if due and confirm it with the server.

        Raises AuthUnavailable (offline), SessionRefused (sign in again); LookupError if there is no session.
        """
        ...

    def sign_in(self, email: str, password: str) -> AuthIdentity:
        """Raises SignInRejected or AuthUnavailable."""
        ...

    def sign_out(self, everywhere: bool = False) -> None:
        """Forget the session on this PC; with `everywhere`, revoke every session of the user too."""
        ...


class MembershipSource(Protocol):
    """The user's memberships in the shared database, read with the user's verified identity."""

    def user_access(self) -> UserAccess:
        """Raises AuthUnavailable when the database cannot be reached."""
        ...


class Preferences(Protocol):
    """Non-secret per-user preferences kept in a settings file (last school, memberships seen last)."""

    def last_school_id(self, user_id: str) -> str | None: ...

    def remember_school(self, user_id: str, school_id: str) -> None: ...

    def cached_access(self, user_id: str) -> UserAccess | None: ...

    def cache_access(self, user_id: str, access: UserAccess) -> None: ...
