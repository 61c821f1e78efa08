"""What every screen receives: the services of the current school, the task runner and the mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.import_values import SheetData
from desktop_app.services.backup import BackupService
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.importer import ImportService
from desktop_app.services.piar_print import PiarPrintService
from desktop_app.services.promotion import PromotionService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.services.simat_settings import SimatSettingsService
from desktop_app.services.students import StudentService
from desktop_app.services.sync_review import SyncReviewService
from desktop_app.ui.tasks import TaskRunner


class Mode(StrEnum):
    """How this window is connected: only this PC, connected to the server, or connected but offline."""

    local = "local"
    connected = "connected"
    offline = "offline"


@dataclass(frozen=True)
class ImportTools:
    """*Importar estudiantes*: the service plus the file reader and the template writer, passed in as callables
    (built in `app.py`) because the UI never imports storage."""

    service: ImportService
    read_sheet: Callable[[Path, str | None], SheetData]
    write_template: Callable[[Path], Path]


@dataclass
class UiServices:
    """The services of one school plus the runner, all required and typed; `app.py` `build_services` builds it
    and screens get it through their constructors (no screen builds a service of its own)."""

    context: TenantContext
    students: StudentService
    guardians: GuardianService
    enrollments: EnrollmentService
    school_years: SchoolYearService
    school: SchoolService
    checklist_print: ChecklistPrintService
    runner: TaskRunner
    backup: BackupService
    mode: Mode = Mode.local
    documents: DocumentService | None = None
    consent: ConsentService | None = None
    simat: SimatService | None = None
    simat_reconcile: SimatReconcileService | None = None
    simat_settings: SimatSettingsService | None = None
    importing: ImportTools | None = None
    promotion: PromotionService | None = None
    piar_print: PiarPrintService | None = None
    review: SyncReviewService | None = None  # connected mode: what sync holds for review ("En revisión" tags)

    def task_runner(self) -> TaskRunner:
        return self.runner
