"""The scanner folder: new scans appear there (often on a network share) and are attached from a list.

A scanner writes a file over several seconds, so a file is offered only once its size and modification time
have stayed the same for `STABLE_SECONDS` (2 s) of polling; after it is attached it moves to `procesados/`
so that it is never offered (or attached) twice. Qt-free: the UI polls it from a QFileSystemWatcher plus a
2 s timer (watchers miss changes on network shares).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STABLE_SECONDS = 2.0
PROCESSED_DIR = "procesados"
SCAN_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png"})


@dataclass(frozen=True)
class _Seen:
    size: int
    mtime_ns: int
    since: float


class ScannerInbox:
    """The files of one folder that are ready to attach (complete), oldest first."""

    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self._clock = clock
        self._seen: dict[Path, _Seen] = {}

    def poll(self) -> list[Path]:
        """Look at the folder now; the files whose size has not changed for 2 s."""
        now = self._clock()
        current: dict[Path, _Seen] = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:  # the share is offline or the folder was removed: nothing to offer now
            self._seen = {}
            return []
        for entry in entries:
            path = Path(entry.path)
            # Scanners' partial files often carry a temporary name; only scan types are offered (the attach
            # service judges the content anyway).
            if entry.name.startswith(".") or path.suffix.lower() not in SCAN_SUFFIXES:
                continue
            try:
                if not entry.is_file():
                    continue
                stat = entry.stat()
            except OSError:
                continue
            before = self._seen.get(path)
            unchanged = before is not None and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
            current[path] = before if unchanged and before else _Seen(stat.st_size, stat.st_mtime_ns, now)
        self._seen = current
        ready = [p for p, seen in current.items() if seen.size > 0 and now - seen.since >= STABLE_SECONDS]
        return sorted(ready, key=lambda p: (current[p].mtime_ns, p.name))

    def mark_processed(self, path: Path) -> Path:
        """Move an attached file to `procesados/` (a number is added when the name is taken)."""
        target_dir = self.folder / PROCESSED_DIR
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        number = 1
        while target.exists():
            target = target_dir / f"{path.stem} ({number}){path.suffix}"
            number += 1
        shutil.move(str(path), str(target))
        self._seen.pop(path, None)
        return target
