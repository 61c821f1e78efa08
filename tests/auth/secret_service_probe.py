"""The chunked session store on the real Secret Service (gnome-keyring), run by hand on Linux.

Not collected by pytest: the suite must run without gnome-keyring (Windows, macOS, bare CI). Run it with a
throwaway home and D-Bus session:

    sudo apt-get install -y gnome-keyring dbus
    HOME=$(mktemp -d) dbus-run-session -- sh -c \
      'echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
       .venv/bin/python -m tests.auth.secret_service_probe'

It exits 0 and prints "secret service: ok" when every check passed (an AssertionError otherwise).
"""

from __future__ import annotations

import json

from keyring.backends.SecretService import Keyring as SecretServiceKeyring
from supabase import ClientOptions, create_client
from supabase_auth.constants import STORAGE_KEY

from desktop_app.devstack.auth_server import AuthServer
from desktop_app.integrations.keyring_store import SERVICE_NAME, KeyringSessionStorage


def main() -> None:
    backend = SecretServiceKeyring()
    storage = KeyringSessionStorage(backend=backend)
    assert storage.get_item(STORAGE_KEY) is None
    storage.remove_item(STORAGE_KEY)  # missing entry: harmless

    long_value = "x" * 5200
    storage.set_item(STORAGE_KEY, long_value)
    manifest = json.loads(backend.get_password(SERVICE_NAME, STORAGE_KEY))
    assert manifest["n"] == 6 and KeyringSessionStorage(backend=backend).get_item(STORAGE_KEY) == long_value
    storage.set_item(STORAGE_KEY, "y" * 1500)
    for index in range(1, 7):  # the longer session's chunks are all gone
        assert backend.get_password(SERVICE_NAME, f"{STORAGE_KEY}#{manifest['gen']}#{index}") is None
    assert KeyringSessionStorage(backend=backend).get_item(STORAGE_KEY) == "y" * 1500
    storage.remove_item(STORAGE_KEY)
    assert KeyringSessionStorage(backend=backend).get_item(STORAGE_KEY) is None

    with AuthServer() as server:
        server.create_user("probe@colegio.edu.co", "clave-segura-123", user_metadata={"n": "x" * 2000})
        options = ClientOptions(storage=KeyringSessionStorage(backend=backend), auto_refresh_token=False)
        client = create_client(server.url, server.anon_key, options)
        client.auth.sign_in_with_password({"email": "probe@colegio.edu.co", "password": "clave-segura-123"})
        again = ClientOptions(storage=KeyringSessionStorage(backend=backend), auto_refresh_token=False)
        assert create_client(server.url, server.anon_key, again).auth.get_session() is not None
        client.auth.sign_out({"scope": "local"})
        assert KeyringSessionStorage(backend=backend).get_item(STORAGE_KEY) is None
    print("secret service: ok")


if __name__ == "__main__":
    main()
