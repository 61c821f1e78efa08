"""*Archivo → Importar estudiantes…*: opens the import dialog (wired by app.build_services) for a role that
may create students; greyed out with the reason for one that may not."""

from __future__ import annotations

import dataclasses

from desktop_app.app import Session, build_services
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.importing.dialog import ImportDialog
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner


def test_the_file_menu_opens_the_import_dialog(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    file_menu = main_window.menuBar().actions()[0].menu()
    assert main_window.import_action in file_menu.actions()  # type: ignore[union-attr]
    assert main_window.import_action.isEnabled()
    main_window.import_action.trigger()
    dialog = main_window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.template_button.isVisibleTo(dialog)
    assert dialog.windowTitle() == "Importar estudiantes"
    dialog.close()


def test_a_teacher_sees_the_import_greyed_out_with_the_reason(qtbot, store: LocalStore,  # type: ignore[no-untyped-def]
                                                               session: Session) -> None:
    teacher = dataclasses.replace(session.context, roles=frozenset({"teacher"}))
    window = MainWindow(build_services(store, Session(teacher, session.mode), TaskRunner(synchronous=True)))
    qtbot.addWidget(window)
    assert not window.import_action.isEnabled()
    assert window.import_action.toolTip() == "Su rol no permite crear estudiantes."
    assert window.import_students() is None and window.findChild(ImportDialog) is None
