"""What every screen receives: the services of the current school, the task runner and the mode."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.ui.tasks import TaskRunner


class Mode(StrEnum):
    """How this window is connected: only this PC, connected to the server, or connected but offline."""

    local = "local"
    connected = "connected"
    offline = "offline"


@dataclass
class UiServices:
    """The services of one school (built by `app.py`) plus the runner; screens get this through constructors."""

    context: Any  # services.context.TenantContext
    students: Any  # services.students.StudentService
    guardians: Any  # services.guardians.GuardianService
    enrollments: Any = None  # services.enrollments.EnrollmentService
    school_years: Any = None  # services.school_years.SchoolYearService
    school: Any = None  # services.school.SchoolService
    runner: TaskRunner | None = None
    mode: Mode = Mode.local

    def task_runner(self) -> TaskRunner:
        if self.runner is None:
            self.runner = TaskRunner()
        return self.runner
