"""Connected mode's concrete pieces, built from the config file: Qt-free, so the tests use them as is.

`build_connected()` gives the sign-in use case (`AuthService`) wired to Supabase Auth (session in the OS
keyring), the memberships in the shared database (desktop role, token verified by Postgres) and the
preferences file. The composition root (`app.py`) calls it when `--config` is given and renders
`service.start()`'s status: sign-in dialog, school picker, offline banner, main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import Engine

from desktop_app.config import ConnectedConfig, PreferencesFile
from desktop_app.integrations.keyring_store import KeyringSessionStorage
from desktop_app.integrations.supabase_auth import SupabaseAuth
from desktop_app.services.auth import AuthService
from desktop_app.storage.memberships import PostgresMemberships
from desktop_app.storage.postgres import make_engine

DATABASE_CONNECT_TIMEOUT_SECONDS = 5


@dataclass
class ConnectedParts:
    """What connected mode runs on; `close()` releases the HTTP client and the database pool."""

    auth: SupabaseAuth
    service: AuthService
    engine: Engine

    def close(self) -> None:
        self.auth.close()
        self.engine.dispose()


def build_connected(
    config: ConnectedConfig,
    preferences_path: Path,
    keyring_backend: KeyringBackend | None = None,
) -> ConnectedParts:
    storage = KeyringSessionStorage(backend=keyring_backend)
    auth = SupabaseAuth(config.supabase_url, config.anon_key, storage)
    engine = make_engine(
        config.database_url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": DATABASE_CONNECT_TIMEOUT_SECONDS},
    )
    memberships = PostgresMemberships(engine, auth.access_token)
    service = AuthService(auth, memberships, PreferencesFile(preferences_path))
    return ConnectedParts(auth=auth, service=service, engine=engine)
