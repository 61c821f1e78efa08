"""The digest after a pull is another call: a row another PC changes in between is no loss and must not make
this PC pull everything again; a row really missing still does (found by the H2 soak)."""

from __future__ import annotations

import sqlite3

from desktop_app.services.dto import StudentDraft


class _EditBeforeDigest:
    """The real transport; just before the first digest, PC `other` edits a row and pushes it."""

    def __init__(self, inner, other, student_id: str) -> None:
        self.inner, self.other, self.student_id = inner, other, student_id
        self.pulls = 0
        self.fired = False

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def pull(self, *args):
        self.pulls += 1
        return self.inner.pull(*args)

    def digest(self, *args):
        if not self.fired:
            self.fired = True
            target = self.other.students.get(self.student_id)
            self.other.students.update(target.id, StudentDraft(target.document_type, target.document_number,
                                                               target.full_name, target.birth_date, gender="F"))
            self.other.sync()
        return self.inner.digest(*args)


def test_a_row_changed_between_pull_and_digest_is_pulled_not_a_full_repull(make_pc) -> None:
    a, b = make_pc("a"), make_pc("b")
    saved = a.students.create(StudentDraft("TI", "1080000001", "Luisa Gómez", None))
    a.sync()
    b.sync()
    a.transport = a.engine.transport = _EditBeforeDigest(a.engine.transport, b, saved.id)
    report = a.sync()
    assert a.engine.transport.fired and report.digest_mismatch == []
    assert a.engine.transport.pulls == 2  # the cycle's pull, then one catch-up pull: no pull from zero
    assert a.rows("SELECT gender FROM students WHERE id = ?", (saved.id,)) == [("F",)]


def test_a_row_really_missing_is_still_found_and_pulled_again(make_pc) -> None:
    a, b = make_pc("a"), make_pc("b")
    a.sync()
    saved = b.students.create(StudentDraft("TI", "1080000002", "Andrés Pérez", None))
    b.sync()
    [(seq,)] = b.rows("SELECT server_seq FROM students WHERE id = ?", (saved.id,))
    connection = sqlite3.connect(a.path)
    with connection:  # what a pull that skipped a row leaves behind: a cursor past it, the row absent
        connection.execute("UPDATE sync_state SET cursor = ?", (seq,))
    connection.close()
    report = a.sync()
    assert report.digest_mismatch == ["students"]
    assert a.rows("SELECT count(*) FROM students WHERE id = ?", (saved.id,)) == [(1,)]
