"""Fixtures for the sign-in tests: the local auth server, real supabase clients, a real file keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring
from supabase import Client, ClientOptions, create_client
from supabase_auth import SyncMemoryStorage

from desktop_app.devstack.auth_server import AuthConfig, AuthServer

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
