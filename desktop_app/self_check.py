"""`--self-check`: does this installation (usually the frozen build) have everything the app loads?

Run by `app.main` in two steps, so that the cold start it also measures stays the real one:
`bundle_problems()` before the store opens (files the app reads: translations, the local store's migration
scripts, the Qt plugins), `runtime_problems()` once the main window is usable (what those files must do:
decode the image formats, write a checklist page to a PDF and read it back with Qt PDF, make an S3 client).
Each returns the problems as sentences for stderr (Spanish, like every message of the app); empty is good.

`DialogGuard` makes the self-check answer every question itself: a dialog that would wait for a person is
closed at once and reported, so the check can never hang on a modal dialog.

App level like `app.py` (Qt and storage both allowed): it checks the pieces, it is not one of them.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLibraryInfo,
    QObject,
    QTimer,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageReader
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from desktop_app.services.checklist_print import ChecklistPrintData, PrintedChecklistItem
from desktop_app.ui.i18n import SOURCE_LANGUAGE, translations_dir

# The modules connected mode and the coming document screens import lazily (or that are found through
# entry points): a freezing mistake shows only when a secretary first signs in, so check them here.
LAZY_MODULES = (
    "desktop_app.integrations.connected_mode",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "keyring.backends.SecretService" if sys.platform.startswith("linux") else "",
    "keyring.backends.Windows" if sys.platform == "win32" else "",
    "keyring.backends.macOS" if sys.platform == "darwin" else "",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdfWidgets",  # the document viewer
)

# The platform plugin each OS's desktop needs; `offscreen` is what CI and this check run on.
NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def _qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translation_problems(language: str) -> list[str]:
    """The catalogues `ui.i18n.install_translators` loads for `language` must be there and not empty."""
    from PySide6.QtCore import QTranslator

    problems = []
    # (catalogue, folder, must it hold strings?): Qt's English catalogue is empty by design (its source
    # language); the app's own strings are Spanish in the code, so only other languages need a catalogue.
    wanted = [(f"qtbase_{language}", _qt_translations_dir(), language != "en")]
    if language != SOURCE_LANGUAGE:
        wanted.append((f"secretaria_{language}", translations_dir(), True))
    for name, folder, has_strings in wanted:
        translator = QTranslator()
        if not translator.load(name, str(folder)) or (has_strings and translator.isEmpty()):
            problems.append(f"falta la traducción {name}.qm (idioma {language}) en {folder}")
    return problems


def migration_problems() -> list[str]:
    """The local store's Alembic scripts are data files of the bundle: without them no store opens."""
    from desktop_app.storage.local.store import MIGRATIONS_DIR

    if not (MIGRATIONS_DIR / "env.py").is_file():
        return [f"faltan los scripts de migración de la base local (env.py) en {MIGRATIONS_DIR}"]
    if not [script for script in (MIGRATIONS_DIR / "versions").glob("*.py") if not script.name.startswith("_")]:
        return [f"faltan los scripts de migración de la base local en {MIGRATIONS_DIR / 'versions'}"]
    return []


def schema_problems(store_path: Path) -> list[str]:
    """A store just migrated from empty must hold every table and index of the schema the code expects: a
    missing version script leaves it behind (Alembic then stops at an older head without complaint)."""
    from desktop_app.storage.local.schema import local_metadata

    expected = set(local_metadata.tables) | {
        index.name for table in local_metadata.tables.values() for index in table.indexes if index.name
    }
    with sqlite3.connect(store_path) as connection:
        found = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    missing = sorted(expected - found)
    # A script that only changes triggers leaves no missing table or index: the revision reached tells.
    from desktop_app.storage.local.store import HEAD_REVISION, stored_revision

    if (reached := stored_revision(store_path)) != HEAD_REVISION:
        missing.append(f"la versión {HEAD_REVISION}; quedó en {reached}")
    return [f"la base local quedó incompleta tras las migraciones (faltan {', '.join(missing[:5])})"] if missing else []


def plugin_problems() -> list[str]:
    """The Qt plugins the app loads on this OS are in the bundle (the one in use is loaded, obviously)."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    problems = []
    for folder, name in (("platforms", NATIVE_PLATFORM), ("imageformats", "jpeg")):
        if not any((plugins / folder).glob(f"*q{name}.*")):
            problems.append(f"falta el complemento de Qt {folder}/{name} en {plugins / folder}")
    if QGuiApplication.platformName() == "":
        problems.append("Qt no cargó ningún complemento de plataforma")
    return problems


def bundle_problems(language: str) -> list[str]:
    """Files the start itself needs; checked before the store opens so the reason is precise."""
    return translation_problems(language) + migration_problems() + plugin_problems()


def _round_trip(image_format: str) -> str | None:
    """Encode and decode a small image: proves the format's plugin is present and loads."""
    image = QImage(24, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3a5f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs say bytes, the binding wants str (bytes raise ValueError at run time).
    saved = image.save(buffer, image_format)  # type: ignore[call-overload]
    if not saved or QImage.fromData(data, image_format).isNull():  # type: ignore[arg-type]
        readable = sorted(bytes(name.data()).decode() for name in QImageReader.supportedImageFormats())
        return f"Qt no puede leer imágenes {image_format.upper()} (formatos disponibles: {', '.join(readable)})"
    return None


def _sample_checklist() -> ChecklistPrintData:
    return ChecklistPrintData(
        school_name="Institución Educativa de Prueba", student_name="Estudiante de Prueba",
        student_document_type="TI", student_document_number="1000000000", grade_label="Sexto",
        school_year_name="2026", printed_on=date(2026, 1, 26),
        items=(PrintedChecklistItem("registro_civil", "Registro civil de nacimiento", state="validated"),),
    )  # fmt: skip


def print_problems(folder: Path) -> list[str]:
    """The print path: one checklist page through the app's own printing code to a PDF, read back by Qt PDF
    (the module the document viewer will use)."""
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.printing.checklist import render_checklist_pdf

    path = folder / "lista-de-chequeo.pdf"
    render_checklist_pdf(_sample_checklist(), path)
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        return [f"no se pudo imprimir una lista de chequeo a PDF y leerla con Qt PDF ({error.name})"]
    text = document.getAllText(0).text()
    document.close()
    if "Estudiante de Prueba" not in text:
        return ["la lista de chequeo impresa a PDF no contiene el nombre del estudiante"]
    return []


def module_problems() -> list[str]:
    problems = []
    for name in filter(None, LAZY_MODULES):
        try:
            importlib.import_module(name)
        except Exception as error:  # any failure to import is the problem being looked for
            problems.append(f"no se puede cargar el módulo {name}: {error}")
    return problems


def s3_problems() -> list[str]:
    """boto3 needs botocore's S3 description (a data file) to make a client; no request is sent."""
    try:
        import boto3  # type: ignore[import-untyped]

        boto3.session.Session().client(
            "s3", endpoint_url="http://127.0.0.1:9", region_name="auto",
            aws_access_key_id="self-check", aws_secret_access_key="self-check",
        )  # fmt: skip
    except Exception as error:  # same: whatever stops the client is what the check reports
        return [f"no se puede crear el cliente S3 para los documentos: {error}"]
    return []


def runtime_problems() -> list[str]:
    """What the bundled pieces must do once the window is up."""
    problems = [problem for fmt in ("png", "jpeg") if (problem := _round_trip(fmt))]
    with tempfile.TemporaryDirectory(prefix="secretaria-self-check-") as folder:
        problems += print_problems(Path(folder))
    return problems + module_problems() + s3_problems()


def _reject(dialog: QDialog) -> None:
    if shiboken6.isValid(dialog):
        dialog.reject()


class DialogGuard(QObject):
    """Installed on the application during `--self-check`: closes every dialog that would wait for an answer
    (a progress dialog does not) and keeps what it said, for stderr."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.seen: list[str] = []
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, QProgressDialog)
            and watched.isModal()
        ):
            text = watched.text() if isinstance(watched, QMessageBox) else ""
            self.seen.append(" — ".join(part for part in (watched.windowTitle(), text) if part))
            # Later, inside the dialog's own event loop: rejecting from its show event would come too early.
            QTimer.singleShot(0, lambda: _reject(watched))
        return False

    def problems(self) -> list[str]:
        return [f"un diálogo pidió una respuesta: {text}" for text in self.seen]
