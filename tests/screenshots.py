"""Screenshots of every main screen for the README, taken from the real app with the demo school.

Run under a real X server (not offscreen, so fonts and styles are the desktop's):

    sudo apt-get install -y xvfb poppler-utils      # once
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.screenshots

Writes `docs/screenshots/*.png`; the printed checklist page goes through the printing code to a PDF and
`pdftoppm`. Each step waits for the data it shows (the work runs on the app's worker threads).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.app import (
    build_services,
    build_window,
    create_application,
    load_demo_in_background,
    local_session,
)
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.form import StudentDialog
from desktop_app.ui.tasks import TaskRunner

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
WINDOW_SIZE = (1360, 820)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Processes events until `condition()` holds; fails loudly when it never does."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(timeout_ms)
    while not condition():
        if not timer.isActive():
            raise TimeoutError("the screen never showed what the screenshot needs")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    """Lets pending paints and layouts run (a few event loop turns, no fixed sleep)."""
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> Path:
    settle()
    path = OUTPUT / name
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"wrote {path.relative_to(OUTPUT.parents[1])}")
    return path


def take_all(workdir: Path) -> None:
    app, _translators = create_application([], "es")
    if app.platformName() == "offscreen":
        raise SystemExit("Run under Xvfb (see the module docstring), not QT_QPA_PLATFORM=offscreen.")
    store = LocalStore.open(workdir / "demo.sqlite3")
    runner = TaskRunner(app)
    loaded: list[bool] = []
    load_demo_in_background(runner, store, 300, lambda: loaded.append(True))
    wait_until(lambda: bool(loaded), 120_000)

    window = build_window(build_services(store, local_session(store), runner))
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    wait_until(lambda: window.students_view.model.rowCount() > 0)
    students = window.students_view
    students.table.selectRow(3)
    save(window, "01-estudiantes.png")

    student_with_guardians = _student_with_guardians(window)
    students.select_student(student_with_guardians)
    students.open_current()
    dialog = _visible(StudentDialog)
    wait_until(lambda: dialog.links_model.rowCount() > 0)
    save(dialog, "02-estudiante-datos.png")
    dialog.tabs.setCurrentIndex(1)
    dialog.links_table.selectRow(0)
    save(dialog, "03-estudiante-acudientes.png")
    dialog.done(0)

    students.new_student()
    dialog = _visible(StudentDialog)
    dialog.document_number_edit.setText("12AB")
    dialog.birth_date_edit.setText("15/03/2015")
    dialog.save()
    wait_until(lambda: dialog.form.error_label("document_number").isVisible())
    save(dialog, "02b-estudiante-errores.png")
    dialog.done(0)

    window.tabs.setCurrentWidget(window.guardians_view)
    guardians = window.guardians_view
    wait_until(lambda: guardians.model.rowCount() > 0)
    guardians.table.selectRow(2)
    wait_until(lambda: guardians.students_list.count() > 0)
    save(window, "04-acudientes.png")

    _school_settings(window, workdir)

    window.tabs.setCurrentWidget(window.enrollments_view)
    enrollments = window.enrollments_view
    wait_until(lambda: enrollments.model.rowCount() > 0)
    enrollments.table.selectRow(1)
    wait_until(lambda: enrollments.panel.isEnabled())
    enrollment_id = enrollments.current_enrollment_id()
    save(window, "05-matriculas.png")

    pdf = workdir / "lista.pdf"
    saved: list[str] = []
    enrollments.pdf_saved.connect(saved.append)
    enrollments.save_enrollment_pdf(enrollment_id, str(pdf))
    wait_until(lambda: bool(saved), 60_000)
    _pdf_page_to_png(pdf, OUTPUT / "06-lista-de-chequeo.png")
    window.close()
    runner.wait_for_done()
    store.close()


def _school_settings(window: MainWindow, workdir: Path) -> None:
    """*Archivo → Datos del colegio…* filled in as a school would, saved so that the printed form carries it."""
    dialog = window.school_file_actions.open_settings()
    wait_until(lambda: bool(dialog.name_edit.text()))
    dialog.resize(1020, 700)
    dialog.dane_edit.setText("111001012345")
    dialog.address_edit.setText("Calle 45 # 12-30, Barrio La Esperanza, Bogotá D.C.")
    dialog.phone_edit.setText("601 3456789")
    logo = workdir / "escudo.png"
    _draw_logo(logo)
    dialog.set_logo_file(logo)
    save(dialog, "07-datos-del-colegio.png")
    dialog.tabs.setCurrentIndex(1)
    dialog.add_document_named("Paz y salvo de pensiones")
    dialog.checklist_model.set_row_grades(dialog.checklist_model.rowCount() - 1, {"6", "7", "8", "9", "10", "11"})
    save(dialog, "08-documentos-por-grado.png")
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    wait_until(lambda: bool(saved))


def _draw_logo(path: Path) -> None:
    """A school crest (shield with initials), drawn so the screenshots need no image file of anyone's."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shield = QPainterPath(QPointF(20, 20))
    for point in ((220, 20), (220, 120)):
        shield.lineTo(*point)
    shield.quadTo(220, 200, 120, 230)
    shield.quadTo(20, 200, 20, 120)
    shield.closeSubpath()
    painter.fillPath(shield, QColor("#1f3a5f"))
    painter.setPen(QColor("#f2c14e"))
    painter.drawPath(shield)
    painter.setFont(QFont("DejaVu Sans", 64, QFont.Weight.Bold))
    painter.drawText(image.rect().adjusted(0, -10, 0, 0), int(Qt.AlignmentFlag.AlignCenter), "SJ")
    painter.end()
    image.save(str(path), "PNG")


def _student_with_guardians(window: MainWindow) -> str:
    services = window._services
    model = window.students_view.model
    for row in range(min(model.rowCount(), 60)):
        student_id = model.id_at(row)
        if student_id and len(services.guardians.guardians_of(student_id)) >= 2:
            return student_id
    return model.id_at(0) or ""


def _visible(kind: type) -> QWidget:
    wait_until(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _pdf_page_to_png(pdf: Path, target: Path) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: sudo apt-get install -y poppler-utils")
    prefix = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)], check=True)
    print(f"wrote {target.relative_to(OUTPUT.parents[1])}")


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.pop("QT_QPA_PLATFORM", None)
    with tempfile.TemporaryDirectory() as workdir:
        take_all(Path(workdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
