"""The wire format between the desktop sync engine and the server's `sync.*` functions (protocol 1).

Both sides follow this file (the server in alembic 0005). Every call is ONE `SELECT sync.f(...)` in
autocommit: nothing survives between calls, so it works through Supabase's transaction pooler. The access
token is an argument; the function sets it transaction-locally so RLS inside sees the verified user.

    sync.push(p_token text, p_client_id uuid, p_school_id uuid, p_protocol int, p_batch jsonb,
              p_isolate boolean DEFAULT false) RETURNS jsonb          -> PushReply | ErrorReply
    sync.pull(p_token text, p_client_id uuid, p_school_id uuid, p_cursor bigint, p_limit int)
              RETURNS jsonb                                            -> PullReply
    sync.digest(p_token text, p_school_id uuid, p_upto bigint) RETURNS jsonb -> Digest
    sync.resolve(p_token text, p_school_id uuid, p_item_id uuid, p_action text, p_payload jsonb)
              RETURNS jsonb

A push batch is an ordered list of whole local transactions (by `mutation_id`); a transaction of more than
`MAX_CHUNK` operations goes up in ordered chunks of at most that many, each atomic on the server.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 1
"""Wire-format version sent with every push; the server answers `version_not_supported` when too old."""

MAX_CHUNK = 1000
"""Most operations in one push call (a bigger local transaction is split in ordered chunks)."""

PULL_LIMIT = 5000
"""Rows per pulled page."""

Op = Literal["insert", "patch", "delete"]
Status = Literal["applied", "merged", "rejected", "held", "noop"]

SERVER_OWNED_COLUMNS: frozenset[str] = frozenset({"updated_at", "server_seq", "status_history"})
"""Never captured by a client (the server stamps or recomputes them). `enrollments.status` is server-owned
too: the client's status moves travel as `enrollment_status_events` rows."""


class Mutation(TypedDict):
    """One captured local change (one `sync_outbox` row)."""

    mutation_id: int
    tx_id: int
    table: str
    row_id: str
    op: Op
    data: dict[str, object]  # insert: the whole row; patch: changed columns only; delete: {}
    base: dict[str, object] | None  # patch: the previous values of the changed columns
    base_seq: int | None  # the row's server_seq when it was edited (None if never synced)
    local_time: str  # ISO-8601 UTC by the PC's clock when the change was made: informational only
    user_id: str
    client_now: NotRequired[str]  # the PC's clock at the push: the server measures the clock offset from it
    after: NotRequired[int]  # the last id this PC saw acknowledged: more than the server knows = restored server


class MutationResult(TypedDict):
    mutation_id: int
    status: Status
    reason: str | None  # Spanish, for the secretary
    canonical_id: str | None  # merged: the id the row lives under on the server


class PushReply(TypedDict):
    acked_through: int
    results: list[MutationResult]  # non-`applied` results only
    write_checkpoint: int  # the highest server_seq this push wrote; a pull must reach it
    server_now: str


class ErrorReply(TypedDict):
    error: Literal["version_not_supported", "gap"]
    expected: NotRequired[int]  # gap: the mutation id the server expects next


class PulledRow(TypedDict):
    t: str  # table name
    seq: int  # the row's server_seq
    row: dict[str, object]  # every column


class PullReply(TypedDict):
    rows: list[PulledRow]  # ordered by seq, one snapshot
    has_more: bool
    cursor: int  # the last seq in this page (the client's new cursor)
    last_mutation_id: int  # the highest mutation id of this client the server has recorded
    results: list[MutationResult]  # non-applied results of this client (re-learned if a reply was lost)
    server_now: str
    must_rebootstrap: bool


class TableDigest(TypedDict):
    count: int
    xor: str  # 16 hex digits: bit_xor of the first 64 bits of md5(id || ':' || server_seq)


Digest = dict[str, TableDigest]

PULLED_TABLES: tuple[str, ...] = (
    "schools",
    "school_settings",
    "school_years",
    "academic_periods",
    "students",
    "guardians",
    "student_guardians",
    "enrollments",
    "enrollment_status_events",
    "enrollment_documents",
    "id_aliases",
    "review_items",
)
"""Tables a pull can return (`t`)."""
