"""What needs a person's decision after sync (issue 9, Revisión): a port implemented in `desktop_app.sync.review`.

Two sources: changes typed on this PC that the server refused (they stay in the outbox as `rejected`, with
the server's Spanish reason and all the data typed), and the open review items pulled from the server
(duplicates, field conflicts, invalid transitions…), which any PC of the school may resolve.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.services._base import Service

REJECTED_LOCAL = "rejected_local"
"""The kind given to this PC's refused changes (server items have their own kinds)."""

KIND_ORDER = (REJECTED_LOCAL, "duplicate_suspect", "field_conflict", "invalid_transition", "edit_after_delete",
              "rejected_mutation")
"""Display order of the groups; kinds the server adds later come after these."""


@dataclass(frozen=True)
class RejectedChange:
    mutation_id: int
    table_name: str
    op: str
    data: Mapping[str, object]
    reason: str
    local_time: str
    row_id: str = ""


@dataclass(frozen=True)
class FieldConflict:
    field: str
    server: object
    yours: object


@dataclass(frozen=True)
class ReviewItem:
    id: str
    kind: str
    table_name: str | None
    row_id: str | None
    other_row_id: str | None
    payload: Mapping[str, object]
    created_at: str | None = None

    @property
    def data(self) -> Mapping[str, object]:
        """The data typed: the held row of a duplicate, else the data of the mutation the item is about."""
        data = self.payload.get("data")
        if isinstance(data, Mapping):
            return data
        mutation = self.payload.get("mutation")
        if isinstance(mutation, Mapping) and isinstance(mutation.get("data"), Mapping):
            inner: Mapping[str, object] = mutation["data"]
            return inner
        event = self.payload.get("event")
        return event if isinstance(event, Mapping) else {}

    @property
    def existing(self) -> Mapping[str, object]:
        """The row already on the server that a duplicate collides with."""
        existing = self.payload.get("existing")
        return existing if isinstance(existing, Mapping) else {}

    @property
    def reason(self) -> str:
        reason = self.payload.get("reason")
        return reason if isinstance(reason, str) else ""

    @property
    def conflicts(self) -> list[FieldConflict]:
        fields = self.payload.get("fields")
        if not isinstance(fields, Mapping):
            return []
        return [FieldConflict(str(name), values.get("server"), values.get("yours"))
                for name, values in fields.items() if isinstance(values, Mapping)]


class ReviewSource(Protocol):
    def rejected_changes(self) -> list[RejectedChange]: ...

    def open_items(self) -> list[ReviewItem]: ...

    def held_ids(self, table_name: str) -> frozenset[str]:
        """Rows of `table_name` typed on this PC that the server holds (suspected duplicates) until resolved."""
        ...

    def server_copies(self) -> Mapping[tuple[int, str], ReviewItem]:
        """Open server items about refused changes, by (mutation id, row id)."""
        ...


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the Revisión screen: a refused local change or an open server item."""

    kind: str
    table_name: str | None
    reason: str
    data: Mapping[str, object]
    rejected: RejectedChange | None = None
    item: ReviewItem | None = None


@dataclass(frozen=True)
class ReviewSummary:
    entries: list[ReviewEntry] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(entry.kind for entry in self.entries))

    @property
    def total(self) -> int:
        return len(self.entries)


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


class SyncReviewService:
    def __init__(self, source: ReviewSource) -> None:
        self._source = source

    def summary(self) -> ReviewSummary:
        """Everything to review on this PC, grouped by kind (stable order inside a group)."""
        entries = [ReviewEntry(REJECTED_LOCAL, change.table_name, change.reason, change.data, rejected=change)
                   for change in self._source.rejected_changes()]
        entries += [ReviewEntry(item.kind, item.table_name, item.reason, item.data, item=item)
                    for item in self._source.open_items()]
        entries.sort(key=lambda entry: _kind_rank(entry.kind))
        return ReviewSummary(entries)

    def server_copy(self, change: RejectedChange) -> ReviewItem | None:
        """The item the server raised about this PC's refused `change` (for the other PCs), if still open."""
        return self._source.server_copies().get((change.mutation_id, change.row_id))

    def in_review(self, table_name: str) -> frozenset[str]:
        """Ids to tag "En revisión" in the lists and forms of `table_name` (students, guardians)."""
        return self._source.held_ids(table_name)


@dataclass(frozen=True)
class ResolveOutcome:
    ok: bool
    reason: str = ""  # the server's Spanish refusal when not ok


class ReviewResolver(Protocol):
    def resolve(self, item_id: str, action: str, payload: Mapping[str, object]) -> ResolveOutcome:
        """One `sync.resolve` call on the network (never from the UI thread)."""
        ...


class ReviewActionError(ValueError):
    """A bad input caught before any call (the Spanish message names the field)."""


class ReviewDecisions:
    """The decisions of the Revisión screen, each one `sync.resolve` call; any PC of the school may take them."""

    def __init__(self, resolver: ReviewResolver) -> None:
        self._resolver = resolver

    def choose(self, item: ReviewItem, values: Mapping[str, object]) -> ResolveOutcome:
        """Field conflict: keep, for each field, one of the values shown."""
        return self._resolver.resolve(item.id, "choose", dict(values))

    def merge(self, item: ReviewItem) -> ResolveOutcome:
        return self._resolver.resolve(item.id, "merge", {})

    def distinct(self, item: ReviewItem, document_type: str, document_number: str) -> ResolveOutcome:
        """Son personas distintas: the held person goes up with the corrected document."""
        if not document_number.strip():
            raise ReviewActionError("Escriba el número de documento corregido en «Número de documento».")
        return self._resolver.resolve(item.id, "distinct", {"document_type": document_type.strip() or None,
                                                            "document_number": document_number.strip()})

    def discard(self, item: ReviewItem) -> ResolveOutcome:
        return self._resolver.resolve(item.id, "discard", {})

    def dismiss(self, item: ReviewItem) -> ResolveOutcome:
        return self._resolver.resolve(item.id, "dismiss", {})


CORRECTABLE_TABLES = ("students", "guardians")
"""Rejected changes that *Corregir y reenviar* opens in a form (other tables: *Descartar mi cambio* only)."""


class RejectedChangeActions(Service):
    """*Descartar mi cambio* on a change of this PC that the server rejected: one local write, no network (the
    engine takes the server's row again on its next pull). *Corregir y reenviar* is the form's own save with
    `resends=` (`StudentService.save`, `GuardianService.update`)."""

    def discard(self, change: RejectedChange) -> None:
        with self._store.write() as session:
            session.discard_rejected(change.mutation_id, school_id=self._school_id, user_id=self._context.user_id)

    @staticmethod
    def can_correct(change: RejectedChange) -> bool:
        return change.table_name in CORRECTABLE_TABLES and change.op in ("insert", "patch")
