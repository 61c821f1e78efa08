"""The preview → confirm → progress dialog of *Subir los datos de este equipo al colegio*.

The preview is read off the UI thread; the table says, per kind of record, how many go up and how many the
school already has (people with the same document: the server joins them, or leaves them in Revisión; school
years and periods with the same name or number: not uploaded again). Missing permissions are named and keep
the upload button disabled. The upload itself is one local transaction on the task runner, with a progress
bar; the sync engine then sends it to the server.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.adoption import AdoptionPreview, AdoptionResult, AdoptionService
from desktop_app.ui.errors import error_text
from desktop_app.ui.tasks import TaskProgress, TaskRunner

translate = QCoreApplication.translate


def table_labels() -> dict[str, str]:
    return {
        "school_years": translate("Adoption", "Años lectivos"),
        "academic_periods": translate("Adoption", "Periodos académicos"),
        "guardians": translate("Adoption", "Acudientes"),
        "students": translate("Adoption", "Estudiantes"),
        "student_guardians": translate("Adoption", "Vínculos estudiante–acudiente"),
        "enrollments": translate("Adoption", "Matrículas"),
        "enrollment_documents": translate("Adoption", "Documentos de matrícula"),
    }


class AdoptionDialog(QDialog):
    def __init__(self, service: AdoptionService, runner: TaskRunner, parent: QWidget | None = None, *,
                 done: Callable[[AdoptionResult], None] | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._done = done
        self.result_value: AdoptionResult | None = None
        self.setWindowTitle(translate("Adoption", "Subir los datos de este equipo al colegio"))
        self.resize(620, 520)
        self.setModal(True)  # the upload holds the store's write lock: no other save meanwhile
        layout = QVBoxLayout(self)
        self.intro = QLabel(translate(
            "Adoption",
            "Los datos que se guardaron en este equipo sin conexión (modo local) se suben al colegio en el que "
            "inició sesión. Quedan a su nombre; el nombre del colegio y de los usuarios de este equipo se guardan "
            "con cada registro. El archivo del modo local no se modifica. Esto se hace una sola vez."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([
            translate("Adoption", "Datos"), translate("Adoption", "Se suben"),
            translate("Adoption", "Ya están en el colegio"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        layout.addWidget(self.table)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(self)
        self.upload_button = QPushButton(translate("Adoption", "Subir al colegio"), self)
        self.upload_button.setEnabled(False)
        self.buttons.addButton(self.upload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(translate("Adoption", "Cancelar"))
        self.upload_button.clicked.connect(self.upload)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.details.setText(translate("Adoption", "Leyendo los datos de este equipo…"))
        self._runner.operation(lambda _progress: self._service.preview()) \
            .on_success(self.show_preview).on_error(self.show_problem).start()

    def show_preview(self, preview: AdoptionPreview) -> None:
        survey = preview.survey
        labels = table_labels()
        self.table.setRowCount(0)
        for table, count in survey.counts.items():
            already = survey.existing.get(table, 0) + survey.mapped.get(table, 0)
            if not count and not already:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((labels.get(table, table), str(count), str(already))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        lines = [
            translate("Adoption", "Colegio en este equipo: %1").replace("%1", survey.school_name),
            translate("Adoption", "Usuarios de este equipo: %1").replace(
                "%1", ", ".join(n for n in survey.user_names if n) or "—"),
            translate("Adoption", "Documentos escaneados: %1").replace("%1", str(survey.files)),
        ]
        if survey.files_missing:
            lines.append(translate(
                "Adoption", "%1 documentos escaneados no están en este equipo y no se pueden subir.",
            ).replace("%1", str(survey.files_missing)))
        if survey.mapped:
            lines.append(translate(
                "Adoption", "Los años lectivos y periodos que el colegio ya tiene (mismo nombre o número) no se "
                "suben: los datos de este equipo quedan en los del colegio."))
        if survey.existing:
            lines.append(translate(
                "Adoption", "Las personas que el colegio ya tiene con el mismo documento se unen a su registro, "
                "o quedan en Revisión si los datos no coinciden."))
        self.details.setText("\n".join(lines))
        if preview.missing:
            self.problem.setText(translate(
                "Adoption", "No puede subir estos datos: su rol en el colegio no le permite %1.",
            ).replace("%1", ", ".join(preview.missing)))
            self.problem.setVisible(True)
        self.upload_button.setEnabled(preview.allowed)

    def show_problem(self, error: BaseException) -> None:
        self.details.setText("")
        self.problem.setText(error_text(error))
        self.problem.setVisible(True)
        self.upload_button.setEnabled(False)

    def upload(self) -> None:
        self.upload_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def work(progress: TaskProgress) -> AdoptionResult:
            return self._service.adopt(lambda done, total: progress.report(done, total))

        self._runner.operation(work).on_progress(self._progressed).on_success(self._finished) \
            .on_error(self._failed).start()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: AdoptionResult) -> None:
        self.result_value = result
        total = sum(result.counts.values())
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.details.setText(translate(
            "Adoption", "Listo: %1 registros quedaron en la cola de sincronización y se enviarán al servidor. "
            "Documentos escaneados por subir: %2.",
        ).replace("%1", str(total)).replace("%2", str(result.files_queued)))
        self.close_button.setText(translate("Adoption", "Cerrar"))
        self.close_button.setEnabled(True)
        if self._done is not None:
            self._done(result)

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.close_button.setEnabled(True)
        self.show_problem(error)
