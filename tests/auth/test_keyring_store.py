"""The chunked session store on a real keyring backend (keyrings.alt's file keyring), with a wrapper that
refuses secrets over 1,280 UTF-16 units as Windows Credential Manager does."""

from __future__ import annotations

import configparser
import json
import random
import string
from pathlib import Path

import pytest
from keyrings.alt.escape import unescape
from supabase import ClientOptions, create_client
from supabase_auth.constants import STORAGE_KEY

from desktop_app.integrations.keyring_store import SERVICE_NAME, KeyringSessionStorage, split_utf16
from tests.auth.conftest import PASSWORD, WindowsSizedKeyring


def random_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits + "{}\":,.ñáé") for _ in range(size))


def stored_entries(file_keyring) -> list[str]:
    """The usernames the file keyring holds for our service (read from its INI file, not through our code)."""
    parser = configparser.RawConfigParser()
    parser.read(file_keyring.file_path, encoding="utf-8")
    sections = [s for s in parser.sections() if unescape(s) == SERVICE_NAME]
    return [unescape(option) for section in sections for option in parser.options(section)]


def test_a_5_kb_session_fits_windows_sized_secrets(windows_keyring: WindowsSizedKeyring, file_keyring) -> None:
    storage = KeyringSessionStorage(backend=windows_keyring)
    value = random_text(5200)
    with pytest.raises(OSError):
        windows_keyring.set_password(SERVICE_NAME, "probe", value)  # the wrapper really is that strict

    storage.set_item(STORAGE_KEY, value)

    assert KeyringSessionStorage(backend=windows_keyring).get_item(STORAGE_KEY) == value
    assert len(stored_entries(file_keyring)) == 1 + 6  # manifest + ceil(5200 / 1000) chunks


def test_a_shorter_session_leaves_no_stale_chunk(windows_keyring, file_keyring) -> None:
    storage = KeyringSessionStorage(backend=windows_keyring)
    storage.set_item(STORAGE_KEY, random_text(5200, seed=1))
    shorter = random_text(1500, seed=2)
    storage.set_item(STORAGE_KEY, shorter)

    assert KeyringSessionStorage(backend=windows_keyring).get_item(STORAGE_KEY) == shorter
    assert len(stored_entries(file_keyring)) == 1 + 2
    storage.remove_item(STORAGE_KEY)
    assert stored_entries(file_keyring) == []
    assert KeyringSessionStorage(backend=windows_keyring).get_item(STORAGE_KEY) is None


def test_missing_entries_are_no_session_and_removing_them_is_harmless(windows_keyring, file_keyring) -> None:
    storage = KeyringSessionStorage(backend=windows_keyring)
    assert storage.get_item(STORAGE_KEY) is None
    storage.remove_item(STORAGE_KEY)  # the supabase client does this on first use

    storage.set_item(STORAGE_KEY, random_text(2500))
    manifest = json.loads(file_keyring.get_password(SERVICE_NAME, STORAGE_KEY))
    file_keyring.delete_password(SERVICE_NAME, f"{STORAGE_KEY}#{manifest['gen']}#2")
    assert KeyringSessionStorage(backend=windows_keyring).get_item(STORAGE_KEY) is None
    storage.remove_item(STORAGE_KEY)  # one chunk already gone: still removes the rest
    assert stored_entries(file_keyring) == []


def test_a_chunk_that_does_not_match_the_checksum_is_no_session(windows_keyring, file_keyring) -> None:
    KeyringSessionStorage(backend=windows_keyring).set_item(STORAGE_KEY, random_text(2500))
    manifest = json.loads(file_keyring.get_password(SERVICE_NAME, STORAGE_KEY))
    file_keyring.set_password(SERVICE_NAME, f"{STORAGE_KEY}#{manifest['gen']}#1", "x" * 1000)
    assert KeyringSessionStorage(backend=windows_keyring).get_item(STORAGE_KEY) is None


class FailingManifestWrite(WindowsSizedKeyring):
    """Crashes on the final manifest write, as a power cut between chunks and manifest would."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if username == STORAGE_KEY and '"pending"' not in password:
            raise RuntimeError("power cut")
        super().set_password(service, username, password)


def test_a_crash_mid_write_keeps_the_old_session_and_the_next_write_cleans_up(file_keyring) -> None:
    old = random_text(2500, seed=3)
    KeyringSessionStorage(backend=WindowsSizedKeyring(file_keyring)).set_item(STORAGE_KEY, old)
    with pytest.raises(RuntimeError):
        KeyringSessionStorage(backend=FailingManifestWrite(file_keyring)).set_item(STORAGE_KEY, random_text(4000))

    storage = KeyringSessionStorage(backend=WindowsSizedKeyring(file_keyring))
    assert storage.get_item(STORAGE_KEY) == old
    storage.set_item(STORAGE_KEY, "corto")
    assert len(stored_entries(file_keyring)) == 1 + 1


def test_chunks_never_split_a_character_and_count_utf16_units() -> None:
    text = "a" * 999 + "😀" + "ñ" * 5
    chunks = split_utf16(text, 1000)
    assert "".join(chunks) == text
    assert chunks[0] == "a" * 999  # the emoji takes two units: it moves to the next chunk
    assert all(len(c.encode("utf-16-le")) <= 2000 for c in chunks)


def test_the_supabase_client_persists_and_restores_its_session_through_the_store(
    auth_server, windows_keyring, file_keyring
) -> None:
    auth_server.create_user("kr@colegio.edu.co", PASSWORD, user_metadata={"full_name": "Ana " + "x" * 2000})
    options = ClientOptions(storage=KeyringSessionStorage(backend=windows_keyring), auto_refresh_token=False)
    first = create_client(auth_server.url, auth_server.anon_key, options)
    session = first.auth.sign_in_with_password({"email": "kr@colegio.edu.co", "password": PASSWORD}).session

    fresh = ClientOptions(storage=KeyringSessionStorage(backend=windows_keyring), auto_refresh_token=False)
    restored = create_client(auth_server.url, auth_server.anon_key, fresh).auth.get_session()
    assert restored is not None and restored.refresh_token == session.refresh_token
    assert len(stored_entries(file_keyring)) >= 4  # a 4+ KB session, split

    first.auth.sign_out({"scope": "local"})
    assert stored_entries(file_keyring) == []
    assert Path(file_keyring.file_path).exists()
