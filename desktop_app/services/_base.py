"""What every service shares: the store, the tenant context, the clock and the permission check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

from desktop_app.domain.permissions import Action, require
from desktop_app.services.context import TenantContext
from desktop_app.services.ports import Store

# The school's calendar day: Colombia is UTC-5 all year (no daylight saving).
COLOMBIA = timezone(timedelta(hours=-5), "America/Bogota")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Service:
    """Base of the use-case classes: holds the store port and the tenant context they act in."""

    def __init__(self, store: Store, context: TenantContext, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._context = context
        self._clock = clock

    @property
    def context(self) -> TenantContext:
        return self._context

    @property
    def _school_id(self) -> str:
        return self._context.school_id

    def _require(self, action: Action) -> None:
        require(self._context.roles, action)

    def _now(self) -> datetime:
        return self._clock()

    def _today(self) -> date:
        return self._now().astimezone(COLOMBIA).date()


def clean_text(value: str | None) -> str | None:
    """Trimmed text with inner runs of spaces collapsed; None for empty."""
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
