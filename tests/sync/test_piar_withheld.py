"""The PC side of migration 0007: a PIAR the server withholds is kept as "not shown" (never as empty, never
pushed back), and when another user signs in on the PC everything is pulled again for that user's view."""

from __future__ import annotations

import json
from datetime import date

from desktop_app.domain.piar import WITHHELD, PiarAdjustment, PiarDraft
from desktop_app.services.dto import StudentDraft

PIAR = PiarDraft(ajustes=(PiarAdjustment("Lenguaje", "Letra grande"),), fecha_elaboracion="10/02/2026")


def _piar_data(pc, student_id: str) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(pc.rows("SELECT piar_data FROM students WHERE id = ?", (student_id,))[0][0])


def test_a_teachers_pc_keeps_the_piar_withheld_and_the_next_user_gets_their_own_view(make_pc) -> None:  # type: ignore[no-untyped-def]
    office = make_pc("office")
    draft = StudentDraft("TI", "1012345678", "Sara Milena Ortiz", date(2013, 4, 5),
                         piar_data={"has_disability": True})
    student_id = office.students.save(None, draft, piar=PIAR).id
    office.sync()
    full = _piar_data(office, student_id)
    assert full["ajustes"][0]["area"] == "Lenguaje"

    library = make_pc("library", "teacher")
    report = library.sync()
    assert not report.digest_mismatch
    assert _piar_data(library, student_id) == WITHHELD
    assert library.rows("SELECT full_name FROM students WHERE id = ?", (student_id,)) == [("Sara Milena Ortiz",)]
    library.close()

    # the secretary signs in on the library's PC: a full pull replaces the teacher's view
    same_pc = make_pc("library", "secretary")
    same_pc.sync()
    assert _piar_data(same_pc, student_id) == full
    assert same_pc.students.piar(student_id).draft == PIAR
    # nothing was pushed over the server's PIAR by either PC
    office.sync()
    assert _piar_data(office, student_id) == full
