"""Screenshots of the SIMAT screens for people to look at (not a test).

Run: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.simat.screenshots
Writes docs/screenshots/simat-*.png from the 12-planted-defects year and the demo school.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.app import build_services, local_session
from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import StudentQuery
from desktop_app.services.setup import LocalSetup
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.services.simat_settings import SimatSettingsService
from desktop_app.storage.local import LocalStore
from desktop_app.ui.settings.simat_tab import SimatSettingsTab
from desktop_app.ui.simat.actions import SimatActions
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.tasks import TaskRunner
from tests.simat.planted import SETTINGS, YEAR, planted

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with LocalStore.open(tmp / "planted.sqlite3") as store:
            context = LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana")
            with store.write() as session:
                session.patch("school_settings", context.school_id, {"simat_settings": SETTINGS},
                              school_id=context.school_id)
                year = session.insert("school_years", {"school_id": context.school_id, "name": str(YEAR),
                                                       "status": "active", "starts_on": date(YEAR, 1, 19),
                                                       "ends_on": date(YEAR, 11, 27)})
                for student, enrollment in planted():
                    saved = session.insert("students", {**student, "school_id": context.school_id})
                    session.insert("enrollments", {**enrollment, "school_id": context.school_id,
                                                   "student_id": saved["id"], "school_year_id": year["id"]})
            window = QMainWindow()
            actions = SimatActions(window, TaskRunner(synchronous=True), SimatService(store, context),
                                   SimatReconcileService(store, context), lambda: year["id"])
            actions.open_review()
            assert actions.review_window is not None
            actions.review_window.resize(1100, 620)
            actions.review_window.show()
            app.processEvents()
            actions.review_window.grab().save(str(OUT / "simat-revision.png"))
            tab = SimatSettingsTab(SimatSettingsService(store, context), TaskRunner(synchronous=True), editable=True)
            tab.resize(760, 520)
            tab.show()
            app.processEvents()
            tab.grab().save(str(OUT / "simat-datos-del-colegio.png"))
        with LocalStore.open(tmp / "demo.sqlite3") as store:
            demo = load_demo_school(store, students=120, seed=12)
            SimatService(store, demo.context).export(demo.current_year_id, tmp / "simat.csv")
            with (tmp / "simat.csv").open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
            header = rows[0]
            rows[1][header.index("GRUPO")] = "Z"
            rows[3][header.index("GRADO")] = "9"
            rows[2][header.index("NRO_DOCUMENTO")] = "77" + rows[2][header.index("NRO_DOCUMENTO")][2:]
            del rows[5:8]
            extra = list(rows[-1])
            extra[header.index("NRO_DOCUMENTO")], extra[header.index("APELLIDO1")] = "5550000001", "OSPINA"
            rows.append(extra)
            with (tmp / "listado.csv").open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows(rows)
            window = QMainWindow()
            actions = SimatActions(window, TaskRunner(synchronous=True), SimatService(store, demo.context),
                                   SimatReconcileService(store, demo.context), lambda: demo.current_year_id)
            actions.compare(tmp / "listado.csv")
            assert actions.reconcile_window is not None
            actions.reconcile_window.resize(1100, 560)
            actions.reconcile_window.tabs.setCurrentIndex(1)
            actions.reconcile_window.show()
            app.processEvents()
            actions.reconcile_window.grab().save(str(OUT / "simat-comparacion.png"))
            _student_tab(app, store)
    print("written:", sorted(p.name for p in OUT.glob("simat-*.png")))


def _student_tab(app: QApplication, store: LocalStore) -> None:
    """The student form's *Salud y SIMAT* tab for a demo student with a proposed, unconfirmed name split."""
    services = build_services(store, local_session(store), TaskRunner(synchronous=True))
    student_id = services.students.list_ids(StudentQuery())[0]
    dialog = StudentDialog(services, student_id)
    dialog.resize(900, 1250)
    dialog.show()
    dialog.open_at("simat.nombre1")
    dialog.simat_tab.split_button.click()
    app.processEvents()
    dialog.grab().save(str(OUT / "simat-ficha-estudiante.png"))


if __name__ == "__main__":
    main()
