"""Screenshots of the "En revisión" tag and the Revisión actions on this PC's refused changes:
`xvfb-run -a .venv/bin/python -m tests.screenshot_revision_actions` (writes docs/screenshots/11-*.png)."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.app import Session, build_services
from desktop_app.services.dto import StudentDraft
from desktop_app.services.setup import LocalSetup
from desktop_app.services.sync_review import RejectedChangeActions
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import Mode
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.students.view import StudentsView
from desktop_app.ui.sync_review.window import SyncReviewWindow
from desktop_app.ui.tasks import TaskRunner

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = LocalStore.open(Path(folder) / "store.sqlite3")
        context = LocalSetup(store).bootstrap()
        services = build_services(store, Session(context, Mode.connected, connected=object()), TaskRunner(synchronous=True))
        students = services.students
        students.create(StudentDraft("TI", "1012345678", "Luisa Fernanda Gómez Ríos", date(2015, 5, 5)))
        held = students.create(StudentDraft("TI", "1012345679", "Pedro Antonio Ramírez Díaz", date(2014, 1, 9)))
        edited = students.create(StudentDraft("RC", "1098765432", "Valentina Ortiz Castaño", date(2018, 3, 3)))
        students.create(StudentDraft("TI", "1012345680", "Juan David Suárez León", date(2013, 11, 20)))
        with store.write() as session:  # what an old app let through: the server refuses it
            session.patch("students", edited.id, {"birth_date": date(2099, 3, 3)}, school_id=context.school_id)
        conn = sqlite3.connect(store.path)
        with conn:  # as the sync engine records them: one change held, the other refused
            conn.execute("UPDATE sync_outbox SET state = 'rejected', reason = ? WHERE table_name = 'students' "
                         "AND op = 'patch'", ("La fecha de nacimiento no puede ser posterior a hoy.",))
            conn.execute("INSERT INTO sync_outbox_archive (mutation_id, tx_id, table_name, row_id, op, data, "
                         "local_time, result, acked_at) SELECT mutation_id, tx_id, table_name, row_id, op, data, "
                         "local_time, 'held', local_time FROM sync_outbox WHERE row_id = ? AND op = 'insert'",
                         (held.id,))
            conn.execute("DELETE FROM sync_outbox WHERE state = 'pending'")
        conn.close()

        view = StudentsView(services)
        view.resize(1100, 320)
        view.reload()
        view.show()
        app.processEvents()
        view.grab().save(str(OUT / "11-en-revision-lista.png"))
        dialog = StudentDialog(services, held.id, view)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "11-en-revision-ficha.png"))
        dialog.close()

        assert services.review is not None
        window = SyncReviewWindow(services.review, runner=services.runner,
                                  rejected=RejectedChangeActions(store, context), correct=lambda _change: None)
        window.resize(1100, 520)
        window.table.selectRow(0)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "11-revision-cambio-rechazado.png"))
        window.close()
        view.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
