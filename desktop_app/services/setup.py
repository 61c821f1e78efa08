"""Who owns this PC's store: the local school and user (local mode) or the signed-in user's school.

How the `TenantContext` is made in local mode: `LocalSetup(store).bootstrap(...)` creates (once) a school,
its settings row, a local user and that user's membership with `LOCAL_ROLES`, and records them in the
store's `sync_client` row; afterwards `LocalSetup(store).context()` rebuilds the same context at every start.

In connected mode the context comes from the signed-in user's active membership; `adopt(...)` then writes
that school, user and membership into the store as server rows (no outbox entries: they exist on the server)
so that local saves can reference them before the first pull, and records the school in `sync_client`.
"""

from __future__ import annotations

import uuid

from desktop_app.domain.errors import FieldError, NotFound, ValidationFailed
from desktop_app.domain.nit import normalize_nit
from desktop_app.services._base import clean_text
from desktop_app.services.context import TenantContext
from desktop_app.services.ports import Store

# Alone on this PC, the person at the keyboard is the school's secretary and its management at once.
LOCAL_ROLES: frozenset[str] = frozenset({"rector", "secretary"})
DEFAULT_SCHOOL_NAME = "Mi colegio"


class LocalSetup:
    """Creates and finds the local school and local user of a store used without a server."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def is_set_up(self) -> bool:
        with self._store.read() as session:
            return session.client_identity() is not None

    def context(self) -> TenantContext:
        """The context saved by `bootstrap`; NotFound when this store was never set up."""
        with self._store.read() as session:
            identity = session.client_identity()
            if identity is None or not identity.get("user_id"):
                raise NotFound("not_found", field="school_id")
            user = session.user(identity["user_id"])
            memberships = session.find(
                "school_memberships", school_id=identity["school_id"], user_id=identity["user_id"]
            )
        roles = frozenset(str(role) for m in memberships for role in (m.get("roles") or []))
        return TenantContext(
            school_id=identity["school_id"], user_id=identity["user_id"],
            roles=roles, user_name=(user or {}).get("full_name", ""),
        )

    def bootstrap(
        self,
        *,
        school_name: str = DEFAULT_SCHOOL_NAME,
        user_name: str = "Secretaría",
        nit: str | None = None,
        roles: frozenset[str] = LOCAL_ROLES,
    ) -> TenantContext:
        """Create the local school and user on first run; later calls return the existing context."""
        if self.is_set_up():
            return self.context()

        name = clean_text(school_name)
        if not name:
            raise ValidationFailed([FieldError("name", "required")])
        normal_nit = normalize_nit(nit) if clean_text(nit) else None
        user_id = str(uuid.uuid4())
        with self._store.write() as session:
            school = session.insert("schools", {"name": name, "nit": normal_nit})
            session.insert("school_settings", {"school_id": school["id"]})
            session.insert("users", {
                "id": user_id, "email": f"local-{user_id}@localhost", "full_name": clean_text(user_name) or "",
            })
            session.insert("school_memberships", {
                "school_id": school["id"], "user_id": user_id, "roles": sorted(roles),
            })
            session.insert("sync_client", {
                "id": 1, "client_id": str(uuid.uuid4()), "school_id": school["id"],
                "user_id": user_id, "mode": "local",
            })
        return self.context()

    def adopt(self, context: TenantContext, *, school_name: str, user_email: str) -> TenantContext:
        """Make the store belong to a connected user's school (see the module docstring); idempotent."""
        with self._store.write() as session:
            session.apply_remote("schools", [{"id": context.school_id, "name": school_name}])
            if session.get("school_settings", context.school_id, school_id=context.school_id) is None:
                session.apply_remote("school_settings", [{"school_id": context.school_id}])
            session.apply_remote("users", [{
                "id": context.user_id, "email": user_email, "full_name": context.user_name or user_email,
            }])
            existing = session.find("school_memberships", school_id=context.school_id, user_id=context.user_id)
            roles_changed = bool(existing) and sorted(existing[0].get("roles") or []) != sorted(context.roles)
            session.apply_remote("school_memberships", [{
                "id": existing[0]["id"] if existing else str(uuid.uuid4()), "school_id": context.school_id,
                "user_id": context.user_id, "roles": sorted(context.roles),
            }])
            identity = session.client_identity()
            if identity is None:
                session.insert("sync_client", {
                    "id": 1, "client_id": str(uuid.uuid4()), "school_id": context.school_id,
                    "user_id": context.user_id, "mode": "connected",
                })
            else:
                # another user, or the same with other roles, pulls everything again: the server's reply
                # depends on them (the PIAR is withheld from some roles)
                again = roles_changed or identity.get("user_id") not in (None, context.user_id)
                session.apply_remote("sync_client", [{**identity, "school_id": context.school_id,
                                                      "user_id": context.user_id, "mode": "connected",
                                                      **({"needs_rebootstrap": 1} if again else {})}])
        return self.context()
