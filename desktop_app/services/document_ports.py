"""What the document service needs besides the store: a content-addressed place for the files.

Implemented by `desktop_app.storage.local.blobs.ContentStore`; `app.py` hands it over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol


@dataclass(frozen=True)
class StagedFile:
    """A copy of an incoming file, hashed on the way in, not yet under its content address."""

    temp_path: Path
    sha256: str
    size: int


class FileTooLarge(Exception):
    """The file grew past the limit while it was being copied."""

    def __init__(self, size: int) -> None:
        super().__init__(f"more than {size} bytes")
        self.size = size


class FileStore(Protocol):
    """Files stored once by content: `<root>/sha256/ab/<hex>`."""

    def stage(self, source: BinaryIO, *, max_bytes: int) -> StagedFile:
        """Stream `source` to a temp file, hashing it; FileTooLarge past `max_bytes`; OSError as raised
        (ENOSPC for a full disk). The temp file is removed on any error."""
        ...

    def keep(self, staged: StagedFile) -> bool:
        """fsync and rename the temp file to its content address; False when that content was already there."""
        ...

    def discard(self, staged: StagedFile) -> None: ...

    def remove(self, sha256: str) -> None: ...

    def path_for(self, sha256: str) -> Path: ...


class FileFetcher(Protocol):
    """Brings a file this PC does not have from document storage into the `FileStore`.

    Returns "ok" (stored, and its SHA-256 equals the key's), "mismatch" (downloaded bytes hash to something
    else: refused, nothing kept), "missing" (not uploaded yet) or "offline".
    """

    def fetch(self, key: str, sha256: str) -> str: ...
