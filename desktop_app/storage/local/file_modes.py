"""Data at rest on the PC: the data directory, stores, logs and config file readable by their owner only.

On Linux and macOS, `secure_private_files` makes directories 0700 and files 0600 (group and others lose
every bit), logs each repair, and sets the process umask to 0o077 so that files created later (the SQLite
WAL, rotated logs) are born owner-only. On Windows nothing is changed: the data lives under the user's
local app-data folder, whose inherited ACLs already keep other users out. Backups written outside these
paths (a USB stick) are not touched: a FAT/exFAT stick has no modes to set.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from platformdirs import user_config_dir, user_log_dir

from desktop_app import APP_AUTHOR, APP_NAME
from desktop_app.storage.local.store import default_store_path

logger = logging.getLogger(__name__)

OWNER_ONLY_UMASK = 0o077


def app_private_paths(config_file: str | os.PathLike[str] | None = None,
                      data_file: str | os.PathLike[str] | None = None) -> list[Path]:
    """The app's own places: data directory, log directory, config directory; plus a config file and a store
    file given on the command line (only the files themselves: their folders may be shared)."""
    paths = [default_store_path().parent, Path(user_log_dir(APP_NAME, APP_AUTHOR)),
             Path(user_config_dir(APP_NAME, APP_AUTHOR))]
    if config_file:
        paths.append(Path(config_file))
    if data_file:
        store = Path(data_file)
        paths += [store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")]
    return paths


def secure_private_files(paths: Iterable[Path]) -> list[Path]:
    """Make every existing path (directories: recursively) owner-only; returns what had to be repaired."""
    if os.name != "posix":
        return []
    os.umask(OWNER_ONLY_UMASK)
    repaired: list[Path] = []
    for root in paths:
        for path in _tree(root):
            if _make_owner_only(path):
                repaired.append(path)
    return repaired


def readable_by_others(paths: Iterable[Path]) -> list[Path]:
    """Existing paths (recursively) that give any permission to group or others."""
    return [p for root in paths for p in _tree(root) if stat.S_IMODE(p.lstat().st_mode) & 0o077]


def _tree(root: Path) -> Iterable[Path]:
    if root.is_symlink() or not root.exists():
        return  # a link may point anywhere: not ours to change
    yield root
    if root.is_dir():
        for dirpath, dirnames, filenames in os.walk(root):  # does not follow links
            for name in (*dirnames, *filenames):
                path = Path(dirpath, name)
                if not path.is_symlink():
                    yield path


def _make_owner_only(path: Path) -> bool:
    mode = stat.S_IMODE(path.lstat().st_mode)
    if not mode & 0o077:
        return False
    wanted = mode & 0o700 | (0o700 if path.is_dir() else 0o600)
    try:
        path.chmod(wanted)
    except OSError as error:  # e.g. a file of another user: say so, never stop the app for it
        logger.warning("no se pudieron restringir los permisos de %s: %s", path, error)
        return False
    logger.warning("permisos restringidos al dueño: %s (%o → %o)", path, mode, wanted)
    return True
