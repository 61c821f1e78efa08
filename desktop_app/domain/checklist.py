"""The documents a matrícula needs (a default Colombian list a school can change) and each item's state.

The default list is in checklist_defaults, the school's override format in checklist_rules; both are
re-exported here so callers import from one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain.checklist_defaults import (
    ALWAYS,
    DEFAULT_BY_CODE,
    DEFAULT_REQUIREMENTS,
    ChecklistContext,
    Condition,
    DocumentRequirement,
)
from desktop_app.domain.checklist_rules import (
    RULES_VERSION,
    condition_from_json,
    condition_to_json,
    describe_condition,
    school_requirements,
    validate_school_rules,
)
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.permissions import Action, require

__all__ = [
    "ALWAYS", "DEFAULT_BY_CODE", "DEFAULT_REQUIREMENTS", "DONE_STATES", "ITEM_STATE_LABELS",
    "MAX_ITEM_REASON_LENGTH", "RULES_VERSION", "STATES_NEEDING_REASON", "ChecklistContext", "ChecklistItem",
    "Condition", "DocumentRequirement", "ItemState", "checklist_complete", "condition_from_json",
    "condition_to_json", "describe_condition", "item_state_action", "mark_item", "missing_items",
    "required_documents", "school_requirements", "validate_school_rules",
]


def required_documents(
    context: ChecklistContext, school_rules: Mapping[str, Any] | None = None
) -> list[DocumentRequirement]:
    """The documents this student must bring, in the school's order."""
    return [r for r in school_requirements(school_rules) if r.when.applies(context)]


class ItemState(StrEnum):
    """State of one checklist document."""

    missing = "missing"
    received = "received"  # delivered, not yet checked
    validated = "validated"
    rejected = "rejected"  # with the reason, so the family knows what to bring
    waived = "waived"  # "no aplica" for this student, with the reason (e.g. never enrolled anywhere)


ITEM_STATE_LABELS: dict[ItemState, str] = {
    ItemState.missing: "Falta",
    ItemState.received: "Recibido (por validar)",
    ItemState.validated: "Validado",
    ItemState.rejected: "Rechazado",
    ItemState.waived: "No aplica",
}

# States that leave nothing for the family to do.
DONE_STATES = frozenset({ItemState.received, ItemState.validated, ItemState.waived})
STATES_NEEDING_REASON = frozenset({ItemState.rejected, ItemState.waived})
# Short enough to print on the checklist and to quote in the enrollment's status history.
MAX_ITEM_REASON_LENGTH = 300


@dataclass(frozen=True)
class ChecklistItem:
    """One requirement of one enrollment and where it stands."""

    requirement: DocumentRequirement
    state: ItemState = ItemState.missing
    reason: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


def checklist_complete(items: Iterable[ChecklistItem]) -> bool:
    """Ready for review: nothing missing or rejected."""
    return all(ItemState(item.state) in DONE_STATES for item in items)


def missing_items(items: Iterable[ChecklistItem]) -> list[ChecklistItem]:
    """The items the family still has to bring (missing or rejected), in order."""
    return [item for item in items if ItemState(item.state) not in DONE_STATES]


def item_state_action(state: ItemState | str) -> Action:
    """The permission needed to put an item in `state`."""
    return {
        ItemState.missing: Action.document_receive,  # undo a reception typed by mistake
        ItemState.received: Action.document_receive,
        ItemState.validated: Action.document_validate,
        ItemState.rejected: Action.document_reject,
        ItemState.waived: Action.document_waive,
    }[ItemState(state)]


def mark_item(
    item: ChecklistItem,
    state: ItemState | str,
    *,
    roles: Iterable[str],
    by_user_id: str | None,
    at: datetime,
    reason: str | None = None,
) -> ChecklistItem:
    """The item in its new state; raises NotAllowed, or ValidationFailed when a needed reason is missing."""
    try:
        new_state = ItemState(state)
    except ValueError:
        raise ValidationFailed("unknown_item_state", field="state", params={"state": str(state)}) from None
    require(list(roles), item_state_action(new_state))
    cleaned = (reason or "").strip()
    if new_state in STATES_NEEDING_REASON and not cleaned:
        code = "rejection_reason_required" if new_state is ItemState.rejected else "waiver_reason_required"
        raise ValidationFailed(code, field="reason", params={"document": item.requirement.label})
    if len(cleaned) > MAX_ITEM_REASON_LENGTH:
        raise ValidationFailed("reason_too_long", field="reason", params={"max": MAX_ITEM_REASON_LENGTH})
    return replace(item, state=new_state, reason=cleaned or None, updated_at=at, updated_by=by_user_id)
