"""Calling the server's `sync.*` functions over psycopg: one statement in autocommit per call.

No session state survives a call (the token is an argument, set transaction-locally by the function) and
no server-side prepared statements are used (`prepare_threshold=None`), so the same code works on a direct
connection and through Supabase's transaction-mode pooler.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Protocol, cast

import psycopg
from psycopg.types.json import Jsonb

from desktop_app.sync.protocol import Digest, ErrorReply, Mutation, PullReply, PushReply

logger = logging.getLogger(__name__)

INVALID_TOKEN_SQLSTATE = "28000"
CONNECT_TIMEOUT_S = 10


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
        try:
            row = self._connection().execute(sql, params).fetchone()
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
        assert row is not None
        value = row[0]
        return json.loads(value) if isinstance(value, str) else value

    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Mutation],
             isolate: bool = False) -> PushReply | ErrorReply:
        return cast(PushReply | ErrorReply, self._call(
            "SELECT sync.push(%s, %s, %s, %s, %s, %s)",
            (token, client_id, school_id, protocol, Jsonb(batch), isolate)))

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
