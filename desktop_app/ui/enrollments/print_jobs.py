"""The Matrículas screen's print jobs, run by the task runner: preview, one checklist PDF, a group batch."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.printing.checklist import PaperSize, PrintCancelled, render_batch_pdf, render_checklist_pdf
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.ui.enrollments.print_actions import make_preview_dialog
from desktop_app.ui.tasks import Operation, TaskProgress, TaskRunner


class ChecklistPrintJobs(QObject):
    """Gathers checklists through `ChecklistPrintService` and renders them off the UI thread."""

    pdf_saved = Signal(str)  # path of the PDF written
    batch_cancelled = Signal()
    failed = Signal(object)  # the exception, for the screen to show

    def __init__(self, service: ChecklistPrintService, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._service = service
        self._runner = runner
        self._window = window  # parent of the preview and of the batch's progress window
        self.paper = PaperSize.LETTER

    def service(self) -> ChecklistPrintService:
        return self._service

    def preview(self, enrollment_id: str) -> None:
        """Print preview (with its print button) of one checklist; the data is gathered in the background."""
        service, paper = self.service(), self.paper
        self._runner.operation(lambda _progress: service.for_enrollment(enrollment_id)).on_success(
            lambda data: make_preview_dialog(self._window, [data], paper).open()
        ).on_error(self.failed.emit).start()

    def save_pdf(self, enrollment_id: str, path: str) -> Operation:
        service, paper = self.service(), self.paper

        def work(_progress: TaskProgress) -> str:
            return str(render_checklist_pdf(service.for_enrollment(enrollment_id), path, paper))

        return self._runner.operation(work).on_success(self.pdf_saved.emit).on_error(self.failed.emit).start()

    def batch_pdf(self, school_year_id: str, grade_level: str, group_code: str | None, path: str) -> Operation:
        """One PDF with a checklist per enrollment of the group, with progress and cancel; returns the Operation."""
        service, paper = self.service(), self.paper
        # translated here, on the UI thread: the work below runs in a worker
        cancelled_text = self.tr("Impresión cancelada.")
        step_text = self.tr("Lista {number} de {total}: {name}")

        def work(progress: TaskProgress) -> str:
            ids = service.group_enrollment_ids(school_year_id, grade_level, group_code)
            checklists = service.for_enrollments(ids)
            if progress.is_cancelled():
                raise PrintCancelled(cancelled_text)
            return str(render_batch_pdf(checklists, path, _StepProgress(progress, step_text), paper))

        return (
            self._runner.operation(work)
            .with_progress(self._window, self.tr("Generando las listas de chequeo…"), cancellable=True)
            .on_success(self.pdf_saved.emit)
            .on_error(self._on_batch_failed)
            .start()
        )

    def _on_batch_failed(self, error: BaseException) -> None:
        if isinstance(error, PrintCancelled):
            self.batch_cancelled.emit()
        else:
            self.failed.emit(error)


class _StepProgress:
    """Turns the renderer's (done, total, student name) into the sentence the progress window shows."""

    def __init__(self, progress: TaskProgress, template: str) -> None:
        self._progress = progress
        self._template = template

    def report(self, done: int, total: int, message: str = "") -> None:
        text = self._template.format(number=min(done + 1, total), total=total, name=message) if message else ""
        self._progress.report(done, total, text)

    def is_cancelled(self) -> bool:
        return bool(self._progress.is_cancelled())
