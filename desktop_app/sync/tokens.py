"""Access tokens for the sync engine, refreshed one process at a time.

Supabase refresh tokens are single-use: if the open app and the headless command (or two app windows)
refresh the same session at once, the loser presents a spent token and the server signs the user out. So
every refresh by the sync engine happens under an OS file lock shared by all processes of this OS user,
and the keyring is read again inside the lock: if another process refreshed meanwhile, its new token is
used and nothing is refreshed twice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

LOCK_FILE_NAME = "session-refresh.lock"


class SessionSource(Protocol):
    def access_token(self) -> str: ...  # re-reads the keyring; refreshes when < 1 min left

    def _refresh(self) -> object: ...  # integrations.supabase_auth.SupabaseAuth


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` across processes (blocks until free); released on exit or process death."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)


def locked_token_provider(auth: SessionSource, lock_path: Path) -> Callable[[bool], str]:
    """A `TokenProvider` for the engine: `provider(refused)` returns a token to use now."""
    last: dict[str, str] = {}

    def provide(refused: bool) -> str:
        with file_lock(lock_path):
            token = auth.access_token()  # fresh keyring read: another process may have refreshed
            if refused and token == last.get("token"):
                auth._refresh()  # the server refused exactly this token: this process refreshes it
                token = auth.access_token()
        last["token"] = token
        return token

    return provide
