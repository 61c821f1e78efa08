"""The composition root: reads the settings, builds the concrete pieces and hands them to the UI."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_AUTHOR, APP_NAME, __version__
from desktop_app.services.auth import SessionState
from desktop_app.services.backup import BackupService
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.context import TenantContext
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local.backup import LocalBackups
from desktop_app.storage.local.store import LocalStore, default_store_path
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.i18n import install_translators, saved_language
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

@dataclass
class Session:
    """Who works in which school and how this PC is connected: what the sign-in seam hands the window."""

    context: TenantContext
    mode: Mode
    connected: Any = None  # integrations.connected_mode.ConnectedParts in connected mode


def local_session(store: LocalStore) -> Session:
    """Local mode: the school and user created at first run on this PC (created now if needed)."""
    return Session(LocalSetup(store).bootstrap(), Mode.local)


def resolve_session(args: argparse.Namespace, store: LocalStore, runner: TaskRunner | None = None) -> Session | None:
    """The seam for connected mode (sign-in, school picker): returns None when the user gives up.

    Without a server configuration (`--config` or environment) it is local mode.
    """
    if not args.config and not os.environ.get("SECRETARIA_SUPABASE_URL"):
        return local_session(store)
    return connected_session(args.config, store, runner)


def connected_session(config_path: str | None, store: LocalStore, runner: TaskRunner | None = None) -> Session | None:
    """Connected mode: restore or sign in (dialogs), pick the school; None when the user gives up."""
    from platformdirs import user_config_dir

    from desktop_app.config import ConfigError, load_config
    from desktop_app.integrations.connected_mode import build_connected
    from desktop_app.storage.memberships import mirror_membership_locally
    from desktop_app.ui.sign_in.flow import sign_in_flow

    try:
        config = load_config(config_path)
    except ConfigError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Secretaría Escolar"), str(error))
        return None
    parts = build_connected(config, Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "preferences.json")
    status = sign_in_flow(parts.service, runner=runner)  # server calls off the UI thread
    if status is None:
        parts.close()
        return None
    mode = Mode.connected if status.state is SessionState.ONLINE else Mode.offline
    context = status.tenant_context()
    assert status.school is not None and status.identity is not None  # sign_in_flow returns only with both
    mirror_membership_locally(
        store, school_id=context.school_id, school_name=status.school.school_name, user_id=context.user_id,
        email=status.identity.email, full_name=status.full_name, roles=context.roles,
    )
    return Session(context, mode, connected=parts)


def watch_connected_session(window: MainWindow, session: Session, runner: TaskRunner) -> None:
    """Periodic session check: the window's mode follows online/offline; a refused session asks to sign in."""
    from desktop_app.ui.sign_in.dialog import SignInDialog
    from desktop_app.ui.sign_in.sign_out import add_sign_out_actions
    from desktop_app.ui.sign_in.texts import offline_banner_text
    from desktop_app.ui.sign_in.watcher import SessionWatcher

    if session.connected is None:
        return
    service = session.connected.service
    watcher = SessionWatcher(service, runner, window)
    add_sign_out_actions(window, service, runner)

    def on_state(status: Any) -> None:
        offline = status.state is not SessionState.ONLINE
        window.set_mode(Mode.offline if offline else Mode.connected)
        if offline:  # the same banner as local mode, with the offline sentence
            window.banner.set_text(offline_banner_text())
            window.banner.setVisible(True)

    def on_refused(status: Any) -> None:
        # Local data stays as it is; the user signs in again and goes on where they were.
        SignInDialog(service, window, email=status.identity.email if status.identity else "", runner=runner).exec()
        on_state(service.status)

    watcher.state_changed.connect(on_state)
    watcher.must_sign_in.connect(on_refused)
    on_state(service.status)
    watcher.start()


def build_services(store: LocalStore, session: Session, runner: TaskRunner | None = None) -> UiServices:
    """Every service of one school over `store`, bundled for the screens."""
    context = session.context
    students, guardians = StudentService(store, context), GuardianService(store, context)
    enrollments, school = EnrollmentService(store, context), SchoolService(store, context)
    return UiServices(
        context=context,
        students=students,
        guardians=guardians,
        enrollments=enrollments,
        school_years=SchoolYearService(store, context),
        school=school,
        checklist_print=ChecklistPrintService(enrollments, students, guardians, school, context),
        runner=runner if runner is not None else TaskRunner(),
        mode=session.mode,
        backup=BackupService(LocalBackups(store), context),
    )


def create_application(argv: list[str], language: str | None) -> tuple[QApplication, list[Any]]:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    translators = install_translators(app, language or saved_language())
    return app, translators


def build_window(services: UiServices) -> MainWindow:
    window = MainWindow(services)
    window.start()
    return window


def demo_store_path() -> Path:
    """`--demo` works in its own file, never in the school's real store."""
    return default_store_path().with_name("demo.sqlite3")


def load_demo_in_background(runner: TaskRunner, store: LocalStore, students: int, then: Callable[[], None]) -> None:
    """Fills a new store with the demo school off the UI thread, with a progress dialog, then calls `then`."""
    from desktop_app.services.demo import load_demo_school

    runner.operation(lambda progress: load_demo_school(store, students=students, progress=progress)).with_progress(
        None, QCoreApplication.translate("App", "Cargando el colegio de demostración…")
    ).on_success(lambda _demo: then()).start()


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    """`--self-check`: print the seconds from process start to a usable window, then quit."""
    from PySide6.QtCore import QTimer

    def on_ready() -> None:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        app.exit(0)

    window.ready.connect(on_ready)
    QTimer.singleShot(60_000, lambda: app.exit(1))


def main(args: argparse.Namespace) -> int:
    """Opens the app with options parsed by `desktop_app.cli` (before any Qt import)."""
    from platformdirs import user_log_dir

    from desktop_app.logging_setup import configure_logging

    configure_logging(Path(user_log_dir(APP_NAME, APP_AUTHOR)))
    from desktop_app.storage.local.file_modes import app_private_paths, secure_private_files  # issue 10

    secure_private_files(app_private_paths(args.config, args.data_file))  # issue 10: owner-only data at rest
    app, _translators = create_application([], args.lang)
    store_path = args.data_file or (demo_store_path() if args.demo else None)
    try:
        store = LocalStore.open(store_path)
    except Exception as error:
        logger.exception("cannot open the local store")
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Secretaría Escolar"),
            QCoreApplication.translate("App", "No se pudo abrir la base de datos local:\n%1").replace("%1", str(error)),
        )
        return 2
    runner = TaskRunner(app)
    windows: list[MainWindow] = []

    def open_window() -> None:
        session = resolve_session(args, store, runner)
        if session is None:
            app.exit(0)
            return
        window = build_window(build_services(store, session, runner))
        windows.append(window)  # keep it alive for the whole run
        watch_connected_session(window, session, runner)
        window.show()
        if args.self_check:
            _exit_when_ready(app, window)

    if args.demo and not LocalSetup(store).is_set_up():
        load_demo_in_background(runner, store, args.demo_students, open_window)
    else:
        open_window()
    code = app.exec()
    runner.wait_for_done()
    store.close()
    return code
