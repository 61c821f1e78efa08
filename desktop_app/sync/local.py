"""The SQLite side of sync: what to push, and applying push replies and pulled pages atomically.

It uses its own plain `sqlite3` connection with foreign keys OFF: a pulled page holds each row at its
latest `server_seq`, so a child can arrive a page before a parent that was edited after it; the server
guarantees the references, and the store is whole again once the pull reaches the end. Every write here
runs with `applying_remote = 1` (no outbox capture) and in ONE `BEGIN IMMEDIATE` transaction per reply or
page, cursor included, so a crash resumes after the last whole page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Table

from desktop_app.domain.piar import WITHHELD
from desktop_app.domain.text import fold
from desktop_app.storage.local.schema import SERVER_ONLY_TABLES, SERVER_OWNED_COLUMNS, local_metadata
from desktop_app.sync.protocol import MAX_CHUNK, Digest, Mutation, PulledRow, PullReply, PushReply

BUSY_TIMEOUT_MS = 5000
KEYS = {"school_settings": "school_id"}
SEARCHABLE = ("students", "guardians")
DOMAIN_TABLES = ("schools", "school_settings", "school_years", "academic_periods", "students", "guardians",
                 "student_guardians", "enrollments", "enrollment_documents")
"""Pulled tables that are tables here too (the others live in `sync_remote_rows`)."""


PERSON_DECIDED = ("discarded", "corrected")
"""Archive results of rejected entries a person acted on in Revisión (storage.local.rejected): never revived."""


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _local_timestamp(value: Any) -> Any:
    """Server ISO timestamps become the store's naive-UTC text (what SQLAlchemy writes here)."""
    if not isinstance(value, str):
        return value
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _to_sqlite(table: Table, column: str, value: Any, *, from_server: bool) -> Any:
    kind = table.c[column].type
    if value is None:
        return None
    if isinstance(kind, JSON):
        return json.dumps(value)
    if isinstance(kind, Boolean):
        return int(bool(value))
    if isinstance(kind, DateTime) and from_server:
        return _local_timestamp(value)
    return value


def xor_digest(pairs: Iterable[tuple[str, int]]) -> tuple[int, str]:
    """count and bit_xor of the first 64 bits of md5(id || ':' || server_seq), as `sync.digest` computes it."""
    count, acc = 0, 0
    for row_id, seq in pairs:
        count += 1
        acc ^= int(hashlib.md5(f"{row_id}:{seq}".encode()).hexdigest()[:16], 16)
    return count, f"{acc:016x}"


@dataclass(frozen=True)
class Identity:
    client_id: str
    school_id: str
    user_id: str | None


@dataclass
class ApplyCounts:
    acked: int = 0
    rejected: int = 0
    held: int = 0
    merged: int = 0
    pulled: int = 0


class SyncStateStore:
    """The sync bookkeeping of one store file, read and written for the engine (never by the UI thread)."""

    def __init__(self, path: Path, *, crash: Any = None, clock_skew_ms: int = 0) -> None:
        self.path = Path(path)
        self.clock_skew_ms = clock_skew_ms  # tests: this PC's clock is that far off
        self._crash = crash or (lambda _name: None)
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = OFF")

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("UPDATE sync_flags SET applying_remote = 1 WHERE id = 1")
            yield conn
            conn.execute("UPDATE sync_flags SET applying_remote = 0 WHERE id = 1")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # ---- reading

    def identity(self) -> Identity | None:
        row = self._conn.execute("SELECT client_id, school_id, user_id FROM sync_client WHERE id = 1").fetchone()
        return Identity(row["client_id"], row["school_id"], row["user_id"]) if row else None

    def set_identity(self, *, school_id: str, user_id: str, client_id: str | None = None) -> Identity:
        """Make the store's sync identity the signed-in user and school (a new client id when asked)."""
        with self._transaction() as conn:
            current = self.identity()
            if current is None:  # a connected store whose school came from the sign-in mirror only
                conn.execute("INSERT INTO sync_client (id, client_id, school_id, user_id, mode) "
                             "VALUES (1, ?, ?, ?, 'connected')", (client_id or str(uuid.uuid4()), school_id, user_id))
            else:
                conn.execute("UPDATE sync_client SET school_id = ?, user_id = ?, client_id = ? WHERE id = 1",
                             (school_id, user_id, client_id or current.client_id))
        identity = self.identity()
        assert identity is not None
        return identity

    def cursor(self, school_id: str) -> int:
        row = self._conn.execute("SELECT cursor FROM sync_state WHERE school_id = ?", (school_id,)).fetchone()
        return int(row["cursor"]) if row else 0

    def client_row(self) -> dict[str, Any]:
        row = self._conn.execute("SELECT * FROM sync_client WHERE id = 1").fetchone()
        return dict(row) if row else {}

    def counts(self, school_id: str, user_id: str | None) -> dict[str, int]:
        """Pending entries this user may push, rejected ones, and those kept for another user or school."""
        rows = self._conn.execute(
            "SELECT state, (school_id IS ? AND (user_id IS ? OR user_id IS NULL)) AS mine, count(*) AS n "
            "FROM sync_outbox GROUP BY 1, 2", (school_id, user_id)).fetchall()
        counts = {"pending": 0, "rejected": 0, "other": 0}
        for row in rows:
            if row["state"] == "rejected":
                counts["rejected"] += row["n"]
            elif row["mine"]:
                counts["pending"] += row["n"]
            else:
                counts["other"] += row["n"]
        return counts

    def pending_batch(self, school_id: str, user_id: str | None, limit: int = MAX_CHUNK) -> list[Mutation]:
        """The oldest pending entries of this school and user: whole transactions up to `limit` operations
        (a bigger transaction: its first `limit` operations, the rest in the next chunks)."""
        rows = self._conn.execute(
            "SELECT * FROM sync_outbox WHERE state = 'pending' AND school_id IS ? AND (user_id IS ? OR user_id IS NULL) "
            "ORDER BY mutation_id LIMIT ?", (school_id, user_id, limit + 1)).fetchall()
        if len(rows) > limit:
            last_tx = rows[limit]["tx_id"]
            whole = [r for r in rows[:limit] if r["tx_id"] != last_tx]
            rows = whole or rows[:limit]
        now = (datetime.now(UTC) + timedelta(milliseconds=self.clock_skew_ms)).isoformat()
        acked = self._conn.execute("SELECT last_acked_mutation_id FROM sync_client WHERE id = 1").fetchone()
        batch = [self._mutation(row, user_id, now) for row in rows]
        for mutation in batch:  # a server restored from an older backup answers `gap` instead of skipping
            mutation["after"] = int(acked[0]) if acked else 0
        return batch

    @staticmethod
    def _mutation(row: sqlite3.Row, user_id: str | None, now: str) -> Mutation:
        return {
            "mutation_id": row["mutation_id"], "tx_id": row["tx_id"], "table": row["table_name"],
            "row_id": row["row_id"], "op": row["op"], "data": json.loads(row["data"]),
            "base": json.loads(row["base"]) if row["base"] else None, "base_seq": row["base_seq"],
            "local_time": row["local_time"], "user_id": row["user_id"] or user_id or "", "client_now": now,
        }

    def mark_sent(self, batch: list[Mutation]) -> None:
        """Count the attempt: only entries that were sent can be acknowledged by a later pull."""
        ids = [m["mutation_id"] for m in batch]
        with self._transaction() as conn:
            conn.executemany("UPDATE sync_outbox SET attempts = attempts + 1 WHERE mutation_id = ?",
                             [(i,) for i in ids])

    # ---- push replies

    def apply_push_reply(self, batch: list[Mutation], reply: PushReply, *, sent_at: datetime) -> ApplyCounts:
        counts = ApplyCounts()
        with self._transaction() as conn:
            results = {r["mutation_id"]: r for r in reply.get("results", [])}
            acked = [m["mutation_id"] for m in batch if m["mutation_id"] <= reply["acked_through"]]
            counts = self._settle(conn, acked, results)
            offset = _offset_ms(reply.get("server_now"), sent_at)
            conn.execute(
                "UPDATE sync_client SET last_acked_mutation_id = max(last_acked_mutation_id, ?), "
                "write_checkpoint = max(coalesce(write_checkpoint, 0), ?), clock_offset_ms = coalesce(?, clock_offset_ms), "
                "last_push_at = ?, last_error = NULL WHERE id = 1",
                (reply["acked_through"], reply.get("write_checkpoint") or 0, offset, utc_now_iso()))
        return counts

    def archive_unacknowledged(self, batch: list[Mutation]) -> None:
        """PLANTED BUG (archive before reply): what a naive client does. Test-only."""
        with self._transaction() as conn:
            self._settle(conn, [m["mutation_id"] for m in batch], {})

    def requeue_from(self, expected: int) -> int:
        """The server lost entries from `expected` on (restored from a backup): archived ones go back out."""
        with self._transaction() as conn:
            moved = conn.execute(
                "INSERT OR IGNORE INTO sync_outbox (mutation_id, tx_id, table_name, row_id, op, data, base, "
                "base_seq, local_time, school_id, user_id) SELECT mutation_id, tx_id, table_name, row_id, op, data, "
                "base, base_seq, local_time, school_id, user_id FROM sync_outbox_archive WHERE mutation_id >= ?",
                (expected,)).rowcount
            conn.execute("DELETE FROM sync_outbox_archive WHERE mutation_id >= ?", (expected,))
            # What the server now knows is the truth: the next pushes say so in `after`.
            conn.execute("UPDATE sync_client SET last_acked_mutation_id = min(last_acked_mutation_id, ?) WHERE id = 1",
                         (expected - 1,))
        return moved

    def _settle(self, conn: sqlite3.Connection, ids: list[int], results: dict[int, Any]) -> ApplyCounts:
        """Acknowledged entries leave the outbox for the archive with their result; rejected ones stay,
        marked, for the secretary to see (they are never pushed again)."""
        counts = ApplyCounts()
        now = utc_now_iso()
        for mutation_id in ids:
            result = results.get(mutation_id) or {}
            status = result.get("status", "applied")
            if status == "rejected":
                conn.execute("UPDATE sync_outbox SET state = 'rejected', reason = ? WHERE mutation_id = ?",
                             (result.get("reason"), mutation_id))
                counts.rejected += 1
                continue
            conn.execute(
                "INSERT OR REPLACE INTO sync_outbox_archive (mutation_id, tx_id, table_name, row_id, op, data, base, "
                "base_seq, local_time, school_id, user_id, result, reason, canonical_id, acked_at) "
                "SELECT mutation_id, tx_id, table_name, row_id, op, data, base, base_seq, local_time, school_id, "
                "user_id, ?, ?, ?, ? FROM sync_outbox WHERE mutation_id = ?",
                (status, result.get("reason"), result.get("canonical_id"), now, mutation_id))
            conn.execute("DELETE FROM sync_outbox WHERE mutation_id = ?", (mutation_id,))
            counts.acked += 1
            counts.held += status == "held"
            counts.merged += status == "merged"
        return counts

    # ---- pulled pages

    def apply_page(self, school_id: str, page: PullReply, *, cursor_in_same_transaction: bool = True,
                   expected_cursor: int | None = None) -> ApplyCounts:
        """One page and the cursor in one transaction: aliases first, then rows in seq order, then results.

        With `expected_cursor` (the cursor the page was asked from) the cursor moves only if it is still
        that: a *Descartar mi cambio* that moved it back meanwhile wins, and the next pull repeats from there."""
        if not cursor_in_same_transaction:  # PLANTED BUG: a crash after this skips the page for good
            with self._transaction() as conn:
                self._set_cursor(conn, school_id, page["cursor"])
            self._crash("between_cursor_and_page")
        with self._transaction() as conn:
            rows = page["rows"]
            for row in rows:
                if row["t"] == "id_aliases":
                    self._store_remote(conn, school_id, row)
                    self._alias(conn, str(row["row"]["table_name"]), str(row["row"]["id"]),
                                str(row["row"]["winner_id"]))
            for row in rows:
                if row["t"] in DOMAIN_TABLES:
                    self._upsert(conn, row)
                elif row["t"] != "id_aliases":
                    self._store_remote(conn, school_id, row)
            self._crash("mid_page_apply")
            results = {r["mutation_id"]: r for r in page.get("results", [])}
            last = page.get("last_mutation_id", 0)
            sent = [r["mutation_id"] for r in conn.execute(
                "SELECT mutation_id FROM sync_outbox WHERE state = 'pending' AND attempts > 0 AND mutation_id <= ? "
                "AND school_id IS ?", (last, school_id))]
            counts = self._settle(conn, sent, results)
            self._correct_archive(conn, results)
            counts.pulled = len(rows)
            if cursor_in_same_transaction:
                self._set_cursor(conn, school_id, page["cursor"], expected_cursor)
            conn.execute("UPDATE sync_client SET last_pull_at = ? WHERE id = 1", (utc_now_iso(),))
        return counts

    def reused_client_id(self, server_last: int) -> bool:
        """True when the server recorded mutation ids that this file never sent: the file is a copy (a restored
        backup, a copied folder) of a store that kept working elsewhere under the same client id."""
        row = self._conn.execute("SELECT count(*) FROM sync_outbox WHERE attempts = 0 AND mutation_id <= ?",
                                 (server_last,)).fetchone()
        return bool(row[0])

    def take_new_client_id(self, school_id: str) -> str:
        """A fresh client id and a pull from scratch; the pending outbox is kept and goes up under the new id."""
        new_id = str(uuid.uuid4())
        with self._transaction() as conn:
            conn.execute("UPDATE sync_client SET client_id = ?, last_acked_mutation_id = 0, write_checkpoint = NULL, "
                         "needs_rebootstrap = 0 WHERE id = 1", (new_id,))
            conn.execute("UPDATE sync_outbox SET attempts = 0 WHERE state = 'pending'")
            self._set_cursor(conn, school_id, 0)
        return new_id

    @staticmethod
    def _correct_archive(conn: sqlite3.Connection, results: dict[int, Any]) -> None:
        """A reply to a repeated push carries no result for ids the server had already seen, so an entry may
        have been archived as applied; the pull's list of non-applied results sets it right."""
        for mutation_id, result in results.items():
            row = conn.execute("SELECT result FROM sync_outbox_archive WHERE mutation_id = ?", (mutation_id,)).fetchone()
            if row is None or row["result"] in (result["status"], *PERSON_DECIDED):
                continue
            if result["status"] == "rejected":  # back into the outbox, marked, for the secretary to see
                conn.execute(
                    "INSERT INTO sync_outbox (mutation_id, tx_id, table_name, row_id, op, data, base, base_seq, "
                    "local_time, school_id, user_id, state, attempts, reason) SELECT mutation_id, tx_id, table_name, "
                    "row_id, op, data, base, base_seq, local_time, school_id, user_id, 'rejected', 1, ? "
                    "FROM sync_outbox_archive WHERE mutation_id = ?", (result.get("reason"), mutation_id))
                conn.execute("DELETE FROM sync_outbox_archive WHERE mutation_id = ?", (mutation_id,))
            else:
                conn.execute("UPDATE sync_outbox_archive SET result = ?, reason = ?, canonical_id = ? "
                             "WHERE mutation_id = ?", (result["status"], result.get("reason"),
                                                       result.get("canonical_id"), mutation_id))

    def ask_rebootstrap(self) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE sync_client SET needs_rebootstrap = 1 WHERE id = 1")

    def reset_cursor(self, school_id: str) -> None:
        with self._transaction() as conn:
            self._set_cursor(conn, school_id, 0)

    @staticmethod
    def _set_cursor(conn: sqlite3.Connection, school_id: str, cursor: int, expected: int | None = None) -> None:
        if expected is None:
            conn.execute("INSERT INTO sync_state (school_id, cursor) VALUES (?, ?) "
                         "ON CONFLICT(school_id) DO UPDATE SET cursor = excluded.cursor", (school_id, cursor))
        else:
            conn.execute("INSERT INTO sync_state (school_id, cursor) VALUES (?, ?) ON CONFLICT(school_id) "
                         "DO UPDATE SET cursor = excluded.cursor WHERE sync_state.cursor = ?",
                         (school_id, cursor, expected))

    @staticmethod
    def _store_remote(conn: sqlite3.Connection, school_id: str, row: PulledRow) -> None:
        values = row["row"]
        row_id = values.get("id") or values.get("loser_id")
        conn.execute(
            'INSERT INTO sync_remote_rows (table_name, id, school_id, server_seq, "row") VALUES (?, ?, ?, ?, ?) '
            'ON CONFLICT(table_name, id) DO UPDATE SET server_seq = excluded.server_seq, "row" = excluded."row"',
            (row["t"], str(row_id), str(values.get("school_id") or school_id), row["seq"], json.dumps(values)))

    def _upsert(self, conn: sqlite3.Connection, pulled: PulledRow) -> None:
        table = local_metadata.tables[pulled["t"]]
        key = KEYS.get(table.name, "id")
        row = pulled["row"]
        if table.name == "students" and "piar_data" in row and row["piar_data"] is None:
            # withheld by the server (this user may not see the PIAR): kept as "not shown", never as empty
            row = {**row, "piar_data": WITHHELD}
        values = {k: _to_sqlite(table, k, v, from_server=True) for k, v in row.items() if k in table.c}
        values["server_seq"] = pulled["seq"]
        row_id = str(values[key])
        for loser in self._natural_twins(conn, table, values, row_id):
            if not self._demote_confirmed(conn, table, key, loser, values.get("school_id")):
                self._alias(conn, table.name, loser, row_id)
        if table.name in SEARCHABLE:
            name = fold(values.get("full_name"))
            values["sort_name"] = name
            values["search_text"] = f"{name} {fold(values.get('document_number'))}".strip()
        columns = list(values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        conn.execute(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
                     f"ON CONFLICT({key}) DO UPDATE SET {updates}", [values[c] for c in columns])
        self._rebase(conn, table, key, row_id)

    @staticmethod
    def _demote_confirmed(conn: sqlite3.Connection, table: Table, key: str, twin: str, school_id: Any) -> bool:
        """A twin the server confirmed is another person whose key here holds a local edit the server did not
        take (refused, e.g. a document typed that belongs to someone else): never fold it into the pulled row.
        It stops counting as confirmed (so the pulled row fits the local unique index) and the cursor moves back
        to just before it, so the same pull brings it again as the server has it (the refusal keeps the typed
        value for Revisión). True when demoted; local-only twins (no server_seq) are aliased by the caller."""
        row = conn.execute(f"SELECT server_seq FROM {table.name} WHERE {key} = ?", (twin,)).fetchone()
        if row is None or row[0] is None:
            return False
        conn.execute(f"UPDATE {table.name} SET server_seq = NULL WHERE {key} = ?", (twin,))
        if school_id is not None:
            conn.execute("UPDATE sync_state SET cursor = min(cursor, ?) WHERE school_id = ?",
                         (int(row[0]) - 1, str(school_id)))
        return True

    @staticmethod
    def _natural_twins(conn: sqlite3.Connection, table: Table, values: dict[str, Any], row_id: str) -> list[str]:
        """Local rows under another id holding the same natural key: the server's row wins (an alias for it
        will come, or the server holds ours in a review item), so the local one is folded into it now."""
        twins: list[str] = []
        for names, sql in _natural_key_queries(table.name):
            if any(values.get(n) is None for n in names):
                continue
            twins += [r[0] for r in conn.execute(sql, [*[values[n] for n in names], row_id])]
        return list(dict.fromkeys(twins))

    def _rebase(self, conn: sqlite3.Connection, table: Table, key: str, row_id: str) -> None:
        """Pending local changes of this row are applied again on top of the server's version."""
        owned = SERVER_OWNED_COLUMNS.get(table.name, ())
        for entry in conn.execute("SELECT data FROM sync_outbox WHERE state = 'pending' AND table_name = ? "
                                  "AND row_id = ? ORDER BY mutation_id", (table.name, row_id)).fetchall():
            data = {k: v for k, v in json.loads(entry["data"]).items() if k in table.c and k not in owned and k != key}
            if data:
                sets = ", ".join(f"{c} = ?" for c in data)
                conn.execute(f"UPDATE {table.name} SET {sets} WHERE {key} = ?",
                             [*(_to_sqlite(table, c, v, from_server=False) for c, v in data.items()), row_id])
        if table.name == "enrollments":
            events = [json.loads(r["data"]) for r in conn.execute(
                "SELECT data FROM sync_outbox WHERE state = 'pending' AND table_name = 'enrollment_status_events' "
                "AND json_extract(data, '$.enrollment_id') = ? ORDER BY mutation_id", (row_id,))]
            if events:
                current = conn.execute("SELECT status, status_history FROM enrollments WHERE id = ?", (row_id,)).fetchone()
                history = json.loads(current["status_history"] or "[]")
                known = {entry.get("event_id") for entry in history}
                status = current["status"]
                for event in events:
                    if event["id"] in known:
                        continue
                    history.append({"from": status, "to": event["status"], "at": event.get("occurred_at"),
                                    "by": event.get("user_id"), "reason": event.get("reason"), "event_id": event["id"]})
                    status = event["status"]
                conn.execute("UPDATE enrollments SET status = ?, status_history = ? WHERE id = ?",
                             (status, json.dumps(history), row_id))

    def _alias(self, conn: sqlite3.Connection, table_name: str, loser: str, winner: str) -> None:
        """`loser` now lives as `winner`: children re-pointed (clashing children folded the same way),
        pending outbox entries rewritten, the loser row removed (or renamed when the winner is not here yet)."""
        if loser == winner or table_name not in local_metadata.tables:
            return
        key = KEYS.get(table_name, "id")
        for child, column in _references(table_name):
            child_key = KEYS.get(child.name, "id")
            conn.execute(f"UPDATE OR IGNORE {child.name} SET {column} = ? WHERE {column} = ?", (winner, loser))
            for (left,) in conn.execute(f"SELECT {child_key} FROM {child.name} WHERE {column} = ?", (loser,)).fetchall():
                row = dict(conn.execute(f"SELECT * FROM {child.name} WHERE {child_key} = ?", (left,)).fetchone())
                row[column] = winner
                twins = self._natural_twins(conn, child, row, left)
                if twins:
                    self._alias(conn, child.name, left, twins[0])
            conn.execute(
                "UPDATE sync_outbox SET data = json_set(data, ?, ?) WHERE table_name = ? AND json_extract(data, ?) = ?",
                (f"$.{column}", winner, child.name, f"$.{column}", loser))
        if table_name == "enrollments":
            conn.execute(
                "UPDATE sync_outbox SET data = json_set(data, '$.enrollment_id', ?) "
                "WHERE table_name = 'enrollment_status_events' AND json_extract(data, '$.enrollment_id') = ?",
                (winner, loser))
        conn.execute("UPDATE sync_outbox SET row_id = ?, data = CASE WHEN json_extract(data, ?) IS NOT NULL "
                     "THEN json_set(data, ?, ?) ELSE data END WHERE table_name = ? AND row_id = ?",
                     (winner, f"$.{key}", f"$.{key}", winner, table_name, loser))
        if conn.execute(f"SELECT 1 FROM {table_name} WHERE {key} = ?", (winner,)).fetchone():
            conn.execute(f"DELETE FROM {table_name} WHERE {key} = ?", (loser,))
        else:
            conn.execute(f"UPDATE {table_name} SET {key} = ? WHERE {key} = ?", (winner, loser))

    # ---- verification

    def digest(self, school_id: str, upto: int, tables: Iterable[str]) -> Digest:
        result: Digest = {}
        for name in tables:
            if name in DOMAIN_TABLES:
                key = KEYS.get(name, "id")
                scope = "id" if name == "schools" else "school_id"
                pairs = self._conn.execute(
                    f"SELECT {key}, server_seq FROM {name} WHERE {scope} = ? AND server_seq IS NOT NULL "
                    "AND server_seq <= ?", (school_id, upto)).fetchall()
            elif name in SERVER_ONLY_TABLES:
                pairs = self._conn.execute(
                    "SELECT id, server_seq FROM sync_remote_rows WHERE table_name = ? AND school_id = ? "
                    "AND server_seq <= ?", (name, school_id, upto)).fetchall()
            else:
                continue
            count, xor = xor_digest((str(a), int(b)) for a, b in pairs)
            result[name] = {"count": count, "xor": xor}
        return result


@functools.cache
def _natural_key_queries(table_name: str) -> list[tuple[list[str], str]]:
    """(columns, SELECT of clashing ids) per unique index other than the key, partial ones with their WHERE:
    only rows the index covers can clash (for documents: server-confirmed rows)."""
    table = local_metadata.tables[table_name]
    key = KEYS.get(table_name, "id")
    queries = []
    for index in table.indexes:
        names = [c.name for c in index.columns]
        if not index.unique or not names or key in names:
            continue
        where = " AND ".join(f"{n} = ?" for n in names)
        partial = index.dialect_options["sqlite"].get("where")
        if partial is not None:
            where += f" AND ({partial})"
        queries.append((names, f"SELECT {key} FROM {table_name} WHERE {where} AND {key} <> ?"))
    return queries


def _references(table_name: str) -> list[tuple[Table, str]]:
    """(child table, column) for every local foreign key column that points at `table_name`'s key."""
    found: list[tuple[Table, str]] = []
    for child in local_metadata.tables.values():
        for fk in child.foreign_keys:
            if fk.column.table.name == table_name and fk.column.name in ("id", "school_id") and \
                    fk.parent.name != "school_id":
                pair = (child, fk.parent.name)
                if pair not in found:
                    found.append(pair)
    return found


def _offset_ms(server_now: str | None, sent_at: datetime) -> int | None:
    if not server_now:
        return None
    server = datetime.fromisoformat(server_now)
    return int((server - sent_at).total_seconds() * 1000)
