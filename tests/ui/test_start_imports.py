"""What the start must not import before the first student list is on screen (a regression guard for start-up).

A fresh process builds the window over an existing store the way `app.main` does (local mode, offscreen) and,
once `ready` is emitted,
lists which of the modules below it loaded. Each is imported on first use: spreadsheets, printing, PDF,
the hidden screens' dialogs, connected mode and sync, the ORM and Alembic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local.store import LocalStore

NOT_AT_START = (
    "openpyxl", "PIL", "stdnum", "pypdf", "boto3", "alembic", "sqlalchemy.orm", "sqlalchemy.dialects.postgresql",
    "psycopg", "keyring", "supabase", "httpx", "PySide6.QtPrintSupport", "PySide6.QtPdf",
    "desktop_app.printing.checklist", "desktop_app.storage.spreadsheet", "desktop_app.storage.import_template",
    "desktop_app.storage.models", "desktop_app.ui.enrollments.view", "desktop_app.ui.settings.dialog",
    "desktop_app.ui.importing.dialog", "desktop_app.ui.students.form", "desktop_app.ui.simat.review_window",
    "desktop_app.ui.simat.reconcile_window", "desktop_app.integrations.connected_mode", "desktop_app.sync.engine",
    "desktop_app.self_check",
)

_SCRIPT = """
import json, sys
from pathlib import Path
from desktop_app import app
from desktop_app.cli import parse_app_args
from desktop_app.ui.tasks import TaskRunner

args = parse_app_args(["--data-file", sys.argv[1]])
qt_app, _translators = app.create_application([], None)
store = app.open_store(Path(sys.argv[1]))
runner = TaskRunner(qt_app)
window = app.build_window(app.build_services(store, app.local_session(store), runner))
window.show()

def on_ready():
    print(json.dumps(sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)), flush=True)
    qt_app.exit(0)

window.ready.connect(on_ready)
qt_app.exec()
runner.wait_for_done()
store.close()
"""


def test_the_first_window_imports_none_of_the_modules_used_later(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    with LocalStore.open(store_path) as store:  # the first run migrates a new file with Alembic: not measured here
        LocalSetup(store).bootstrap()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("SECRETARIA_SUPABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(store_path), json.dumps(NOT_AT_START)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
