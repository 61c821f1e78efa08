"""The Revisión port read from the store file: rejected outbox entries and pulled open review items."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from desktop_app.services.sync_review import RejectedChange, ReviewItem

BUSY_TIMEOUT_S = 5.0


def _mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


class StoreReviewSource:
    """Reads on a short-lived connection per call, so any thread may ask (reads never block the engine)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _rows(self, sql: str) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        try:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def rejected_changes(self) -> list[RejectedChange]:
        rows = self._rows("SELECT mutation_id, table_name, op, data, reason, local_time FROM sync_outbox "
                          "WHERE state = 'rejected' ORDER BY mutation_id")
        return [RejectedChange(row["mutation_id"], row["table_name"], row["op"], _mapping(json.loads(row["data"])),
                               row["reason"] or "", row["local_time"]) for row in rows]

    def open_items(self) -> list[ReviewItem]:
        rows = self._rows("SELECT \"row\" FROM sync_remote_rows WHERE table_name = 'review_items' "
                          "AND json_extract(\"row\", '$.status') = 'open' ORDER BY server_seq")
        items = []
        for row in rows:
            item = _mapping(json.loads(row["row"]))
            items.append(ReviewItem(str(item.get("id")), str(item.get("kind")), _text(item.get("table_name")),
                                    _text(item.get("row_id")), _text(item.get("other_row_id")),
                                    _mapping(item.get("payload")), _text(item.get("created_at"))))
        return items
