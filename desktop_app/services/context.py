"""The tenant context every service acts in: one school, one user, that user's roles there."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TenantContext:
    """Who is working, in which school, with which membership roles.

    In connected mode `app.py` builds it from the signed-in user's active membership
    (`school_memberships.roles`). In local mode it comes from `LocalSetup.context()` (see `services/setup.py`):
    the school and the local user created at first run, with the roles the local user was given there.
    """

    school_id: str
    user_id: str
    roles: frozenset[str]
    user_name: str = ""
