"""Screenshots of *Subir los datos de este equipo al colegio*: the preview, then the finished upload.
`xvfb-run -a .venv/bin/python -m tests.screenshot_adoption` (writes docs/screenshots/11-subir-datos*.png)."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.services.adoption import AdoptionService
from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.adoption import LocalAdoption
from desktop_app.ui.adoption.dialog import AdoptionDialog
from desktop_app.ui.tasks import TaskRunner
from tests.sync.adoption_support import make_local_store, mark_pulled

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SCHOOL = "5c0e2d7a-1b1f-4e4e-9a0a-2f6d3e8b7c01"
USER = "9e3f6a1b-2c4d-4e5f-8a7b-6c5d4e3f2a10"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "modo-local" / "secretaria.sqlite3"
        make_local_store(source, students=40)
        with closing(sqlite3.connect(source)) as connection:
            student = connection.execute("SELECT document_type, document_number, full_name FROM students "
                                         "ORDER BY id LIMIT 1").fetchone()
        context = TenantContext(SCHOOL, USER, frozenset({"rector"}), "Rectora")
        with LocalStore.open(Path(folder) / "conectado.sqlite3") as store:
            LocalSetup(store).adopt(context, school_name="Colegio A", user_email="rectora@colegio.edu.co")
            mark_pulled(store.path, SCHOOL)
            with store.write() as session:  # what the school already has (as pulled from the server)
                session.apply_remote("school_years", [{"school_id": SCHOOL, "name": "2027", "server_seq": 1,
                                                       "starts_on": date(2027, 1, 18), "ends_on": date(2027, 11, 26),
                                                       "status": "active"}])
                session.apply_remote("students", [{"school_id": SCHOOL, "document_type": student[0],
                                                   "document_number": student[1], "full_name": student[2],
                                                   "server_seq": 2}])
            service = AdoptionService(LocalAdoption(source, store), context, school_name="Colegio A")
            dialog = AdoptionDialog(service, TaskRunner(synchronous=True))
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / "11-subir-datos.png"))
            dialog.upload()
            app.processEvents()
            dialog.grab().save(str(OUT / "11-subir-datos-listo.png"))
            dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
