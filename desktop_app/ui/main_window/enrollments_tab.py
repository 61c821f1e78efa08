"""The seam to the Matrículas screen and its printing, which another part of `ui/` owns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.context import UiServices

if TYPE_CHECKING:
    from desktop_app.ui.enrollments.view import EnrollmentsView


def make_enrollments_view(services: UiServices, parent: QWidget) -> EnrollmentsView:
    # imported when the window builds the tab (after the first list), with printing and the checklist panel
    from desktop_app.ui.enrollments.view import EnrollmentsView

    # deferred: its queries wait until the student list is on screen (or the tab is opened)
    return EnrollmentsView(services, services.task_runner(), parent, deferred=True)


def print_current_checklist(parent: QWidget, enrollments_view: EnrollmentsView, current: QWidget, enrollment_id: str | None) -> None:
    """Ctrl+P: the Matrículas screen prints its selection; elsewhere, the selected student's enrollment."""
    if current is enrollments_view:
        enrollments_view.print_current()
        return
    if not enrollment_id:
        QMessageBox.information(
            parent,
            parent.tr("Imprimir"),
            parent.tr("Seleccione un estudiante matriculado en el año lectivo elegido."),
        )
        return
    enrollments_view.preview_enrollment(enrollment_id)
