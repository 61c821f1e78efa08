"""A matrícula held behind a suspected duplicate keeps its status moves, end to end: the production engine on
two PCs, the real server, the Revisión decision from the other PC (issue 9, decision 1)."""

from __future__ import annotations

import json
from datetime import date

import psycopg

from desktop_app.services.dto import EnrollmentDraft, StudentDraft
from desktop_app.services.sync_review import ReviewDecisions, SyncReviewService
from desktop_app.sync.review import StoreReviewSource, TransportResolver
from tests.support.tenant_security import mint_token
from tests.sync.server.support import YEAR_A


def test_the_moves_of_a_held_matricula_wait_with_it_and_arrive_after_distinct(make_pc, sync_db) -> None:
    office, rector = make_pc("office"), make_pc("rector", user="rector")
    rector.sync()  # the school year comes from the server
    office.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    office.sync()
    held = rector.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    enrollment = rector.enrollments.enroll(held.id, EnrollmentDraft(YEAR_A, "5"))
    rector.enrollments.change_status(enrollment.id, "withdrawn", "Traslado")
    rector.enrollments.change_status(enrollment.id, "pending_documents", "Regresó al colegio")
    report = rector.sync()
    assert report.rejected == 0 and report.pending == 0, rector.rows("SELECT table_name, reason FROM sync_outbox")
    assert report.held == 4  # the student, the matrícula and its two moves
    assert rector.rows("SELECT table_name, result FROM sync_outbox_archive WHERE table_name = "
                       "'enrollment_status_events'") == [("enrollment_status_events", "held")] * 2

    office.sync()
    review = SyncReviewService(StoreReviewSource(office.path))
    [entry] = review.summary().entries  # one case; no refused move clutters Revisión
    assert entry.kind == "duplicate_suspect" and entry.item is not None
    decisions = ReviewDecisions(TransportResolver(office.transport, lambda _refresh: mint_token(office.user_id),
                                                  office.school))
    assert decisions.distinct(entry.item, "TI", "1012345999").ok

    with psycopg.connect(sync_db) as conn:
        status, history = conn.execute("SELECT status, status_history FROM enrollments WHERE id = %s",
                                       (enrollment.id,)).fetchone()
    assert status == "pending_documents"
    assert [(h["to"], h["reason"]) for h in history] == [("withdrawn", "Traslado"),
                                                         ("pending_documents", "Regresó al colegio")]
    for pc in (office, rector):
        pc.sync()
        (local_status, local_history), = pc.rows("SELECT status, status_history FROM enrollments WHERE id = ?",
                                                 (enrollment.id,))
        assert local_status == "pending_documents" and len(json.loads(local_history)) == 2
        assert SyncReviewService(StoreReviewSource(pc.path)).summary().total == 0
