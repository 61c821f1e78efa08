"""Fixtures for the sign-in tests: the local auth server, real supabase clients, a real file keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring
from supabase import Client, ClientOptions, create_client
from supabase_auth import SyncMemoryStorage

from desktop_app.config import ConnectedConfig
from desktop_app.devstack.auth_server import AuthConfig, AuthServer
from desktop_app.devstack.seed import DemoUser, seed_demo
from desktop_app.integrations.connected_mode import ConnectedParts, build_connected
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import desktop_sqlalchemy_url, enable_desktop_login

PASSWORD = "clave-segura-123"


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    server = AuthServer(AuthConfig()).start()
    yield server
    server.stop()


@pytest.fixture
def make_client(auth_server: AuthServer) -> Callable[..., Client]:
    """A real supabase client (auto-refresh off, in-memory storage) talking HTTP to the auth server."""

    def make(key: str | None = None, url: str | None = None) -> Client:
        options = ClientOptions(storage=SyncMemoryStorage(), auto_refresh_token=False)
        return create_client(url or auth_server.url, key or auth_server.anon_key, options)

    return make


@pytest.fixture
def admin(make_client: Callable[..., Client], auth_server: AuthServer) -> Client:
    return make_client(auth_server.service_role_key)


class WindowsSizedKeyring(KeyringBackend):
    """Wraps a real backend and refuses secrets over 1,280 UTF-16 units, as Windows Credential Manager does."""

    priority = 0  # type: ignore[assignment]
    MAX_UNITS = 1280

    def __init__(self, inner: KeyringBackend) -> None:
        super().__init__()
        self.inner = inner

    def get_password(self, service: str, username: str) -> str | None:
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > 2 * self.MAX_UNITS:
            raise OSError(1783, "CredWrite", "The stub received bad data")
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.inner.delete_password(service, username)


@pytest.fixture
def file_keyring(tmp_path) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's plaintext file backend in a temp dir, installed as the process keyring."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def windows_keyring(file_keyring: PlaintextKeyring) -> WindowsSizedKeyring:
    return WindowsSizedKeyring(file_keyring)


@dataclass
class Stack:
    """The running servers and what a test needs to build "app processes" against them."""

    auth: AuthServer
    owner_url: str
    config: ConnectedConfig
    users: dict[str, DemoUser]
    tmp: Path
    keyring: object

    def app(self, config: ConnectedConfig | None = None, keyring: object | None = None) -> ConnectedParts:
        return build_connected(config or self.config, self.tmp / "prefs.json", keyring or self.keyring)


@pytest.fixture
def stack(pg_url: str, tmp_path: Path, file_keyring, auth_server: AuthServer) -> Iterator[Stack]:
    owner = make_engine(pg_url)
    set_jwt_secret(owner, auth_server.config.jwt_secret)
    owner.dispose()
    enable_desktop_login(pg_url)  # a per-PC login, as the IT person adds it
    users = {u.email.split("@")[0]: u for u in seed_demo(pg_url, auth_server)}
    config = ConnectedConfig(auth_server.url, auth_server.anon_key, desktop_sqlalchemy_url(pg_url))
    built: list[ConnectedParts] = []
    result = Stack(auth_server, pg_url, config, users, tmp_path, file_keyring)
    original = result.app

    def tracked(*args, **kwargs) -> ConnectedParts:
        parts = original(*args, **kwargs)
        built.append(parts)
        return parts

    result.app = tracked  # type: ignore[method-assign]
    yield result
    for parts in built:
        parts.close()
