"""Revisión decisions through `sync.resolve`, against the real server: resolvable from any PC, refusals shown."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_review import ReviewActionError, ReviewDecisions, SyncReviewService
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
    actions = ReviewDecisions(TransportResolver(one.transport, lambda _refresh: mint_token(one.user_id), one.school,
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
    actions = ReviewDecisions(TransportResolver(two.transport, lambda _refresh: mint_token(two.user_id), two.school))
    outcome = actions.dismiss(entry.item)  # a duplicate must be merged, separated or discarded
    assert not outcome.ok and outcome.reason == "Un posible duplicado se fusiona, se separa o se descarta."
    assert SyncReviewService(StoreReviewSource(two.path)).summary().total == 1


def test_the_window_sends_a_decision_off_the_ui_thread_and_shows_a_refusal(make_pc, qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from desktop_app.ui.sync_review.window import SyncReviewWindow
    from desktop_app.ui.tasks import TaskRunner

    one, two = make_pc("one"), make_pc("two")
    one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    two.sync()
    threads: list[threading.Thread] = []
    decisions = ReviewDecisions(TransportResolver(two.transport, lambda _refresh: mint_token(two.user_id), two.school,
                                                  after=lambda: threads.append(threading.current_thread())))
    runner = TaskRunner()
    window = SyncReviewWindow(SyncReviewService(StoreReviewSource(two.path)), decisions=decisions, runner=runner)
    qtbot.addWidget(window)
    assert window.merge_button.isEnabled() and window.distinct_button.isEnabled()
    assert not window.choose_button.isEnabled() and not window.dismiss_button.isEnabled()  # a duplicate

    window.decide_distinct("TI", "1012345777")
    qtbot.waitUntil(lambda: "Decisión guardada" in window.message_label.text(), timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()

    window.discard_button.click()  # the case is still listed here until the next pull
    qtbot.waitUntil(lambda: "No se pudo resolver" in window.message_label.text(), timeout=10_000)
    assert "Este caso ya fue resuelto en otro equipo." in window.message_label.text()
    two.sync()
    assert window.refresh().total == 0
    assert runner.wait_for_done(10_000)


def test_a_field_conflict_is_resolved_by_choosing_one_of_the_values_shown(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    student = one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    one.sync()
    two.sync()
    one.students.update(student.id, StudentDraft("TI", "1012345678", "Luisa Gómez Pérez", date(2015, 5, 5)))
    two.students.update(student.id, StudentDraft("TI", "1012345678", "Luisa Gómes", date(2015, 5, 5)))
    one.sync()
    two.sync()
    entries = SyncReviewService(StoreReviewSource(two.path)).summary().entries
    [item] = [entry.item for entry in entries if entry.kind == "field_conflict" and entry.item is not None]
    [conflict] = item.conflicts
    assert (conflict.field, conflict.server, conflict.yours) == ("full_name", "Luisa Gómez Pérez", "Luisa Gómes")

    decisions = ReviewDecisions(TransportResolver(two.transport, lambda _refresh: mint_token(two.user_id), two.school))
    wrong = decisions.choose(item, {"birth_date": "2015-05-05"})
    assert not wrong.ok and "no está en conflicto" in wrong.reason
    assert decisions.choose(item, {"full_name": conflict.yours}).ok
    one.sync()
    two.sync()
    for pc in (one, two):
        assert pc.rows("SELECT full_name FROM students") == [("Luisa Gómes",)]
        assert not [e for e in SyncReviewService(StoreReviewSource(pc.path)).summary().entries
                    if e.kind == "field_conflict"]
