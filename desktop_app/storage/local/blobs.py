"""Document files on this PC, stored once by content: `<data dir>/documentos/sha256/ab/<hex>`.

A file is streamed into a temp file in the same folder tree (so the final rename is atomic on one file
system), hashed with SHA-256 on the way, fsynced, then renamed to its hash. The same content attached to
two students is one file. The upload queue of these files (`blob_uploads`) is in `uploads.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

from desktop_app.services.document_ports import FileTooLarge, StagedFile

CHUNK = 1024 * 1024
DOCUMENTS_DIR_NAME = "documentos"


def documents_dir(store_path: Path) -> Path:
    """The documents folder next to the store file."""
    return store_path.parent / DOCUMENTS_DIR_NAME


def _open_output(fd: int) -> BinaryIO:
    """The temp file's stream (one place, so a test can put a full disk behind it)."""
    return os.fdopen(fd, "wb")


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable; Windows cannot open a directory, and NTFS journals the rename.
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ContentStore:
    """The `FileStore` port on a local folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        return self.root / "sha256" / sha256[:2] / sha256

    def stage(self, source: BinaryIO, *, max_bytes: int) -> StagedFile:
        self._tmp.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self._tmp, prefix="in-")
        temp_path = Path(name)
        digest = hashlib.sha256()
        size = 0
        try:
            with _open_output(fd) as out:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise FileTooLarge(size)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
        return StagedFile(temp_path, digest.hexdigest(), size)

    def keep(self, staged: StagedFile) -> bool:
        target = self.path_for(staged.sha256)
        if target.exists():
            self.discard(staged)
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged.temp_path, target)
        _fsync_dir(target.parent)
        return True

    def clean_temp(self, older_than_seconds: float = 24 * 3600) -> int:
        """Remove temp files a crash left behind (an attach in progress is never that old); how many."""
        if not self._tmp.is_dir():
            return 0
        limit = time.time() - older_than_seconds
        removed = 0
        for leftover in self._tmp.glob("in-*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()
                    removed += 1
        return removed

    def discard(self, staged: StagedFile) -> None:
        staged.temp_path.unlink(missing_ok=True)

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()
