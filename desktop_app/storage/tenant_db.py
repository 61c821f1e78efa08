"""Work in the shared database as the desktop role, with the identity Postgres verifies itself.

The desktop app connects as `secretaria_desktop` (a role that owns nothing and bypasses nothing, made by
migration 0003) and hands Postgres the user's Supabase access token. Postgres checks the token's HS256
signature with the project's JWT secret (kept in `app_private.jwt_secret`, readable by the owner alone),
its `exp`, `aud` and `role`; the row-level security policies then show and accept only rows of schools
where that user has an active membership. Nothing else the client can set (`app.user_id`,
`request.jwt.claims`, `SET ROLE` …) grants anything.

A login URL for the desktop role, once an operator has given it a password
(`ALTER ROLE secretaria_desktop LOGIN PASSWORD '…'`), looks like::

    postgresql+psycopg://secretaria_desktop:<password>@db.<project-ref>.supabase.co:5432/postgres?sslmode=require

or, through Supabase's pooler (transaction mode; the user name carries the project ref)::

    postgresql+psycopg://secretaria_desktop.<project-ref>:<password>@aws-0-<region>.pooler.supabase.com:6543/postgres

`tenant_connection` sets the token transaction-locally (`set_config(..., true)`), so it is safe behind a
transaction-mode pooler: the token never outlives the transaction nor leaks to the next client of the
pooled server connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

DESKTOP_ROLE = "secretaria_desktop"
"""The database role the desktop app logs in as."""

ACCESS_TOKEN_SETTING = "app.access_token"
"""The one session setting Postgres reads the identity from (and verifies)."""

INVALID_TOKEN_SQLSTATE = "28000"
"""SQLSTATE (invalid_authorization_specification) raised when a token is present but rejected
(bad signature, expired, wrong audience or role): the caller should refresh the session and retry."""


def use_access_token(connection: Connection, access_token: str | None, *, transaction_local: bool = True) -> None:
    """Hand Postgres the user's access token for this transaction (or the whole session)."""
    connection.execute(
        text("SELECT set_config(:name, :token, :local)"),
        {"name": ACCESS_TOKEN_SETTING, "token": access_token or "", "local": transaction_local},
    )


@contextmanager
def tenant_connection(engine: Engine, access_token: str) -> Iterator[Connection]:
    """A transaction in which Postgres knows the user from `access_token`; commits on success.

    `engine` must log in as the desktop role; the token is dropped when the transaction ends.
    """
    with engine.begin() as connection:
        use_access_token(connection, access_token)
        yield connection


def set_jwt_secret(owner_engine: Engine, secret: str) -> None:
    """Store the Supabase project's JWT secret (owner only) so Postgres can verify access tokens."""
    with owner_engine.begin() as connection:
        connection.execute(text("SELECT app_private.set_jwt_secret(:secret)"), {"secret": secret})


def verified_user_id(connection: Connection) -> str | None:
    """The user id Postgres derived from the verified token of this transaction, or None."""
    value = connection.execute(text("SELECT app_auth.uid()")).scalar()
    return str(value) if value is not None else None
