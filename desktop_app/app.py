"""The composition root: reads the settings, builds the concrete pieces and hands them to the UI."""
# ruff: noqa: E402 - the imports follow the self-check's clock (`_STARTED`)

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before the Qt and SQLAlchemy imports: the self-check's seconds include them

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_AUTHOR, APP_NAME, __version__
from desktop_app.domain.import_values import SheetData
from desktop_app.services.auth import SessionState
from desktop_app.services.backup import BackupService
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.piar_print import PiarPrintService
from desktop_app.services.promotion import PromotionService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.services.simat_settings import SimatSettingsService
from desktop_app.services.students import StudentService
from desktop_app.services.sync_review import RejectedChange, ReviewDecisions, SyncReviewService
from desktop_app.storage.local.backup import LocalBackups
from desktop_app.storage.local.store import LocalStore, default_store_path
from desktop_app.ui.context import ImportTools, Mode, UiServices
from desktop_app.ui.i18n import install_translators, saved_language
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner, shared_runner

if TYPE_CHECKING:  # the self-check's module is imported only when it runs
    from desktop_app.self_check import DialogGuard

logger = logging.getLogger(__name__)

# Exit codes of a start that cannot go on (README, "For IT: building and checking the installed app").
EXIT_SELF_CHECK_FAILED = 1
EXIT_STORE = 2
EXIT_CONFIG = 3
EXIT_NOT_SIGNED_IN = 4
EXIT_START_FAILED = 5


class StartRefused(Exception):
    """The start cannot go on: `message` goes to stderr (and a dialog, unless `dialog` is False), `code` is
    the process's exit code. Raised anywhere in the start flow; `main` reports it and ends the process."""

    def __init__(self, message: str, code: int, *, dialog: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.dialog = dialog


def report_refusal(refusal: StartRefused, *, self_check: bool) -> int:
    """stderr and the log always; a dialog when a person is there (never in the self-check). The exit code."""
    logger.error("start refused (exit %s): %s", refusal.code, refusal.message)
    if sys.stderr is not None:  # a windowed Windows build has no stderr: the log and the dialog remain
        sys.stderr.write(f"{APP_NAME}: {refusal.message}\n")
        sys.stderr.flush()
    if refusal.dialog and not self_check:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Secretaría Escolar"), refusal.message)
    return refusal.code


@dataclass
class Session:
    """Who works in which school and how this PC is connected: what the sign-in seam hands the window."""

    context: TenantContext
    mode: Mode
    connected: Any = None  # integrations.connected_mode.ConnectedParts in connected mode
    s3: Any = None  # config.S3Settings when document storage is configured


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
        raise StartRefused(str(error), EXIT_CONFIG) from error
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
    return Session(context, mode, connected=parts, s3=config.s3)


def start_background_sync(window: MainWindow, session: Session, store: LocalStore) -> Any:
    """Connected mode: the sync engine on its own thread, woken by each local commit and on reconnect;
    its status in the status bar. Returns the runner (`request_sync()`, `stop()`)."""
    from platformdirs import user_runtime_dir

    from desktop_app.sync.engine import SyncEngine
    from desktop_app.sync.runner import SyncRunner, wake_after_commits
    from desktop_app.sync.tokens import LOCK_FILE_NAME, locked_token_provider
    from desktop_app.sync.transport import PsycopgTransport
    from desktop_app.ui.sync_status import RefreshOnPull, SyncStatusPoller

    parts, context = session.connected, session.context
    url = parts.engine.url.render_as_string(hide_password=False)
    lock = Path(user_runtime_dir(APP_NAME, APP_AUTHOR, ensure_exists=True)) / LOCK_FILE_NAME
    sync = SyncRunner(lambda: SyncEngine(store.path, PsycopgTransport(url), locked_token_provider(parts.auth, lock),
                                         school_id=context.school_id, user_id=context.user_id))
    wake_after_commits(store.engine, sync)
    from desktop_app.sync.doorbell import Doorbell, can_listen

    if can_listen(url):  # another PC's push wakes this one at once (not through the transaction pooler)
        doorbell = Doorbell(url, context.school_id, sync.request_sync)
        doorbell.start()
        app_instance = QApplication.instance()
        if app_instance is not None:
            app_instance.aboutToQuit.connect(doorbell.stop)
    SyncStatusPoller(sync, window.set_sync_status, window).start()
    RefreshOnPull(sync, lambda: refresh_lists(window), window)
    from desktop_app.services.sync_review import RejectedChangeActions
    from desktop_app.sync.review import StoreReviewSource, TransportResolver
    from desktop_app.ui.sync_review.actions import SyncReviewActions

    resolver = TransportResolver(PsycopgTransport(url), locked_token_provider(parts.auth, lock), context.school_id,
                                 after=lambda: sync.request_sync())  # the decision comes back in the next pull
    review, decisions = SyncReviewService(StoreReviewSource(store.path)), ReviewDecisions(resolver)
    SyncReviewActions(window, review, decisions=decisions, rejected=RejectedChangeActions(store, context),  # owned by the window
                      correct=lambda change: correct_in_form(
                          window, change, on_saved=lambda: close_server_copy(review, decisions, change)),
                      after_local=sync.request_sync)
    add_adoption_action(window, session, store, after=sync.request_sync)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(sync.stop)
    sync.start()
    return sync


def add_adoption_action(window: MainWindow, session: Session, store: LocalStore, *,
                        after: Callable[[], None] | None = None) -> Any:
    """Archivo → Subir los datos de este equipo al colegio…: this PC's local-mode file into the signed-in
    school (issue 9, decision 8); the sync engine sends what it writes."""
    from desktop_app.services.adoption import AdoptionService
    from desktop_app.storage.local.adoption import LocalAdoption
    from desktop_app.ui.adoption.actions import AdoptionActions

    source = default_store_path()
    if source.resolve() == store.path.resolve():
        return None  # connected mode on the local-mode file itself (--data-file): nothing to adopt
    context = session.context
    with store.read() as read:
        school = read.get("schools", context.school_id, school_id=context.school_id) or {}
    service = AdoptionService(LocalAdoption(source, store), context, school_name=str(school.get("name") or ""))
    return AdoptionActions(window, service, after=after)  # owned by the window


def refresh_lists(window: MainWindow) -> None:
    """What another PC saved (or the server held) shows without the user searching again; selection is kept."""
    window.students_view.reload()
    if window.guardians_view.list.loaded_once():
        window.guardians_view.reload()


def correct_in_form(window: MainWindow, change: RejectedChange, on_saved: Callable[[], None] = lambda: None) -> None:
    """Revisión, *Corregir y reenviar*: the student's or guardian's form with the data typed and the reason;
    `on_saved` once the correction is saved."""
    if change.table_name == "guardians":
        guardian = window.guardians_view.open_guardian(change.row_id)
        guardian.guardian_saved.connect(lambda _id: on_saved())
        guardian.correct_rejected(change.mutation_id, change.data, change.reason)
    else:
        student = window.students_view.open_student(change.row_id)
        student.student_saved.connect(lambda _id: on_saved())
        student.correct_rejected(change.mutation_id, change.data, change.reason)


def close_server_copy(review: SyncReviewService, decisions: ReviewDecisions, change: RejectedChange,
                      runner: TaskRunner | None = None) -> None:
    """The other PCs' copy of a refusal this PC decided is closed too (network lane, best effort)."""
    def work(_progress: object) -> object:
        copy = review.server_copy(change)
        return decisions.dismiss(copy) if copy is not None else None

    (runner or shared_runner()).operation(work).lane("net").start()


def watch_connected_session(
    window: MainWindow, session: Session, runner: TaskRunner, store: LocalStore | None = None
) -> None:
    """Periodic session check: the window's mode follows online/offline; a refused session asks to sign in.

    With `store`, background sync runs too (woken again each time the session comes back online)."""
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
    if store is not None:
        sync = start_background_sync(window, session, store)
        watcher.state_changed.connect(lambda status: sync.request_sync() if status.state is SessionState.ONLINE else None)
    on_state(service.status)
    watcher.start()


def build_services(store: LocalStore, session: Session, runner: TaskRunner | None = None) -> UiServices:
    """Every service of one school over `store`, bundled for the screens."""
    context = session.context
    students, guardians = StudentService(store, context), GuardianService(store, context)
    enrollments, school = EnrollmentService(store, context), SchoolService(store, context)
    consent = ConsentService(store, context)
    return UiServices(
        context=context,
        students=students,
        guardians=guardians,
        enrollments=enrollments,
        school_years=SchoolYearService(store, context),
        school=school,
        checklist_print=ChecklistPrintService(enrollments, students, guardians, school, context, consent=consent),
        runner=runner if runner is not None else TaskRunner(),
        mode=session.mode,
        backup=BackupService(LocalBackups(store), context),
        documents=build_documents(store, session),
        consent=consent,
        simat=SimatService(store, context),
        simat_reconcile=SimatReconcileService(store, context),
        simat_settings=SimatSettingsService(store, context),
        importing=build_import_tools(store, context),
        promotion=PromotionService(store, context),
        piar_print=PiarPrintService(students, school),
        review=review_service(store) if session.connected is not None else None,
    )


def review_service(store: LocalStore) -> SyncReviewService:
    """What sync holds for review, read from the store file (the "En revisión" tags of lists and forms)."""
    from desktop_app.sync.review import StoreReviewSource

    return SyncReviewService(StoreReviewSource(store.path))


def build_import_tools(store: LocalStore, context: TenantContext) -> ImportTools:
    """The import service with the spreadsheet reader and the template writer (storage stays out of the UI)."""
    from desktop_app.services.importer import ImportService

    return ImportTools(ImportService(store, context), _read_sheet, _write_template)


# openpyxl (and Pillow through it) cost ~150 ms of start-up: imported when a file is first read or written.
def _read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    from desktop_app.storage.spreadsheet import read_sheet

    return read_sheet(path, sheet)


def _write_template(path: Path) -> Path:
    from desktop_app.storage.import_template import write_template

    return write_template(path)


def build_documents(store: LocalStore, session: Session) -> DocumentService:
    """Scans in `<data dir>/documentos`; with storage configured, files of other PCs are downloaded (verified)."""
    from desktop_app.storage.local.blobs import ContentStore, documents_dir

    files = ContentStore(documents_dir(store.path))
    files.clean_temp()  # copies cut off by a crash or a power cut
    fetcher = None
    if session.s3 is not None:
        from desktop_app.integrations.r2_uploads import Fetcher, make_client

        fetcher = Fetcher(make_client(session.s3), session.s3.bucket, files)
    return DocumentService(store, session.context, files, fetcher=fetcher)


def start_document_uploads(window: MainWindow, store: LocalStore, services: UiServices, session: Session) -> Any:
    """Connected with storage: the upload worker on its own thread, its queue size in the status bar.

    Returns the function that stops it (called at exit); None when there is no storage (local mode keeps
    the files on this PC only).
    """
    if session.s3 is None or services.documents is None:
        return None
    # Imported only with storage configured: boto3 alone costs ~220 ms of start-up.
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    from desktop_app.domain.messages import message_for
    from desktop_app.integrations.r2_uploads import Uploader, make_client
    from desktop_app.storage.local.blobs import ContentStore, documents_dir
    from desktop_app.storage.local.uploads import UploadQueue

    uploader = Uploader(UploadQueue(store), ContentStore(documents_dir(store.path)).path_for,
                        make_client(session.s3), session.s3.bucket, on_verified=services.documents.record_verified)
    stop = threading.Event()
    threading.Thread(target=uploader.run, args=(stop,), name="document-uploads", daemon=True).start()
    label = QLabel(window)
    window.statusBar().addPermanentWidget(label)

    # Counted on a worker (a runner of its own: no busy cursor every 2 s), never reading SQLite on the UI thread.
    counter, counting = TaskRunner(window), [False]

    def refresh() -> None:
        if not counting[0]:
            counting[0] = True
            counter.operation(lambda _progress: uploader.status()).on_success(show).on_error(
                lambda _error: counting.__setitem__(0, False)).start()

    def show(status: Any) -> None:
        counting[0] = False
        label.setText(QCoreApplication.translate("App", "Documentos por subir: %1").replace("%1", str(status.pending))
                      if status.pending else "")
        if status.blocked:
            window.banner.set_text(message_for(status.blocked))
            window.banner.setVisible(True)

    timer = QTimer(window)
    timer.timeout.connect(refresh)
    timer.start(2000)
    refresh()

    def stop_uploads() -> None:
        stop.set()
        uploader.wake.set()

    return stop_uploads


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


def load_demo_in_background(
    runner: TaskRunner, store: LocalStore, students: int, then: Callable[[], None],
    failed: Callable[[BaseException], None],
) -> None:  # fmt: skip
    """Fills a new store with the demo school off the UI thread, with a progress dialog, then calls `then`."""
    from desktop_app.services.demo import load_demo_school

    runner.operation(lambda progress: load_demo_school(store, students=students, progress=progress)).with_progress(
        None, QCoreApplication.translate("App", "Cargando el colegio de demostración…")
    ).on_success(lambda _demo: then()).on_error(failed).start()


def open_store(path: Path | None) -> LocalStore:
    try:
        return LocalStore.open(path)
    except Exception as error:  # whatever stops the store, the start cannot go on: say why and end
        logger.exception("cannot open the local store")
        message = QCoreApplication.translate("App", "No se pudo abrir la base de datos local:\n%1")
        raise StartRefused(message.replace("%1", str(error) or repr(error)), EXIT_STORE) from error


def store_path_for(args: argparse.Namespace, scratch: Path) -> Path | None:
    """`--data-file`, else the self-check's throwaway file (it never touches the school's store), else the
    demo file, connected mode's own file per project, or the default (None)."""
    if args.data_file:
        return Path(args.data_file)
    if args.self_check:
        return scratch / "self-check.sqlite3"
    return demo_store_path() if args.demo else _connected_store_path(args)


def check_config(args: argparse.Namespace) -> None:
    """A config file that cannot be used ends the start before the store opens (`connected_session` reads it
    again when it signs in)."""
    if args.config or os.environ.get("SECRETARIA_SUPABASE_URL"):
        from desktop_app.config import ConfigError, load_config

        try:
            load_config(args.config)
        except ConfigError as error:
            raise StartRefused(str(error), EXIT_CONFIG) from error


def _check(problems: list[str]) -> None:
    if problems:
        raise StartRefused("self-check: " + "\n  ".join(["FALLÓ", *problems]), EXIT_SELF_CHECK_FAILED)


def _exit_when_ready(app: QApplication, window: MainWindow, store: LocalStore, guard: DialogGuard) -> None:
    """`--self-check`: once the window is usable print `ready`, check what the running app needs, print the
    seconds since the process started and quit: 0 when all is well, else the reasons on stderr."""
    from PySide6.QtCore import QTimer

    from desktop_app import self_check

    def say(line: str) -> None:
        logger.info("self-check: %s", line)
        if sys.stdout is not None:  # a windowed Windows build has none: the log has the line
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def finish(code: int) -> None:
        say(f"self-check: {'OK' if code == 0 else 'FALLÓ'} en {time.perf_counter() - _STARTED:.2f} s")
        app.exit(code)

    def on_ready() -> None:
        window.ready.disconnect(on_ready)
        wall, cpu = time.perf_counter() - _STARTED, time.process_time()  # CPU: every thread since the process began
        say("ready")
        say(f"self-check: ventana lista en {wall:.3f} s, CPU {cpu:.3f} s")
        try:
            _check(guard.problems() + self_check.schema_problems(store.path) + self_check.runtime_problems())
        except StartRefused as refusal:
            finish(report_refusal(refusal, self_check=True))
            return
        except Exception as error:  # a check that breaks is a failed check, never a wait for the timeout
            logger.exception("self-check")
            broken = StartRefused(f"self-check: FALLÓ\n  una comprobación falló: {error!r}", EXIT_SELF_CHECK_FAILED)
            finish(report_refusal(broken, self_check=True))
            return
        finish(0)

    def too_late() -> None:
        refusal = StartRefused("self-check: la ventana principal no quedó lista en 60 s", EXIT_SELF_CHECK_FAILED)
        finish(report_refusal(refusal, self_check=True))

    window.ready.connect(on_ready)
    QTimer.singleShot(60_000, too_late)


def _connected_store_path(args: argparse.Namespace) -> Path | None:
    """Connected mode's own file per Supabase project (None: local mode, or a config error shown later)."""
    if not args.config and not os.environ.get("SECRETARIA_SUPABASE_URL"):
        return None
    from desktop_app.config import ConfigError, load_config
    from desktop_app.sync.store_file import connected_store_path

    try:
        return connected_store_path(load_config(args.config).supabase_url)
    except ConfigError:
        return None


def main(args: argparse.Namespace) -> int:
    """Opens the app with options parsed by `desktop_app.cli` (before any Qt import).

    Returns the process's exit code: 0 after a normal session, one of the EXIT_* codes when the start was
    refused (always with the reason on stderr; see `report_refusal`). Nothing is left waiting without a window.
    """
    from platformdirs import user_log_dir

    from desktop_app.logging_setup import configure_logging

    configure_logging(Path(user_log_dir(APP_NAME, APP_AUTHOR)))
    from desktop_app.storage.local.file_modes import app_private_paths, secure_private_files  # issue 10

    secure_private_files(app_private_paths(args.config, args.data_file))  # issue 10: owner-only data at rest
    app, _translators = create_application([], args.lang)
    guard = None
    if args.self_check:
        from desktop_app.self_check import DialogGuard

        guard = DialogGuard(app)
    with tempfile.TemporaryDirectory(prefix="secretaria-", ignore_cleanup_errors=True) as scratch:
        try:
            check_config(args)
            if args.self_check:
                from desktop_app.self_check import bundle_problems

                _check(bundle_problems(args.lang or saved_language()))
            store = open_store(store_path_for(args, Path(scratch)))
        except StartRefused as refusal:
            return report_refusal(refusal, self_check=args.self_check)
        try:
            return _run(app, args, store, guard)
        finally:
            store.close()


def _run(app: QApplication, args: argparse.Namespace, store: LocalStore, guard: DialogGuard | None) -> int:
    runner = TaskRunner(app)
    windows: list[MainWindow] = []
    refused: list[int] = []
    upload_stops: list[Any] = []

    def refuse(refusal: StartRefused) -> None:
        if guard is not None and guard.problems():  # what the self-check had to answer: part of the reason
            refusal.message = "\n  ".join([refusal.message, *guard.problems()])
        refused.append(report_refusal(refusal, self_check=args.self_check))
        app.exit(refused[-1])  # ends the event loop when it runs already (after the demo has loaded)

    def open_window() -> None:
        try:
            session = resolve_session(args, store, runner)  # server calls off the UI thread
            if session is None:  # the user closed the sign-in: no dialog to click away, the app just ends
                raise StartRefused("no se inició sesión; la aplicación se cierra", EXIT_NOT_SIGNED_IN, dialog=False)
            services = build_services(store, session, runner)
            window = build_window(services)
            windows.append(window)  # keep it alive for the whole run
            watch_connected_session(window, session, runner, store)
            upload_stops.append(start_document_uploads(window, store, services, session))
            window.show()
            if guard is not None:  # --self-check
                _exit_when_ready(app, window, store, guard)
        except StartRefused as refusal:
            refuse(refusal)
        except Exception as error:  # a failure at start is said and ends the process: never a windowless wait
            start_failed(error)

    def start_failed(error: BaseException) -> None:
        from desktop_app.ui.errors import error_text

        logger.error("the start failed", exc_info=error)
        refuse(StartRefused(error_text(error), EXIT_START_FAILED))

    if args.demo and not LocalSetup(store).is_set_up():
        load_demo_in_background(runner, store, args.demo_students, open_window, start_failed)
    else:
        open_window()
    # A refusal before the loop runs must not start it: app.exit() does nothing then and exec() would wait
    # forever without a window (the hang this replaces).
    code = refused[0] if refused else app.exec()
    for stop_uploads in upload_stops:
        if stop_uploads is not None:
            stop_uploads()
    runner.wait_for_done()
    return code
