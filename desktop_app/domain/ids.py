"""Deterministic ids for rows whose identity is their parents (issue 9, decision 2).

Two PCs that offline link the same guardian to the same student, or enroll the same student in the same year,
make the *same* row id, so the server sees one row edited twice instead of two rows to merge; and re-creating
a soft-deleted row (undo, then redo) revives its tombstone instead of making a twin. uuid5 over the parent
ids in a fixed order, under one namespace that never changes (changing it would fork every future row).
"""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f1b6a52-5c1e-4c8a-9d8e-2b7c0e3a9f41")


def _derived(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join((kind, *(str(uuid.UUID(str(p))) if _is_uuid(p) else p
                                                     for p in parts)))))


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def student_guardian_id(student_id: str, guardian_id: str) -> str:
    return _derived("student_guardians", student_id, guardian_id)


def enrollment_id(student_id: str, school_year_id: str) -> str:
    return _derived("enrollments", student_id, school_year_id)


def enrollment_document_id(enrollment_id: str, document_type: str) -> str:
    return _derived("enrollment_documents", enrollment_id, document_type)


def academic_period_id(school_year_id: str, number: int) -> str:
    return _derived("academic_periods", school_year_id, str(number))
