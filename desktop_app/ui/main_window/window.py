"""The main window: school and year header, the three screens as tabs, the local-mode banner and the status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.permissions import Action, can
from desktop_app.ui.backup.actions import add_school_file_actions
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.i18n import LANGUAGES, save_language
from desktop_app.ui.main_window.enrollments_tab import make_enrollments_view, print_current_checklist
from desktop_app.ui.main_window.school_year_dialog import SchoolYearDialog
from desktop_app.ui.promotion.wizard import PromotionWizard
from desktop_app.ui.simat.actions import SimatActions
from desktop_app.ui.students.simat_tab import form_path
from desktop_app.ui.students.view import StudentsView
from desktop_app.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from desktop_app.ui.enrollments.view import EnrollmentsView
    from desktop_app.ui.guardians.view import GuardiansView
    from desktop_app.ui.importing.dialog import ImportDialog

logger = logging.getLogger(__name__)


@runtime_checkable
class _EditingForm(Protocol):
    """A form that can tell whether it holds typed values not saved yet."""

    def has_changes(self) -> bool: ...


class MainWindow(QMainWindow):
    """Hosts the Estudiantes, Acudientes and Matrículas screens for one school and one school year."""

    school_year_changed = Signal(object)  # school year id or None
    ready = Signal()  # the first student list is on screen

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        self._school_name = ""
        self._wanted_year_id: str | None = None
        self.setWindowTitle(self.tr("Secretaría Escolar"))
        self.resize(1200, 760)

        self.school_label = QLabel(self)
        self.school_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.year_label = QLabel(self.tr("Año lectivo:"), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setMinimumWidth(140)
        self.year_label.setBuddy(self.year_combo)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 0)
        header.addWidget(self.school_label, 1)
        header.addWidget(self.year_label)
        header.addWidget(self.year_combo)
        self.new_year_button = QPushButton(self.tr("Crear año lectivo…"), self)
        header.addWidget(self.new_year_button)

        self.banner = Banner(self.tr("Modo local: los datos se guardan solo en este computador."), self)
        self.banner.setVisible(services.mode == Mode.local)

        self.students_view = StudentsView(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.students_view, self.tr("&Estudiantes"))
        # The hidden screens are built once the first student list is on screen (or when first needed): their
        # modules and widgets (printing, the checklist panel) cost start-up time the secretary would wait for.
        self._tab_labels = (self.tr("&Estudiantes"), self.tr("&Acudientes"), self.tr("&Matrículas"))
        self._guardians_view: GuardiansView | None = None
        self._enrollments_view: EnrollmentsView | None = None
        self._students_listed = False
        for label in self._tab_labels[1:]:
            self.tabs.addTab(QWidget(self.tabs), label)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        tabs_holder = QVBoxLayout()
        tabs_holder.setContentsMargins(8, 4, 8, 4)
        tabs_holder.addWidget(self.tabs)
        layout.addLayout(tabs_holder, 1)
        self.setCentralWidget(central)

        self.mode_label = QLabel(self)
        self.user_label = QLabel(self)
        self.sync_label = QLabel(self)
        status_bar = self.statusBar()
        status_bar.addPermanentWidget(self.sync_label)
        status_bar.addPermanentWidget(self.user_label)
        status_bar.addPermanentWidget(self.mode_label)
        self.set_mode(services.mode)
        user_name = getattr(services.context, "user_name", "") or ""
        self.user_label.setText(self.tr("Usuario: %1").replace("%1", user_name) if user_name else "")

        self._build_actions()
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.students_view.ids_loaded.connect(self._on_students_view_ids_loaded)
        self.students_view.enroll_requested.connect(self._on_students_view_enroll_requested)
        self._runner.busy_changed.connect(self._on_runner_busy_changed)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        self.new_action = QAction(self.tr("&Nuevo"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.search_action = QAction(self.tr("&Buscar"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.enroll_action = QAction(self.tr("&Matricular al estudiante seleccionado"), self)
        self.enroll_action.setShortcut(QKeySequence("Ctrl+M"))
        self.enroll_action.triggered.connect(self.students_view.enroll_current)
        self.print_action = QAction(self.tr("&Imprimir lista de documentos"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_current)
        self.new_year_action = QAction(self.tr("Nuevo &año lectivo…"), self)
        self.new_year_action.triggered.connect(self.new_school_year)
        self.new_year_button.clicked.connect(self.new_school_year)
        # greyed out with the reason rather than refused after the form is filled in (as on the other screens)
        roles = frozenset(getattr(self._services.context, "roles", frozenset()))
        if not can(roles, Action.school_year_edit):
            reason = self.tr("Su rol no permite crear años lectivos.")
            for widget in (self.new_year_button, self.new_year_action):
                widget.setEnabled(False)
                widget.setToolTip(reason)
            self.new_year_action.setStatusTip(reason)
        self.import_action = QAction(self.tr("&Importar estudiantes…"), self)
        self.import_action.triggered.connect(self.import_students)
        if not can(roles, Action.student_create) or self._services.importing is None:
            reason = self.tr("Su rol no permite crear estudiantes.")
            self.import_action.setEnabled(False)
            self.import_action.setToolTip(reason)
            self.import_action.setStatusTip(reason)
        self.promotion_action = QAction(self.tr("&Promoción al año siguiente…"), self)
        self.promotion_action.triggered.connect(self.promote_students)
        if not (can(roles, Action.enrollment_create) and can(roles, Action.enrollment_graduate)) \
                or self._services.promotion is None:
            reason = self.tr("Su rol no permite crear matrículas y registrar graduaciones.")
            self.promotion_action.setEnabled(False)
            self.promotion_action.setToolTip(reason)
            self.promotion_action.setStatusTip(reason)
        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.search_action, self.enroll_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_year_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.promotion_action)
        file_menu.addSeparator()
        self.school_file_actions = add_school_file_actions(self, file_menu, self._services)
        if self._services.simat is not None and self._services.simat_reconcile is not None:
            self.simat_actions = SimatActions(self, self._runner, self._services.simat,
                                              self._services.simat_reconcile, self.current_school_year_id)
            self.simat_actions.add_to(file_menu)
            self.simat_actions.open_student_field.connect(self.open_student_at)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ver"))
        for number in range(3):
            action = QAction(self.tabs.tabText(number).replace("&", ""), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, tab=number: self.tabs.setCurrentIndex(tab))
            view_menu.addAction(action)

        language_menu = self.menuBar().addMenu(self.tr("&Idioma"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.triggered.connect(lambda _checked=False, language=code: self._on_language_chosen(language))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("A&yuda"))
        about_action = QAction(self.tr("Acerca de…"), self)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def start(self) -> None:
        """Fills the header and the first list; call once the window is built (work runs in the background)."""
        school = self._services.school
        years_service = self._services.school_years
        self._runner.operation(
            lambda _progress: (school.info() if school else None, _list_years(years_service))
        ).on_success(self._on_header_loaded).start()

    def set_mode(self, mode: Mode) -> None:
        texts = {
            Mode.local: self.tr("Modo: Local"),
            Mode.connected: self.tr("Modo: Conectado"),
            Mode.offline: self.tr("Modo: Sin conexión"),
        }
        self.mode_label.setText(texts[mode])
        self.banner.setVisible(mode == Mode.local)

    def set_sync_status(self, text: str) -> None:
        """The slot the sync engine's UI side fills (e.g. "3 cambios por enviar")."""
        self.sync_label.setText(text)

    def current_school_year_id(self) -> str | None:
        year_id = self.year_combo.currentData()
        return str(year_id) if year_id else None

    @property
    def guardians_view(self) -> GuardiansView:
        if self._guardians_view is None:
            from desktop_app.ui.guardians.view import GuardiansView

            self._guardians_view = GuardiansView(self._services, self)
            self._put_in_tab(1, self._guardians_view)
        return self._guardians_view

    @property
    def enrollments_view(self) -> EnrollmentsView:
        if self._enrollments_view is None:
            view = self._enrollments_view = make_enrollments_view(self._services, self)
            self._put_in_tab(2, view)
            if self.year_combo.count():  # the header is loaded: the same year as the students list
                view.set_school_year(self.year_combo.currentData())
            if self._students_listed:
                view.ensure_loaded()
        return self._enrollments_view

    def _put_in_tab(self, index: int, view: QWidget) -> None:
        """Replaces the placeholder of tab `index` by the screen just built, keeping the current tab."""
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, self._tab_labels[index])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    @Slot()
    def _build_hidden_tabs(self) -> None:
        self.guardians_view  # noqa: B018 - the property builds the screen
        self.enrollments_view.ensure_loaded()  # its queries run after the student list's

    @Slot()
    def import_students(self) -> ImportDialog | None:
        tools = self._services.importing
        if tools is None or not self.import_action.isEnabled():
            return None
        from desktop_app.ui.importing.dialog import ImportDialog  # first use: not at start-up

        dialog = ImportDialog(tools.service, tools.read_sheet, self._runner, school_year_id=self.current_school_year_id(),
                              write_template=tools.write_template, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def promote_students(self) -> PromotionWizard | None:
        promotion = self._services.promotion
        if promotion is None or not self.promotion_action.isEnabled():
            return None
        wizard = PromotionWizard(promotion, self._runner, _list_years(self._services.school_years),
                                 from_year_id=self.current_school_year_id(), parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    @Slot()
    def new_school_year(self) -> SchoolYearDialog | None:
        if not self.new_year_action.isEnabled():
            return None
        dialog = SchoolYearDialog(self._services, self)
        dialog.year_created.connect(self._on_year_dialog_year_created)
        dialog.open()
        return dialog

    @Slot(str)
    def _on_year_dialog_year_created(self, year_id: str) -> None:
        self._wanted_year_id = year_id
        self.start()

    @Slot()
    def new_record(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.students_view:
            self.students_view.new_student()
        elif current is self.guardians_view:
            self.guardians_view.new_guardian()
        else:
            for name in ("new_enrollment", "enroll", "new_record"):
                method = getattr(current, name, None)
                if callable(method):
                    method()
                    return

    @Slot()
    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        method = getattr(current, "focus_search", None)
        if callable(method):
            method()

    @Slot()
    def print_current(self) -> None:
        enrollment_id = None
        if self.tabs.currentWidget() is self.students_view:
            row = self.students_view.current_row()
            enrollment_id = getattr(row, "enrollment_id", None)
        print_current_checklist(self, self.enrollments_view, self.tabs.currentWidget(), enrollment_id)

    def _on_header_loaded(self, loaded: tuple[Any, list[Any]]) -> None:
        info, years = loaded
        self._school_name = getattr(info, "name", "") or ""
        self.school_label.setText(self._school_name)
        self.setWindowTitle(
            self.tr("Secretaría Escolar — %1").replace("%1", self._school_name) if self._school_name else self.tr("Secretaría Escolar")
        )
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        current_index = 0
        for index, year in enumerate(years):
            self.year_combo.addItem(year.name, year.id)
            if getattr(year, "status", "") == "active":
                current_index = index
        if not years:
            self.year_combo.addItem(self.tr("(sin años lectivos)"), None)
        wanted = self.year_combo.findData(self._wanted_year_id) if self._wanted_year_id else -1
        self.year_combo.setCurrentIndex(wanted if wanted >= 0 else current_index)
        self.year_combo.blockSignals(False)
        self._on_year_combo_changed(self.year_combo.currentIndex())

    @Slot(int)
    def _on_year_combo_changed(self, _index: int) -> None:
        year_id = self.year_combo.currentData()
        self.students_view.set_school_year(year_id)
        if self._enrollments_view is not None:  # else it takes the year when it is built
            self._enrollments_view.set_school_year(year_id)
        self.school_year_changed.emit(year_id)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.guardians_view.ensure_loaded()
        elif index == 2:
            self.enrollments_view.ensure_loaded()

    @Slot(int)
    def _on_students_view_ids_loaded(self, count: int) -> None:
        if not self._students_listed:
            self._students_listed = True
            QTimer.singleShot(0, self._build_hidden_tabs)  # now that the first list is on screen
        self.ready.emit()

    @Slot(str, str)
    def open_student_at(self, student_id: str, column: str) -> None:
        """A double click in *Revisión para SIMAT*: the student's form, once loaded, at the field of that column."""
        dialog = self.students_view.open_student(student_id)
        path = form_path(column)
        if path is not None:
            dialog.open_at(path)

    @Slot(str)
    def _on_students_view_enroll_requested(self, student_id: str) -> None:
        self.tabs.setCurrentWidget(self.enrollments_view)
        self.enrollments_view.new_enrollment(student_id)

    @Slot(bool)
    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _on_language_chosen(self, language: str) -> None:
        save_language(language)
        QMessageBox.information(
            self,
            self.tr("Idioma"),
            self.tr("El idioma se aplicará la próxima vez que abra la aplicación."),
        )

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Acerca de Secretaría Escolar"),
            self.tr("Secretaría Escolar %1\nEstudiantes, acudientes, matrículas y sus documentos.").replace("%1", __version__),
        )

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Put actions that depend on the mode (e.g. sign-out in connected mode) above "Salir"."""
        menu = self.quit_action.associatedObjects()[0]
        assert isinstance(menu, QMenu)
        menu.insertActions(self.quit_action, actions)
        menu.insertSeparator(self.quit_action)

    def unsaved_forms(self) -> list[QWidget]:
        """Open forms holding typed values that were not saved yet."""
        return [
            dialog
            for dialog in self.findChildren(QDialog)
            if dialog.isVisible() and isinstance(dialog, _EditingForm) and dialog.has_changes()
        ]

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved_forms()
        if unsaved and not self._confirm_close_with_unsaved():
            unsaved[0].activateWindow()
            event.ignore()
            return
        # the open forms close with the window: left behind, they kept the app running and it ended later,
        # when the last form was closed, without asking anything
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        # let a running save finish: closing mid-write would look like a lost record to the user
        self._runner.wait_for_done(10_000)
        super().closeEvent(event)

    def _confirm_close_with_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Salir sin guardar"),
            self.tr("Hay un formulario con cambios sin guardar. ¿Desea salir y descartarlos?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _list_years(service: Any) -> list[Any]:
    return sorted(service.years(), key=lambda year: year.starts_on, reverse=True) if service else []
