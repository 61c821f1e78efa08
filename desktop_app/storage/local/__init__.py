"""The local SQLite store: the file on this PC that the app reads and writes, with its outbox for sync."""

from desktop_app.storage.local.session import LocalSession
from desktop_app.storage.local.store import LocalStore, StoreOpenError, default_store_path

__all__ = ["LocalSession", "LocalStore", "StoreOpenError", "default_store_path"]
