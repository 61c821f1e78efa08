"""The File-menu entry *Subir los datos de este equipo al colegio…* (connected mode only).

Once the data went up, the entry says when and into which school, and opening it says so again instead of
offering a second upload (the service refuses one anyway).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop_app.services._base import COLOMBIA
from desktop_app.services.adoption import AdoptionMark, AdoptionResult, AdoptionService
from desktop_app.ui.adoption.dialog import AdoptionDialog
from desktop_app.ui.labels import format_date
from desktop_app.ui.tasks import TaskRunner, shared_runner

translate = QCoreApplication.translate


def mark_text(mark: AdoptionMark) -> str:
    moment = mark.at.astimezone(COLOMBIA)
    text = translate("Adoption", "Datos de este equipo subidos el %1 a las %2 a «%3»")
    return text.replace("%1", format_date(moment)).replace("%2", moment.strftime("%H:%M")).replace(
        "%3", mark.school_name)


class AdoptionActions(QObject):
    def __init__(self, window: QMainWindow, service: AdoptionService, runner: TaskRunner | None = None, *,
                 after: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._runner = runner or shared_runner()
        self._after = after
        self.dialog: AdoptionDialog | None = None
        self.action = QAction(translate("Adoption", "Subir los datos de este equipo al colegio…"), window)
        self.action.triggered.connect(self.open)
        menus = window.menuBar().actions()
        file_menu = menus[0].menu() if menus else None
        if isinstance(file_menu, QMenu):
            actions = file_menu.actions()  # before the last separator and Salir
            if len(actions) >= 2:
                file_menu.insertAction(actions[-2], self.action)
            else:
                file_menu.addAction(self.action)
        self.refresh()

    def refresh(self) -> AdoptionMark | None:
        mark = self._service.mark()
        menu_text = translate("Adoption", "Subir los datos de este equipo al colegio…")
        self.action.setText(mark_text(mark) if mark else menu_text)
        return mark

    def open(self) -> None:
        mark = self.refresh()
        if mark is not None:
            lines = [mark_text(mark), translate("Adoption", "Archivo: %1").replace("%1", mark.source),
                     translate("Adoption", "No se suben dos veces.")]
            title = translate("Adoption", "Subir los datos de este equipo al colegio")
            QMessageBox.information(self._window, title, "\n".join(lines))
            return
        self.dialog = AdoptionDialog(self._service, self._runner, self._window, done=self._uploaded)
        self.dialog.show()

    def _uploaded(self, _result: AdoptionResult) -> None:
        self.refresh()
        if self._after is not None:
            self._after()
