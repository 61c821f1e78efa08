"""Demo schools and users for the dev stack and the connected-mode tests.

Two schools; a rector, a secretary who works in both, a teacher, and a former teacher whose only
membership is inactive. Each user exists in the auth server (same id) and in the shared database.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import psycopg

from desktop_app.devstack.auth_server import AuthServer


@dataclass(frozen=True)
class DemoSchool:
    """A school of the demo."""

    id: str
    name: str
    nit: str


@dataclass(frozen=True)
class DemoUser:
    """A demo user, their password, and their memberships: (school id, roles, active)."""

    id: str
    email: str
    password: str
    full_name: str
    memberships: tuple[tuple[str, tuple[str, ...], bool], ...]


SCHOOL_A = DemoSchool(str(uuid.UUID(int=0xA1)), "Colegio San José de Chía", "900123456-8")
SCHOOL_B = DemoSchool(str(uuid.UUID(int=0xB2)), "Institución Educativa La Esperanza", "890905211-1")


def demo_users() -> list[DemoUser]:
    a, b = SCHOOL_A.id, SCHOOL_B.id
    return [
        DemoUser(str(uuid.UUID(int=0x101)), "rectora@sanjose.edu.co", "Rectora-2026!", "Martha Lucía Rojas",
                 ((a, ("rector",), True),)),
        DemoUser(str(uuid.UUID(int=0x102)), "secretaria@sanjose.edu.co", "Secretaria-2026!",
                 "Luz Dary Gómez", ((a, ("secretary",), True), (b, ("secretary",), True))),
        DemoUser(str(uuid.UUID(int=0x103)), "docente@esperanza.edu.co", "Docente-2026!", "Jorge Iván Pérez",
                 ((b, ("teacher",), True), (a, ("teacher",), False))),
        DemoUser(str(uuid.UUID(int=0x104)), "exdocente@sanjose.edu.co", "Exdocente-2026!",
                 "Carlos Andrés Díaz", ((a, ("teacher",), False),)),
    ]  # fmt: skip


def seed_demo(owner_url: str, auth: AuthServer) -> list[DemoUser]:
    """Create the demo schools and users in the database (as its owner) and in the auth server."""
    users = demo_users()
    with psycopg.connect(_libpq(owner_url)) as conn:
        for school in (SCHOOL_A, SCHOOL_B):
            conn.execute(
                "INSERT INTO schools (id, name, nit) VALUES (%s, %s, %s)", (school.id, school.name, school.nit)
            )
            conn.execute("INSERT INTO school_settings (school_id) VALUES (%s)", (school.id,))
        for user in users:
            conn.execute(
                "INSERT INTO users (id, email, full_name) VALUES (%s, %s, %s)",
                (user.id, user.email, user.full_name),
            )
            for school_id, roles, active in user.memberships:
                conn.execute(
                    "INSERT INTO school_memberships (school_id, user_id, roles, is_active)"
                    " VALUES (%s, %s, %s::jsonb, %s)",
                    (school_id, user.id, json.dumps(list(roles)), active),
                )
    for user in users:
        auth.create_user(user.email, user.password, id=user.id, user_metadata={"full_name": user.full_name})
    return users


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)
