"""One sync cycle: push the outbox (whole transactions, ≤ MAX_CHUNK operations a call), then pull to the end,
then compare digests. Qt-free; `runner.SyncRunner` calls it on a background thread.

Failure handling (sync.md §5.4): a transport error leaves everything as it was (the same entries are sent
again, the server skips ids it has); a refused token is refreshed once and the call repeated;
`version_not_supported` stops pushing and keeps the outbox; `gap` re-sends from the archive; a server error
on a batch is retried once in isolation mode so one poisoned entry cannot block the queue.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar, cast

from desktop_app.sync.local import ApplyCounts, Identity, SyncStateStore
from desktop_app.sync.protocol import (
    MAX_CHUNK,
    PROTOCOL_VERSION,
    PULL_LIMIT,
    PULLED_TABLES,
    Digest,
    ErrorReply,
    Mutation,
    PullReply,
    PushReply,
)
from desktop_app.sync.transport import ChunkedTransport, ServerError, TokenRejected, Transport

logger = logging.getLogger(__name__)

TokenProvider = Callable[[bool], str]
"""Returns the access token; called with True after the server refused it (refresh, then return)."""

CrashHook = Callable[[str], None]
T = TypeVar("T")

APPLY_SLICE = 500
"""Most rows applied per SQLite transaction (measured: a 5,000-row page in one transaction kept a UI save
waiting 2.2 s; see README, Sync)."""

MIN_SLICE = 20
SLICE_TARGET_S = 0.05
"""A slice's apply time aimed at: 500-row slices took ≈ 275 ms on a loaded PC and UI saves waited up to
2 s (p99) behind them (README, "Sync at 150 ms RTT")."""

SLICE_PAUSE_S = 0.025

BIG_PAGE = 20000
"""Rows per pulled page once a page came back full (the server's most): a bootstrap of 100,000 rows in 5–6
round trips instead of 20."""

DIGEST_ATTEMPTS = 3
"""Digest checks in a cycle while other PCs keep changing rows (each followed by a pull)."""

PIPELINE_CHUNKS = 10
"""Push chunks sent in one round trip when the outbox holds more than one (`ChunkedTransport`): at 150 ms RTT
10,000 queued changes cost one round trip instead of ten."""

PLANTED_BUGS = frozenset({"archive_before_reply", "cursor_own_transaction"})
"""Client-side bugs the fault harness must catch (test-only switches, never set by the app)."""


class UpdateRequired(RuntimeError):
    """The server no longer speaks this app's protocol: nothing is pushed until the app is updated."""


@dataclass
class CycleReport:
    pushed: int = 0
    pulled: int = 0
    held: int = 0
    merged: int = 0
    rejected: int = 0
    pending: int = 0
    other_pending: int = 0
    digest_mismatch: list[str] = field(default_factory=list)
    clock_offset_ms: int | None = None


class SyncEngine:
    """The production client of one store file, for one signed-in user in one school."""

    def __init__(self, store_path: Path, transport: Transport, token: TokenProvider, *, school_id: str,
                 user_id: str, crash: CrashHook | None = None, planted: frozenset[str] = frozenset(),
                 chunk: int = MAX_CHUNK, page: int = PULL_LIMIT, clock_skew_ms: int = 0,
                 protocol: int = PROTOCOL_VERSION, pipeline: int = PIPELINE_CHUNKS) -> None:
        unknown = planted - PLANTED_BUGS
        if unknown:
            raise ValueError(f"unknown planted bugs {sorted(unknown)}")
        self._crash = crash or (lambda _name: None)
        self.state = SyncStateStore(store_path, crash=self._crash, clock_skew_ms=clock_skew_ms)
        self.transport = transport
        self._token = token
        self.school_id = school_id
        self.user_id = user_id
        self.planted = planted
        self.chunk = chunk
        self.page = page
        self.pipeline = pipeline if isinstance(transport, ChunkedTransport) else 1
        self._slice = APPLY_SLICE  # rows per apply transaction, learnt from the time each full slice takes
        self.update_required = False
        self.protocol = protocol  # tests: what an older app would send
        self._checked_copy = False
        identity = self.state.identity()
        if identity is None or (identity.school_id, identity.user_id) != (school_id, user_id):
            other_user = identity is not None and identity.user_id is not None and identity.user_id != user_id
            identity = self.state.set_identity(school_id=school_id, user_id=user_id)
            if other_user:
                self.state.ask_rebootstrap()
        # What the server sends depends on the user (the PIAR is withheld from some roles): after another
        # user on this PC (or a restored copy) everything is pulled again, so no one keeps another's view —
        # done by the first cycle's _check_not_a_copy, which also takes a new client id (a restored copy's
        # archive must never go up again).
        self.identity: Identity = identity

    def close(self) -> None:
        self.state.close()
        self.transport.close()

    def _call(self, call: Callable[[str], T]) -> T:
        try:
            return call(self._token(False))
        except TokenRejected:
            logger.info("access token refused by the server: refreshing once")
            return call(self._token(True))

    # ---- one cycle

    def sync_once(self) -> CycleReport:
        report = CycleReport()
        if not self._checked_copy:
            self._check_not_a_copy()
        if not self.update_required:
            self.push_all(report)
        self.pull_all(report)
        self.check_digest(report)
        counts = self.state.counts(self.school_id, self.user_id)
        report.pending, report.other_pending = counts["pending"], counts["other"]
        report.clock_offset_ms = self.state.client_row().get("clock_offset_ms")
        return report

    def _check_not_a_copy(self) -> None:
        """Before this file's first push: if the server already holds mutation ids this file never sent, the
        file is a copy (restored backup) of a store that went on elsewhere; pushing would have the server skip
        our new entries as duplicates. Such a file takes a new client id and pulls from scratch. A file the
        restore marked (`needs_rebootstrap`) does so at once: its archive of entries sent before the copy must
        not go up again under the new id (the server's `gap` answer would replay them over newer edits). Another
        user (or new roles) on this PC sets the same flag: the full pull gives them their own view of the rows."""
        if self.state.client_row().get("needs_rebootstrap"):
            logger.warning("this store was restored from a backup: new client id, full pull, pending changes kept")
            new_id = self.state.take_new_client_id(self.school_id)
            self.identity = Identity(new_id, self.identity.school_id, self.identity.user_id)
        page = self._pull(self.state.cursor(self.school_id), 1)
        if self.state.reused_client_id(int(page.get("last_mutation_id") or 0)):
            logger.warning("this store is a copy of one that kept syncing elsewhere: new client id, full pull")
            new_id = self.state.take_new_client_id(self.school_id)
            self.identity = Identity(new_id, self.identity.school_id, self.identity.user_id)
        self._checked_copy = True

    def push_all(self, report: CycleReport) -> None:
        isolate = False
        depth = self.pipeline
        while batch := self.state.pending_batch(self.school_id, self.user_id, self.chunk * depth):
            chunks = _chunks(batch, self.chunk)
            if len(chunks) > 1:
                outcome = self._push_pipelined(chunks, report)
                if outcome == "stop":
                    break
                depth = 1 if outcome == "serial" else depth
                continue
            self._crash("before_push")
            self.state.mark_sent(batch)
            if "archive_before_reply" in self.planted:
                self.state.archive_unacknowledged(batch)
            sent_at = datetime.now(UTC) + timedelta(milliseconds=self.state.clock_skew_ms)
            try:
                reply = self._push(batch, isolate)
            except ServerError:
                if isolate:
                    raise
                logger.warning("push failed on the server: retrying this batch in isolation mode", exc_info=True)
                isolate = True
                continue
            self._crash("after_server_commit")
            if "error" in reply:
                self._handle_push_error(cast(ErrorReply, reply))
                continue
            accepted = reply
            counts = self.state.apply_push_reply(batch, accepted, sent_at=sent_at)
            _add(report, counts)
            report.pushed += counts.acked + counts.rejected
            isolate = False
            if accepted["acked_through"] < batch[-1]["mutation_id"]:
                logger.warning("server acknowledged through %s of a batch ending at %s",
                               accepted["acked_through"], batch[-1]["mutation_id"])
                break

    def _push_pipelined(self, chunks: list[list[Mutation]], report: CycleReport) -> str:
        """Several chunks in one round trip, each its own atomic call, replies applied in order: "more";
        after a server error "serial" (one chunk a call from now on, so isolation mode can follow); "stop"."""
        self._crash("before_push")
        self.state.mark_sent([m for chunk in chunks for m in chunk])
        if "archive_before_reply" in self.planted:
            self.state.archive_unacknowledged([m for chunk in chunks for m in chunk])
        sent_at = datetime.now(UTC) + timedelta(milliseconds=self.state.clock_skew_ms)
        transport = cast(ChunkedTransport, self.transport)
        try:
            replies = self._call(lambda token: transport.push_chunks(
                token, self.identity.client_id, self.school_id, self.protocol, chunks))
        except ServerError:
            logger.warning("a pipelined push chunk failed on the server: sending one chunk at a time", exc_info=True)
            return "serial"
        self._crash("after_server_commit")
        for batch, reply in zip(chunks, replies, strict=True):
            if "error" in reply:
                self._handle_push_error(cast(ErrorReply, reply))
                return "more"
            counts = self.state.apply_push_reply(batch, reply, sent_at=sent_at)
            _add(report, counts)
            report.pushed += counts.acked + counts.rejected
            if reply["acked_through"] < batch[-1]["mutation_id"]:
                logger.warning("server acknowledged through %s of a chunk ending at %s",
                               reply["acked_through"], batch[-1]["mutation_id"])
                return "stop"
        return "more"

    def _push(self, batch: list[Mutation], isolate: bool) -> PushReply | ErrorReply:
        def call(token: str) -> PushReply | ErrorReply:
            return self.transport.push(token, self.identity.client_id, self.school_id, self.protocol, batch, isolate)

        return self._call(call)

    def _pull(self, cursor: int, limit: int) -> PullReply:
        def call(token: str) -> PullReply:
            return self.transport.pull(token, self.identity.client_id, self.school_id, cursor, limit)

        return self._call(call)

    def _handle_push_error(self, reply: ErrorReply) -> None:
        if reply["error"] == "version_not_supported":
            self.update_required = True
            raise UpdateRequired("the server needs a newer version of the app; the outbox is kept")
        if reply["error"] == "gap":
            expected = int(reply.get("expected") or 0)
            moved = self.state.requeue_from(expected)
            logger.warning("server expects mutation %s: %s archived entries sent again", expected, moved)
            if not moved:
                raise RuntimeError(f"server expects mutation {expected}, which this PC no longer has")
            return
        raise RuntimeError(f"unexpected push answer {reply!r}")

    def pull_all(self, report: CycleReport) -> None:
        if self.pipeline > 1:
            self._pull_ahead(report)
            return
        while True:
            cursor = self.state.cursor(self.school_id)
            page = self._pull(cursor, self.page)
            if page.get("must_rebootstrap"):
                logger.warning("server history was trimmed past this PC's cursor: pulling everything again")
                self.state.reset_cursor(self.school_id)
                continue
            self._apply(page, report, cursor)
            if not page["has_more"] and self.state.cursor(self.school_id) >= page["cursor"]:
                return  # (a cursor moved back meanwhile, by *Descartar mi cambio*: pull again from there)

    def _pull_ahead(self, report: CycleReport) -> None:
        """On a real connection: the next page is fetched on a helper thread while this one is applied, and
        after a full page the pages grow to BIG_PAGE rows, so a bootstrap at 150 ms RTT pays few round trips
        and hides them behind the SQLite work. (Test transports keep the plain loop: their seeded faults
        must come in the same order.)"""
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as fetcher:
            limit = self.page
            asked_from = self.state.cursor(self.school_id)
            ahead = fetcher.submit(self._pull, asked_from, limit)
            while True:
                page = ahead.result()
                if page.get("must_rebootstrap"):
                    logger.warning("server history was trimmed past this PC's cursor: pulling everything again")
                    self.state.reset_cursor(self.school_id)
                    asked_from = 0
                    ahead = fetcher.submit(self._pull, 0, limit)
                    continue
                if page["has_more"]:
                    limit = max(limit, BIG_PAGE)
                    ahead = fetcher.submit(self._pull, page["cursor"], limit)
                self._apply(page, report, asked_from)
                now = self.state.cursor(self.school_id)
                if now < page["cursor"]:  # moved back meanwhile (*Descartar mi cambio*): pull again from there
                    ahead.result()  # the page fetched ahead was asked from the old cursor: dropped
                    asked_from = now
                    ahead = fetcher.submit(self._pull, now, limit)
                    continue
                if not page["has_more"]:
                    return
                asked_from = page["cursor"]

    def _apply(self, page: PullReply, report: CycleReport, asked_from: int) -> None:
        """The page in slices, each its own transaction, sized so that one takes about SLICE_TARGET_S (the
        size learnt from the last slice, kept across pages), with a pause between them for a UI save. Each
        slice moves the cursor only from where the previous one left it (`expected_cursor`), so a cursor
        moved back meanwhile by *Descartar mi cambio* wins."""
        rows = page["rows"]
        start = 0
        expected = asked_from
        while True:
            size = min(self._slice, APPLY_SLICE)
            end = min(len(rows), start + size)
            started = time.perf_counter()
            part = _part(page, start, end)
            counts = self.state.apply_page(
                self.school_id, part, cursor_in_same_transaction="cursor_own_transaction" not in self.planted,
                expected_cursor=expected)
            expected = part["cursor"]
            took = time.perf_counter() - started
            _add(report, counts)
            report.pulled += counts.pulled
            if end >= len(rows):
                return
            if end - start == size:  # a full slice: how long it took tells the next size
                self._slice = max(min(APPLY_SLICE, MIN_SLICE), min(APPLY_SLICE, int(
                    size * min(2.0, SLICE_TARGET_S / max(took, 0.001)))))
            start = end
            time.sleep(SLICE_PAUSE_S)  # let a waiting UI save take the write lock (its busy handler polls)

    def check_digest(self, report: CycleReport) -> None:
        """Counts and xor-hashes of (id, server_seq) up to our cursor; a table that differs is pulled again.

        The digest is another call than the pull: a row another PC changes in between leaves the server's
        count up to our cursor (its new seq is above it) while we still hold its old seq, a difference that
        is no loss. So a difference counts only when a pull right after it brings nothing new; otherwise
        the check is repeated on the new cursor (found by the H2 soak: three PCs syncing at once)."""
        for _attempt in range(DIGEST_ATTEMPTS):
            upto = self.state.cursor(self.school_id)

            def call(token: str, upto: int = upto) -> Digest:
                return self.transport.digest(token, self.school_id, upto)

            server = self._call(call)
            local = self.state.digest(self.school_id, upto, server.keys() or PULLED_TABLES)
            differing = [t for t, d in server.items() if t in local and local[t] != d]
            if not differing:
                return
            caught_up = CycleReport()
            self.pull_all(caught_up)
            report.pulled += caught_up.pulled
            if not caught_up.pulled:
                break
        else:  # the school kept changing under every check: the next cycle checks again
            logger.info("digest not settled after %s checks (other PCs writing): checked next cycle", DIGEST_ATTEMPTS)
            return
        report.digest_mismatch = differing
        logger.warning("digest differs for %s: pulling everything again", report.digest_mismatch)
        self.state.reset_cursor(self.school_id)
        self.pull_all(CycleReport())


def _chunks(batch: list[Mutation], size: int) -> list[list[Mutation]]:
    """`batch` cut as `pending_batch(limit=size)` would cut it call after call: whole transactions up to
    `size` operations, a bigger transaction in pieces of `size`."""
    chunks: list[list[Mutation]] = []
    current: list[Mutation] = []
    start = 0
    while start < len(batch):
        end = start
        while end < len(batch) and batch[end]["tx_id"] == batch[start]["tx_id"]:
            end += 1
        if len(current) + end - start <= size:
            current += batch[start:end]
            start = end
        elif current:
            chunks.append(current)
            current = []
        else:
            chunks.append(batch[start:start + size])
            start += size
    if current:
        chunks.append(current)
    return chunks


def _part(page: PullReply, start: int, end: int) -> PullReply:
    """Rows [start, end) of a page with their own cursor (the seq of their last row), so a UI save never waits
    behind one long write transaction; results and acknowledgements go with the last part. Rows are in seq
    order, so each part's cursor is a safe place to resume from."""
    rows = page["rows"]
    if start == 0 and end >= len(rows):
        return page
    last = end >= len(rows)
    chunk = rows[start:end]
    return {**page, "rows": chunk, "cursor": page["cursor"] if last else chunk[-1]["seq"],
            "results": page["results"] if last else [],
            "last_mutation_id": page["last_mutation_id"] if last else 0}


def _add(report: CycleReport, counts: ApplyCounts) -> None:
    report.held += counts.held
    report.merged += counts.merged
    report.rejected += counts.rejected


__all__ = ["CycleReport", "Mutation", "SyncEngine", "UpdateRequired"]
