"""The Revisión actions and the "En revisión" tag in the real screens, over store files synced with the real
server (pytest-qt offscreen)."""

from __future__ import annotations

from datetime import date

from desktop_app.app import Session, build_services
from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_review import RejectedChangeActions, SyncReviewService
from desktop_app.sync.review import StoreReviewSource
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.students.view import StudentsView
from desktop_app.ui.sync_review.window import SyncReviewWindow
from desktop_app.ui.tasks import TaskRunner


def _services(pc) -> UiServices:  # type: ignore[no-untyped-def]
    return build_services(pc.store, Session(pc.context, Mode.connected, connected=object()), TaskRunner(synchronous=True))


def _name_cells(view: StudentsView) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_a_held_student_shows_en_revision_in_the_list_and_the_form_until_resolved(make_pc, qtbot) -> None:  # type: ignore[no-untyped-def]
    one, two = make_pc("one"), make_pc("two")
    one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    held = two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    assert two.sync().held == 1
    services = _services(two)
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.reload()
    assert _name_cells(view) == ["Luisa Gómez", "Pedro Ramírez · En revisión"]  # Luisa: pulled, not held
    dialog = StudentDialog(services, held.id, view)
    qtbot.addWidget(dialog)
    assert dialog.in_review and dialog.windowTitle() == "Estudiante · En revisión"
    assert dialog.review_banner.text().startswith("En revisión:") and dialog.review_banner.isVisibleTo(dialog)

    [entry] = SyncReviewService(StoreReviewSource(two.path)).summary().entries
    from desktop_app.services.sync_review import ReviewDecisions
    from desktop_app.sync.review import TransportResolver
    from tests.support.tenant_security import mint_token

    assert entry.item is not None
    resolver = TransportResolver(one.transport, lambda _r: mint_token(one.user_id), one.school)
    assert ReviewDecisions(resolver).distinct(entry.item, "TI", "1012345999").ok
    two.sync()
    view.reload()
    assert _name_cells(view) == ["Luisa Gómez", "Pedro Ramírez"]


def test_revision_discards_and_corrects_this_pcs_rejected_changes(make_pc, qtbot, sync_db) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    pc = make_pc("one")
    first = pc.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    second = pc.students.create(StudentDraft("TI", "1012345679", "Andrés Gómez", date(2014, 4, 4)))
    pc.sync()
    with pc.store.write() as session:  # refused by the server although this app would not let it be typed
        session.patch("students", first.id, {"birth_date": date(2099, 1, 1)}, school_id=pc.school)
    with pc.store.write() as session:
        session.patch("students", second.id, {"full_name": "Andrés Gómez Ruiz", "birth_date": date(2099, 2, 2)},
                      school_id=pc.school)
    assert pc.sync().rejected == 2
    services = _services(pc)
    opened: list[object] = []
    after: list[bool] = []
    from desktop_app.services.sync_review import ReviewDecisions
    from desktop_app.sync.review import TransportResolver
    from tests.support.tenant_security import mint_token

    decisions = ReviewDecisions(TransportResolver(pc.transport, lambda _r: mint_token(pc.user_id), pc.school))
    window = SyncReviewWindow(SyncReviewService(StoreReviewSource(pc.path)), runner=services.runner,
                              rejected=RejectedChangeActions(pc.store, pc.context), correct=opened.append,
                              after_local=lambda: after.append(True), decisions=decisions)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2  # this PC's own refusals are listed once, not again as server items
    window.table.selectRow(0)
    assert window.discard_mine_button.isEnabled() and window.correct_button.isEnabled()
    assert not window.merge_button.isEnabled()
    window.discard_mine_button.click()
    assert after == [True] and window.model.rowCount() == 1 and "descartado" in window.message_label.text()
    with psycopg.connect(sync_db) as conn:  # the other PCs' copy of the discarded refusal is closed
        assert set(conn.execute("SELECT payload->'mutation'->>'row_id', status FROM review_items "
                                "WHERE kind = 'rejected_mutation'").fetchall()) == {
            (first.id, "dismissed"), (second.id, "open")}
    window.table.selectRow(0)
    window.correct_button.click()
    [change] = opened
    assert change.row_id == second.id  # type: ignore[attr-defined]

    dialog = StudentDialog(services, second.id)
    qtbot.addWidget(dialog)
    dialog.correct_rejected(change.mutation_id, change.data, change.reason)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Corregir y reenviar" and "rechazó" in dialog.review_banner.text()
    assert dialog.full_name_edit.text() == "Andrés Gómez Ruiz" and dialog.birth_date_edit.text() == "02/02/2099"
    dialog.birth_date_edit.setText("02/02/2014")
    dialog.save()
    assert window.refresh().total == 0
    assert pc.rows("SELECT op, json_extract(data, '$.full_name'), json_extract(data, '$.birth_date') "
                   "FROM sync_outbox") == [("patch", "Andrés Gómez Ruiz", "2014-02-02")]
    report = pc.sync()
    assert report.rejected == 0 and report.pending == 0
    assert sorted(pc.rows("SELECT full_name, birth_date FROM students")) == [
        ("Andrés Gómez Ruiz", "2014-02-02"), ("Luisa Gómez", "2015-05-05")]  # the discarded edit: server's row


def test_a_refused_guardian_edit_is_corrected_in_the_guardian_form(make_pc, qtbot, sync_db) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from desktop_app.services.dto import GuardianDraft
    from desktop_app.ui.guardians.form import GuardianDialog

    pc = make_pc("one")
    guardian = pc.guardians.create(GuardianDraft("CC", "52123456", "Marta Gómez", phone="3001234567"))
    pc.sync()
    with pc.store.write() as session:  # a document the server refuses (a dash), as an old app let through
        session.patch("guardians", guardian.id, {"document_number": "52-123456", "phone": "3109876543"},
                      school_id=pc.school)
    assert pc.sync().rejected == 1
    [entry] = [e for e in SyncReviewService(StoreReviewSource(pc.path)).summary().entries if e.rejected is not None]
    assert entry.rejected is not None and RejectedChangeActions.can_correct(entry.rejected)

    dialog = GuardianDialog(_services(pc), guardian.id)
    qtbot.addWidget(dialog)
    dialog.correct_rejected(entry.rejected.mutation_id, entry.rejected.data, entry.reason)
    assert dialog.windowTitle() == "Corregir y reenviar" and "Número de documento" in dialog.review_banner.text()
    assert dialog.fields.document_number_edit.text() == "52-123456" and dialog.fields.phone_edit.text() == "3109876543"
    dialog.fields.document_number_edit.setText("52123457")
    dialog.save()
    assert SyncReviewService(StoreReviewSource(pc.path)).summary().total == 0
    assert pc.sync().rejected == 0
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT document_number, phone FROM guardians WHERE id = %s", (guardian.id,)).fetchall() == [
            ("52123457", "3109876543")]  # the phone typed in the refused change went up with the correction


def test_corregir_from_the_main_window_saves_the_correction_and_closes_the_servers_copy(make_pc, qtbot, sync_db) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from desktop_app.app import build_window, close_server_copy, correct_in_form
    from desktop_app.services.sync_review import ReviewDecisions
    from desktop_app.sync.review import TransportResolver
    from tests.support.tenant_security import mint_token

    pc = make_pc("one")
    student = pc.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    pc.sync()
    with pc.store.write() as session:  # refused by the server although this app would not let it be typed
        session.patch("students", student.id, {"birth_date": date(2099, 1, 1)}, school_id=pc.school)
    assert pc.sync().rejected == 1
    services = _services(pc)
    review = SyncReviewService(StoreReviewSource(pc.path))
    [entry] = review.summary().entries
    assert entry.rejected is not None
    decisions = ReviewDecisions(TransportResolver(pc.transport, lambda _r: mint_token(pc.user_id), pc.school))
    window = build_window(services)
    qtbot.addWidget(window)
    saved: list[bool] = []
    correct_in_form(window, entry.rejected, on_saved=lambda: (saved.append(True), close_server_copy(
        review, decisions, entry.rejected, services.runner)))  # type: ignore[arg-type]
    [dialog] = window.students_view.findChildren(StudentDialog)
    assert dialog.birth_date_edit.text() == "01/01/2099"
    dialog.birth_date_edit.setText("01/01/2015")
    dialog.save()
    assert saved == [True] and review.summary().total == 0
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT status FROM review_items WHERE kind = 'rejected_mutation'").fetchall() == [
            ("dismissed",)]
    assert pc.sync().rejected == 0
