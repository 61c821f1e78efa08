"""Screenshots of *Importar estudiantes* (column mapping, preview with errors) for the README, from the real
dialog over a fresh local school and the 500-row test roster with 25 planted errors.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.import_screenshots

Writes `docs/screenshots/import_mapping.png` and `docs/screenshots/import_preview_errors.png`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from desktop_app.app import build_services, create_application, local_session
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.importing.dialog import ImportDialog
from desktop_app.ui.tasks import TaskRunner
from tests.importing.roster import make_roster, write_xlsx
from tests.screenshots import OUTPUT, save


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.pop("QT_QPA_PLATFORM", None)
    app, _translators = create_application([], "es")
    if app.platformName() == "offscreen":
        raise SystemExit("Run under Xvfb (see the module docstring).")
    with tempfile.TemporaryDirectory() as workdir:
        store = LocalStore.open(Path(workdir) / "secretaria.sqlite3")
        services = build_services(store, local_session(store), TaskRunner(synchronous=True))
        assert services.importing is not None
        year = services.school_years.create_year(
            SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active"))
        tools = services.importing
        dialog = ImportDialog(tools.service, tools.read_sheet, services.runner, school_year_id=year.id,
                              write_template=tools.write_template)
        dialog.resize(1200, 760)
        dialog.show()
        dialog.open_file(write_xlsx(Path(workdir) / "lista_2026.xlsx", make_roster(500, 25)))
        dialog.mapping_view.resizeColumnsToContents()
        save(dialog, "import_mapping.png")
        dialog.run_preview()
        dialog.errors_only.setChecked(True)
        dialog.preview_view.resizeColumnsToContents()
        save(dialog, "import_preview_errors.png")
        dialog.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
