"""The composition root: reads the settings, builds the concrete pieces and hands them to the UI."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_AUTHOR, APP_NAME, __version__
from desktop_app.services.context import TenantContext
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.i18n import LANGUAGES, install_translators, saved_language
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

DEMO_STUDENTS = 300


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desktop-app", description="Secretaría Escolar")
    parser.add_argument("--config", help="config file for connected mode (see README)")
    parser.add_argument("--demo", action="store_true", help="load a demo school with realistic data")
    parser.add_argument(
        "--demo-students", type=int, default=DEMO_STUDENTS, help="how many students the demo school gets"
    )
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language (default: the saved one, es)")
    parser.add_argument("--data-file", type=Path, help="local store file (default: the user's data folder)")
    return parser.parse_args(argv)


@dataclass
class Session:
    """Who works in which school and how this PC is connected: what the sign-in seam hands the window."""

    context: TenantContext
    mode: Mode


def local_session(store: LocalStore) -> Session:
    """Local mode: the school and user created at first run on this PC (created now if needed)."""
    return Session(LocalSetup(store).bootstrap(), Mode.local)


def resolve_session(args: argparse.Namespace, store: LocalStore) -> Session | None:
    """The seam for connected mode (sign-in, school picker): returns None when the user gives up.

    Without a server configuration (`--config` or environment) it is local mode.
    """
    return local_session(store)


def build_services(store: LocalStore, session: Session, runner: TaskRunner | None = None) -> UiServices:
    """Every service of one school over `store`, bundled for the screens."""
    context = session.context
    return UiServices(
        context=context,
        students=StudentService(store, context),
        guardians=GuardianService(store, context),
        enrollments=EnrollmentService(store, context),
        school_years=SchoolYearService(store, context),
        school=SchoolService(store, context),
        runner=runner,
        mode=session.mode,
    )


def create_application(argv: list[str], language: str | None) -> tuple[QApplication, list[Any]]:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    translators = install_translators(app, language or saved_language())
    return app, translators


def build_window(services: UiServices) -> MainWindow:
    window = MainWindow(services)
    window.start()
    return window


def load_demo(window: MainWindow, store: LocalStore, students: int) -> None:
    """Loads the demo school off the UI thread with a progress dialog, then refreshes the window."""
    from desktop_app.services.demo import load_demo_school

    def work(progress: Any) -> None:
        load_demo_school(store, students=students, progress=progress)

    runner = window._services.task_runner()
    runner.operation(work).with_progress(
        window, QCoreApplication.translate("App", "Cargando el colegio de demostración…")
    ).on_success(lambda _result: window.start()).start()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from platformdirs import user_log_dir

    from desktop_app.logging_setup import configure_logging

    configure_logging(Path(user_log_dir(APP_NAME, APP_AUTHOR)))
    app, _translators = create_application(argv, args.lang)
    try:
        store = LocalStore.open(args.data_file)
    except Exception as error:
        logger.exception("cannot open the local store")
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Secretaría Escolar"),
            QCoreApplication.translate("App", "No se pudo abrir la base de datos local:\n%1").replace("%1", str(error)),
        )
        return 2
    session = resolve_session(args, store)
    if session is None:
        return 0
    services = build_services(store, session, TaskRunner(app))
    window = build_window(services)
    window.show()
    if args.demo:
        load_demo(window, store, args.demo_students)
    code = app.exec()
    store.close()
    return code
