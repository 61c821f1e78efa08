"""The Revisión port read from the store file: rejected outbox entries and pulled open review items."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop_app.services.sync_review import RejectedChange, ResolveOutcome, ReviewItem
from desktop_app.sync.transport import PsycopgTransport, TokenRejected, TransportError

BUSY_TIMEOUT_S = 5.0


def _mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


class StoreReviewSource:
    """Reads on a short-lived connection per call, so any thread may ask (reads never block the engine)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        try:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def rejected_changes(self) -> list[RejectedChange]:
        rows = self._rows("SELECT mutation_id, table_name, row_id, op, data, reason, local_time FROM sync_outbox "
                          "WHERE state = 'rejected' ORDER BY mutation_id")
        return [RejectedChange(row["mutation_id"], row["table_name"], row["op"], _mapping(json.loads(row["data"])),
                               row["reason"] or "", row["local_time"], row["row_id"]) for row in rows]

    def held_ids(self, table_name: str) -> frozenset[str]:
        """Rows whose change the server held (the engine archives it with result `held`), until the item about
        them is pulled back resolved; rows of open `duplicate_suspect` items too (the held chain's head)."""
        rows = self._rows(
            "SELECT a.row_id FROM sync_outbox_archive a WHERE a.result = 'held' AND a.table_name = ? "
            "AND NOT EXISTS (SELECT 1 FROM sync_remote_rows r WHERE r.table_name = 'review_items' "
            "AND json_extract(r.\"row\", '$.row_id') = a.row_id AND json_extract(r.\"row\", '$.status') <> 'open') "
            "UNION SELECT json_extract(\"row\", '$.row_id') FROM sync_remote_rows WHERE table_name = 'review_items' "
            "AND json_extract(\"row\", '$.kind') = 'duplicate_suspect' AND json_extract(\"row\", '$.status') = 'open' "
            "AND json_extract(\"row\", '$.table_name') = ?", (table_name, table_name))
        return frozenset(str(row[0]) for row in rows if row[0] is not None)

    def server_copies(self, items: list[ReviewItem] | None = None) -> dict[tuple[int, str], ReviewItem]:
        """Open server items about refused changes, by (mutation id, row id): for this PC's own refusals, what
        the server raised for the other PCs to see; closed from here once this PC decided the refusal."""
        copies: dict[tuple[int, str], ReviewItem] = {}
        for item in self._items() if items is None else items:
            mutation = _mapping(item.payload.get("mutation"))
            if item.kind in ("rejected_mutation", "edit_after_delete") and mutation.get("mutation_id") is not None:
                copies[(int(str(mutation.get("mutation_id"))), str(mutation.get("row_id")))] = item
        return copies

    def _items(self) -> list[ReviewItem]:
        rows = self._rows("SELECT \"row\" FROM sync_remote_rows WHERE table_name = 'review_items' "
                          "AND json_extract(\"row\", '$.status') = 'open' ORDER BY server_seq")
        items = []
        for row in rows:
            item = _mapping(json.loads(row["row"]))
            items.append(ReviewItem(str(item.get("id")), str(item.get("kind")), _text(item.get("table_name")),
                                    _text(item.get("row_id")), _text(item.get("other_row_id")),
                                    _mapping(item.get("payload")), _text(item.get("created_at"))))
        return items

    def open_items(self) -> list[ReviewItem]:
        mine = {(int(r[0]), str(r[1])) for r in self._rows(
            "SELECT mutation_id, row_id FROM sync_outbox WHERE state = 'rejected' UNION SELECT mutation_id, row_id "
            "FROM sync_outbox_archive WHERE result IN ('discarded', 'corrected')")}
        items = self._items()
        copies = self.server_copies(items)
        hidden = {id(copies[key]) for key in mine if key in copies}
        # this PC's own refused changes are listed (and decided) as the local entries, not again
        return [item for item in items if id(item) not in hidden]


class TransportResolver:
    """`sync.resolve` through the sync transport, with the engine's token provider (refreshed once on 28000);
    after a decision the engine is asked for a cycle, so the item's new state comes back in the next pull."""

    def __init__(self, transport: PsycopgTransport, tokens: Callable[[bool], str], school_id: str,
                 after: Callable[[], None] = lambda: None) -> None:
        self._transport, self._tokens, self._school_id, self._after = transport, tokens, school_id, after

    def resolve(self, item_id: str, action: str, payload: Mapping[str, object]) -> ResolveOutcome:
        try:
            try:
                reply = self._transport.resolve(self._tokens(False), self._school_id, item_id, action, dict(payload))
            except TokenRejected:
                reply = self._transport.resolve(self._tokens(True), self._school_id, item_id, action, dict(payload))
        except TransportError:
            return ResolveOutcome(False, "No hay conexión con el servidor: intente de nuevo en un momento.")
        if "error" in reply:
            return ResolveOutcome(False, str(reply.get("reason") or reply["error"]))
        self._after()
        return ResolveOutcome(True)
