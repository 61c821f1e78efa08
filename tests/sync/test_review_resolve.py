"""Revisión decisions through `sync.resolve`, against the real server: resolvable from any PC, refusals shown."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_review import ReviewActionError, SyncReviewActions, SyncReviewService
from desktop_app.sync.review import StoreReviewSource, TransportResolver
from tests.support.tenant_security import mint_token


def test_a_duplicate_is_resolved_from_another_pc_as_distinct_people_and_cannot_be_resolved_twice(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    held = two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    assert two.sync().held == 1
    one.sync()  # PC one did not type it, but sees the case too

    review = SyncReviewService(StoreReviewSource(one.path))
    [entry] = review.summary().entries
    assert entry.kind == "duplicate_suspect" and entry.item is not None
    assert entry.data["full_name"] == "Pedro Ramírez" and entry.item.existing["full_name"] == "Luisa Gómez"

    asked: list[bool] = []
    actions = SyncReviewActions(TransportResolver(one.transport, lambda _refresh: mint_token(one.user_id), one.school,
                                                  after=lambda: asked.append(True)))
    with pytest.raises(ReviewActionError, match="Número de documento"):
        actions.distinct(entry.item, "TI", "  ")
    outcome = actions.distinct(entry.item, "TI", "1012345999")
    assert outcome.ok and asked == [True]
    again = actions.discard(entry.item)
    assert not again.ok and again.reason == "Este caso ya fue resuelto en otro equipo."

    one.sync()
    two.sync()
    assert review.summary().total == 0 and SyncReviewService(StoreReviewSource(two.path)).summary().total == 0
    assert sorted(one.rows("SELECT document_number FROM students")) == [("1012345678",), ("1012345999",)]
    assert two.rows("SELECT document_number FROM students WHERE id = ?", (held.id,)) == [("1012345999",)]


def test_a_refused_action_comes_back_with_the_servers_spanish_reason(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    two.sync()
    [entry] = SyncReviewService(StoreReviewSource(two.path)).summary().entries
    assert entry.item is not None
    actions = SyncReviewActions(TransportResolver(two.transport, lambda _refresh: mint_token(two.user_id), two.school))
    outcome = actions.dismiss(entry.item)  # a duplicate must be merged, separated or discarded
    assert not outcome.ok and outcome.reason == "Un posible duplicado se fusiona, se separa o se descarta."
    assert SyncReviewService(StoreReviewSource(two.path)).summary().total == 1
