"""The server's doorbell: `sync.push` NOTIFYs the school's channel after each push; a PC listening on it
syncs at once instead of at its next 30-second poll. Correctness never depends on it (sync.md §5.5).

LISTEN needs a session of its own: through Supabase's transaction-mode pooler (port 6543) it cannot work,
so there the doorbell stays off and polling does the job.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from psycopg import sql

logger = logging.getLogger(__name__)

POOLER_PORT = "6543"
RETRY_S = 5.0


def channel_of(school_id: str) -> str:
    return "sync_" + school_id.replace("-", "")


def can_listen(conninfo: str) -> bool:
    """False for the transaction pooler, where a LISTEN would be lost with the pooled server connection."""
    try:
        port = psycopg.conninfo.conninfo_to_dict(conninfo.replace("postgresql+psycopg://", "postgresql://")).get("port")
    except psycopg.ProgrammingError:
        return False
    return str(port or "") != POOLER_PORT


class Doorbell:
    """A thread that LISTENs on the school's channel and calls `ring()` on every notification."""

    def __init__(self, conninfo: str, school_id: str, ring: Callable[[], None]) -> None:
        self._conninfo = conninfo.replace("postgresql+psycopg://", "postgresql://")
        self._channel = channel_of(school_id)
        self._ring = ring
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync-doorbell", daemon=True)
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
                    self.listening.set()
                    while not self._stop.is_set():
                        for _notification in conn.notifies(timeout=1.0):
                            self._ring()
            except psycopg.Error:
                self.listening.clear()
                logger.info("sync doorbell lost its connection; polling meanwhile", exc_info=True)
                self._stop.wait(RETRY_S)
