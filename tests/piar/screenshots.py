"""Screenshots of the PIAR for people to look at (not a test).

Run: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.piar.screenshots
Writes docs/screenshots/piar-pestana.png (the student form's PIAR tab), piar-errores.png (a refused save) and
piar-impreso.png (page 1 of the printed PIAR, through pdftoppm).
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.app import build_services, local_session
from desktop_app.domain.piar import PiarAdjustment, PiarDraft
from desktop_app.printing.piar import render_piar_pdf
from desktop_app.services.dto import StudentDraft
from desktop_app.storage.local import LocalStore
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.tasks import TaskRunner

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PIAR = PiarDraft(
    ajustes=(PiarAdjustment("Matemáticas", "Tiempo adicional en evaluaciones escritas", "Calculadora", "Oral"),
             PiarAdjustment("Lenguaje", "Textos con letra grande y alto contraste", "Lupa", "Por proyectos"),
             PiarAdjustment("Educación física", "Actividades sin carrera de resistencia", "", "Participación")),
    responsable_nombre="Marta Rojas", responsable_cargo="Docente de aula", fecha_elaboracion="10/02/2026",
    revisiones=("15/05/2026",), proxima_revision="20/08/2026", acudiente="Luz Dary Ortiz",
    acuerdo="Acompañar las tareas en casa y asistir a las revisiones", observaciones="Usa gafas.")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, LocalStore.open(Path(folder) / "piar.sqlite3") as store:
        services = build_services(store, local_session(store), TaskRunner(synchronous=True))
        draft = StudentDraft("TI", "1012345678", "Sara Milena Ortiz Rey", date(2013, 4, 5), "F",
                             extra_data={"simat": {"tipo_discapacidad": "3"}}, piar_data={"has_disability": True})
        student_id = services.students.save(None, draft, piar=PIAR).id
        dialog = StudentDialog(services, student_id)
        assert dialog.piar_tab is not None
        dialog.resize(980, 700)
        dialog.tabs.setCurrentWidget(dialog.piar_tab)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "piar-pestana.png"))

        tab = dialog.piar_tab
        tab.add_button.click()
        tab.model.setData(tab.model.index(3, 1), "Lectura en voz alta", Qt.ItemDataRole.EditRole)
        date_edit = tab.form.widget("fecha_elaboracion")
        assert isinstance(date_edit, QLineEdit)
        date_edit.setText("31/02/2026")
        dialog.save()
        app.processEvents()
        dialog.grab().save(str(OUT / "piar-errores.png"))
        dialog.done(0)

        pdf = Path(folder) / "piar.pdf"
        assert services.piar_print is not None
        render_piar_pdf(services.piar_print.for_student(student_id), pdf)
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "piar-impreso")], check=True)


if __name__ == "__main__":
    main()
