"""Deterministic ids: the same parents give the same id on every PC, different parents never collide, and
the spelling of a uuid (upper case, braces) does not matter."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.ids import (
    academic_period_id,
    enrollment_document_id,
    enrollment_id,
    student_guardian_id,
)


@given(st.uuids(), st.uuids())
def test_same_parents_same_id_and_order_matters(a: uuid.UUID, b: uuid.UUID) -> None:
    assert enrollment_id(str(a), str(b)) == enrollment_id(str(a).upper(), "{" + str(b) + "}")
    assert uuid.UUID(student_guardian_id(str(a), str(b))).version == 5
    if a != b:
        assert enrollment_id(str(a), str(b)) != enrollment_id(str(b), str(a))
    # Kinds never collide even with the same parents.
    assert enrollment_id(str(a), str(b)) != student_guardian_id(str(a), str(b))


def test_fixed_values_never_change() -> None:
    # Pinned: changing the namespace or the layout would fork every row made afterwards from earlier ones.
    s, y = "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"
    assert enrollment_id(s, y) == "a5319be3-f260-55af-b3ae-53995e2ea916"
    assert len({enrollment_id(s, y), student_guardian_id(s, y), enrollment_document_id(s, "foto"),
                academic_period_id(y, 1), academic_period_id(y, 2)}) == 5
