"""Calling the server's `sync.*` functions over psycopg: one statement in autocommit per call.

No session state survives a call (the token is an argument, set transaction-locally by the function) and
no server-side prepared statements are used (`prepare_threshold=None`), so the same code works on a direct
connection and through Supabase's transaction-mode pooler.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast, runtime_checkable

import psycopg
from psycopg.types.json import Jsonb

from desktop_app.sync.protocol import Digest, ErrorReply, Mutation, PullReply, PushReply

logger = logging.getLogger(__name__)

INVALID_TOKEN_SQLSTATE = "28000"
CONNECT_TIMEOUT_S = 10
T = TypeVar("T")


class TransportError(RuntimeError):
    """The call may or may not have reached the server: retry later with the same arguments."""


class TokenRejected(RuntimeError):
    """The server refused the access token (SQLSTATE 28000): refresh the session, then retry."""


class ServerError(RuntimeError):
    """The server ran the call and it failed (a bug or an unforeseen constraint): retry in isolation mode."""


class Transport(Protocol):
    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Mutation],
             isolate: bool = False) -> PushReply | ErrorReply: ...

    def pull(self, token: str, client_id: str, school_id: str, cursor: int, limit: int) -> PullReply: ...

    def digest(self, token: str, school_id: str, upto: int) -> Digest: ...

    def close(self) -> None: ...


@runtime_checkable
class ChunkedTransport(Transport, Protocol):
    """A transport that can send several push chunks in one round trip (`PsycopgTransport.push_chunks`)."""

    def push_chunks(self, token: str, client_id: str, school_id: str, protocol: int,
                    chunks: list[list[Mutation]]) -> list[PushReply | ErrorReply]: ...


class PsycopgTransport:
    """One long-lived connection (reopened after a failure); each call is one autocommit statement."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo.replace("postgresql+psycopg://", "postgresql://")
        self._conn: psycopg.Connection[Any] | None = None

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = psycopg.connect(self._conninfo, autocommit=True, prepare_threshold=None,
                                         connect_timeout=CONNECT_TIMEOUT_S)
        return self._conn

    def _call(self, sql: str, params: tuple[Any, ...]) -> Any:
        row = self._guarded(lambda: self._connection().execute(sql, params).fetchone())
        assert row is not None
        return _decoded(row[0])

    def _guarded(self, run: Callable[[], T]) -> T:
        """`run()` with psycopg's errors mapped to what the engine does about them."""
        try:
            return run()
        except psycopg.OperationalError as error:
            self.close()
            if error.sqlstate == INVALID_TOKEN_SQLSTATE:
                raise TokenRejected(str(error)) from error
            raise TransportError(str(error)) from error
        except psycopg.Error as error:
            if error.sqlstate == INVALID_TOKEN_SQLSTATE:
                raise TokenRejected(str(error)) from error
            if error.sqlstate and error.sqlstate[:2] in ("08", "53", "57", "40"):
                self.close()
                raise TransportError(str(error)) from error
            raise ServerError(f"{error.sqlstate}: {error}") from error

    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Mutation],
             isolate: bool = False) -> PushReply | ErrorReply:
        return cast(PushReply | ErrorReply, self._call(
            "SELECT sync.push(%s, %s, %s, %s, %s, %s)",
            (token, client_id, school_id, protocol, Jsonb(batch), isolate)))

    def push_chunks(self, token: str, client_id: str, school_id: str, protocol: int,
                    chunks: list[list[Mutation]]) -> list[PushReply | ErrorReply]:
        """Several ordered push calls in ONE round trip: one simple-protocol message
        `SELECT sync.push(chunk 1); COMMIT; SELECT sync.push(chunk 2); …`. Each chunk is still its own atomic
        transaction (the COMMIT ends it and frees the school's lock), and the server stops at the first one
        that fails, so a failed chunk stops the rest; its error is raised and the replies of the chunks
        committed before it are lost, as a lost reply is (the next push is told by the server's idempotency).
        No prepared statement and no session state: fit for the transaction pooler too."""
        query = "; COMMIT; ".join(["SELECT sync.push(%s, %s, %s, %s, %s, false)"] * len(chunks))
        params = [value for chunk in chunks for value in (token, client_id, school_id, protocol, Jsonb(chunk))]

        def run() -> list[PushReply | ErrorReply]:
            cursor = psycopg.ClientCursor(self._connection())
            cursor.execute(query, params)
            replies: list[PushReply | ErrorReply] = []
            while True:
                if cursor.description is not None:
                    row = cursor.fetchone()
                    assert row is not None
                    replies.append(cast(PushReply | ErrorReply, _decoded(row[0])))
                if not cursor.nextset():
                    return replies

        return self._guarded(run)

    def pull(self, token: str, client_id: str, school_id: str, cursor: int, limit: int) -> PullReply:
        return cast(PullReply, self._call("SELECT sync.pull(%s, %s, %s, %s, %s)",
                                          (token, client_id, school_id, cursor, limit)))

    def digest(self, token: str, school_id: str, upto: int) -> Digest:
        return cast(Digest, self._call("SELECT sync.digest(%s, %s, %s)", (token, school_id, upto)))

    def resolve(self, token: str, school_id: str, item_id: str, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        """`sync.resolve`: a person's decision on a review item (Revisión); refusals come back as `error`."""
        return cast(dict[str, Any], self._call("SELECT sync.resolve(%s, %s, %s, %s, %s)",
                                               (token, school_id, item_id, action, Jsonb(payload))))

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                logger.debug("closing a broken sync connection", exc_info=True)
            self._conn = None


def _decoded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
