"""What adopting a local-mode store needs from storage (implemented by `storage/local/adoption.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

ADOPTED_TABLES: tuple[str, ...] = (
    "school_years", "academic_periods", "guardians", "students", "student_guardians", "enrollments",
    "enrollment_documents",
)
"""The tables an adoption uploads, in the order they are written (parents before children)."""

Progress = Callable[[int, int], None]
"""(rows written, rows in all)."""


@dataclass(frozen=True)
class AdoptionMark:
    """A local-mode file already uploaded: when, into which school, by whom, from which file."""

    at: datetime
    school_id: str
    school_name: str
    user_name: str
    source: str


@dataclass(frozen=True)
class AdoptionSurvey:
    """What the local-mode file holds, compared with the school's rows already on this PC (read-only)."""

    source: Path
    school_name: str  # the local school's name
    user_names: tuple[str, ...]  # the local users' names (all become the signed-in user)
    counts: Mapping[str, int]  # rows to upload, per table
    existing: Mapping[str, int] = field(default_factory=dict)  # of those, rows the school already has
    mapped: Mapping[str, int] = field(default_factory=dict)  # years/periods the school has: not uploaded
    files: int = 0  # scanned files found, to upload
    files_missing: int = 0  # listed by a document but not on this PC
    transitions: frozenset[tuple[str, str]] = frozenset()  # status moves in the matrículas' histories
    document_states: frozenset[str] = frozenset()
    inactive_students: int = 0
    school_pulled: bool = True  # the connected store has received the school's rows at least once

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class AdoptionResult:
    counts: Mapping[str, int]
    files_queued: int
    mark: AdoptionMark


class AdoptionStorage(Protocol):
    """The local-mode file (read only; marked at the end) and the connected store it is written into."""

    def mark(self) -> AdoptionMark | None: ...

    def survey(self, school_id: str) -> AdoptionSurvey | None:
        """None when there is no local-mode file (or it holds no school)."""
        ...

    def adopt(self, *, school_id: str, school_name: str, user_id: str, user_name: str,
              progress: Progress | None = None) -> AdoptionResult:
        """Every row in ONE local transaction (captured as outbox inserts), then the mark."""
        ...
