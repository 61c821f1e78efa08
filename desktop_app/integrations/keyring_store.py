"""The Supabase session in the OS keyring, split into chunks small enough for every backend.

Windows Credential Manager stores at most 2,560 bytes a secret and keyring writes UTF-16, so one secret holds
at most 1,280 UTF-16 code units; a Supabase session is about 2,400 characters. The value is therefore stored
as chunks of at most `CHUNK_UNITS` code units under `"<key>#<generation>#<i>"`, and a small manifest under
`"<key>"` names the generation, the chunk count and a SHA-256 of the whole value. The same code path runs on
every OS, so Linux CI exercises the Windows layout.

Write order keeps a crash harmless: the manifest first records the new generation as pending, then the new
chunks are written, then the manifest switches to them, and only then are the old chunks deleted. A reader
never sees a half-written session (it checks the hash), and the next write deletes what a crash left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import threading
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from supabase_auth import SyncSupportedStorage

logger = logging.getLogger(__name__)

SERVICE_NAME = "secretaria-escolar"
CHUNK_UNITS = 1000  # UTF-16 code units per chunk; Windows allows 1,280
MANIFEST_VERSION = 1


def split_utf16(value: str, max_units: int) -> list[str]:
    """Split `value` into pieces of at most `max_units` UTF-16 code units, never inside a character."""
    chunks: list[str] = []
    start = units = 0
    for index, char in enumerate(value):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > max_units:
            chunks.append(value[start:index])
            start, units = index, 0
        units += width
    chunks.append(value[start:])
    return chunks


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class KeyringSessionStorage(SyncSupportedStorage):
    """`SyncSupportedStorage` for the supabase client that keeps each item as chunks under a manifest."""

    def __init__(
        self,
        service: str = SERVICE_NAME,
        backend: KeyringBackend | None = None,
        chunk_units: int = CHUNK_UNITS,
    ) -> None:
        self._service = service
        self._backend = backend
        self._chunk_units = chunk_units
        self._lock = threading.Lock()
        # Cache keyed by the manifest text: one keyring read per access instead of one per chunk.
        self._cache: dict[str, tuple[str, str]] = {}

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    # -- SyncSupportedStorage ------------------------------------------------------------------------

    def get_item(self, key: str) -> str | None:
        with self._lock:
            try:
                manifest_text = self.backend.get_password(self._service, key)
            except KeyringError:
                logger.warning("the OS keyring could not be read; continuing without a stored session")
                return None
            if manifest_text is None:
                return None
            cached = self._cache.get(key)
            if cached is not None and cached[0] == manifest_text:
                return cached[1]
            manifest = _parse_manifest(manifest_text)
            if manifest is None:
                logger.warning("stored session manifest is unreadable; treating it as no session")
                return None
            pieces = []
            for index in range(1, manifest["n"] + 1):
                piece = self.backend.get_password(self._service, _chunk_name(key, manifest["gen"], index))
                if piece is None:
                    logger.warning("stored session is missing a part; treating it as no session")
                    return None
                pieces.append(piece)
            value = "".join(pieces)
            if _digest(value) != manifest["sha256"]:
                logger.warning("stored session does not match its checksum; treating it as no session")
                return None
            self._cache[key] = (manifest_text, value)
            return value

    def set_item(self, key: str, value: str) -> None:
        with self._lock:
            backend = self.backend
            old = _parse_manifest(backend.get_password(self._service, key))
            chunks = split_utf16(value, self._chunk_units)
            generation = secrets.token_hex(4)
            if old is not None:
                self._delete_pending(key, old)
                # Record where the new chunks go before writing them, so a crash leaves nothing unnamed.
                backend.set_password(
                    self._service, key, json.dumps({**old, "pending": {"gen": generation, "n": len(chunks)}})
                )
            for index, chunk in enumerate(chunks, start=1):
                backend.set_password(self._service, _chunk_name(key, generation, index), chunk)
            manifest_text = json.dumps(
                {"v": MANIFEST_VERSION, "gen": generation, "n": len(chunks), "sha256": _digest(value)}
            )
            backend.set_password(self._service, key, manifest_text)
            self._cache[key] = (manifest_text, value)
            if old is not None:
                self._delete_chunks(key, old["gen"], old["n"])

    def remove_item(self, key: str) -> None:
        with self._lock:
            self._cache.pop(key, None)
            try:
                manifest_text = self.backend.get_password(self._service, key)
            except KeyringError:
                logger.warning("the OS keyring could not be read while removing the session")
                return
            if manifest_text is None:
                return
            # Manifest first: from here on no reader can assemble the session, even if a delete fails.
            self._delete(key)
            manifest = _parse_manifest(manifest_text)
            if manifest is not None:
                self._delete_pending(key, manifest)
                self._delete_chunks(key, manifest["gen"], manifest["n"])

    # -- helpers ---------------------------------------------------------------------------------------

    def _delete_pending(self, key: str, manifest: dict[str, Any]) -> None:
        pending = manifest.get("pending")
        if isinstance(pending, dict) and isinstance(pending.get("n"), int):
            self._delete_chunks(key, str(pending.get("gen")), pending["n"])

    def _delete_chunks(self, key: str, generation: str, count: int) -> None:
        for index in range(1, count + 1):
            self._delete(_chunk_name(key, generation, index))

    def _delete(self, username: str) -> None:
        with contextlib.suppress(PasswordDeleteError):  # already gone: the state we want
            self.backend.delete_password(self._service, username)


def _chunk_name(key: str, generation: str, index: int) -> str:
    return f"{key}#{generation}#{index}"


def _parse_manifest(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        manifest = json.loads(text)
    except ValueError:
        return None
    if (
        not isinstance(manifest, dict)
        or manifest.get("v") != MANIFEST_VERSION
        or not isinstance(manifest.get("n"), int)
        or not isinstance(manifest.get("gen"), str)
        or not isinstance(manifest.get("sha256"), str)
    ):
        return None
    return manifest
