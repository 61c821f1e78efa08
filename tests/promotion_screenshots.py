"""Screenshots of *Promoción al año siguiente* for the README, from the real wizard over the demo school
(2026 promoted to 2027): the outcomes (one repeater, one
No continúa), the preview per grade × outcome and the result, then the first page
with the years and the promotion just saved in *Promociones anteriores*.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.promotion_screenshots

Writes `docs/screenshots/promocion-1-anos.png` … `promocion-4-resultado.png`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from desktop_app.app import create_application
from desktop_app.domain.promotion import Outcome
from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.promotion import Decision, PromotionService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.promotion.wizard import PromotionWizard
from desktop_app.ui.tasks import TaskRunner
from tests.screenshots import OUTPUT, save


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.pop("QT_QPA_PLATFORM", None)
    app, _translators = create_application([], "es")
    if app.platformName() == "offscreen":
        raise SystemExit("Run under Xvfb (see the module docstring).")
    with tempfile.TemporaryDirectory() as workdir:
        store = LocalStore.open(Path(workdir) / "secretaria.sqlite3")
        school = load_demo_school(store, students=300)
        years = SchoolYearService(store, school.context)
        years.create_year(SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
        service = PromotionService(store, school.context)
        wizard = PromotionWizard(service, TaskRunner(synchronous=True), years.years(),
                                 from_year_id=school.current_year_id)
        wizard.show()
        wizard.next()  # the plan is read on the (here synchronous) runner, then the wizard moves on
        app.processEvents()
        model, page = wizard.model, wizard.outcomes_page
        assert model is not None
        movable = [c for c in model.candidates() if c.outcome == Outcome.promoted]
        model.set_decisions({movable[0].enrollment_id: Decision(Outcome.repeats),
                             movable[1].enrollment_id: Decision(Outcome.leaves, "Traslado a otra ciudad")})
        page.view.resizeColumnsToContents()
        save(wizard, "promocion-2-resultados.png")
        wizard.next()
        wizard.preview_page.table.resizeColumnsToContents()
        save(wizard, "promocion-3-vista-previa.png")
        wizard.next()
        save(wizard, "promocion-4-resultado.png")
        wizard.close()
        # the first page as it opens afterwards: the promotion just saved is in the list, ready to undo
        again = PromotionWizard(service, TaskRunner(synchronous=True), years.years(),
                                from_year_id=school.current_year_id)
        again.show()
        again.years_page.batches.list.setCurrentRow(0)
        save(again, "promocion-1-anos.png")
        again.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
