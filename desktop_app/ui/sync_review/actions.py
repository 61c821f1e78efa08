"""*Archivo → Revisión…* and the status-bar count of cases to review (shown only when there are some)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from desktop_app.services.sync_review import (
    RejectedChange,
    RejectedChangeActions,
    ReviewDecisions,
    SyncReviewService,
)
from desktop_app.ui.sync_review.window import SyncReviewWindow
from desktop_app.ui.tasks import TaskRunner, shared_runner

REFRESH_MS = 10_000
"""The count follows what the sync engine pulls; a small local read, so a slow poll is enough."""


def count_text(total: int) -> str:
    return QCoreApplication.translate("SyncReview", "Revisión: %1").replace("%1", str(total)) if total else ""


class SyncReviewActions(QObject):
    def __init__(self, window: QMainWindow, service: SyncReviewService, *, decisions: ReviewDecisions | None = None,
                 runner: TaskRunner | None = None, refresh_ms: int = REFRESH_MS,
                 rejected: RejectedChangeActions | None = None,
                 correct: Callable[[RejectedChange], None] | None = None,
                 after_local: Callable[[], None] = lambda: None, count_runner: TaskRunner | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._decisions = decisions
        self._runner = runner
        self._rejected, self._correct, self._after_local = rejected, correct, after_local
        self._count_runner = count_runner or TaskRunner(self)
        self._counting = False
        self.review_window: SyncReviewWindow | None = None
        self.action = QAction(QCoreApplication.translate("SyncReview", "&Revisión…"), window)
        self.action.triggered.connect(self.open)
        self.count_label = QLabel(window)
        self.count_label.setVisible(False)
        window.statusBar().addPermanentWidget(self.count_label)
        menus = window.menuBar().actions()
        file_menu = menus[0].menu() if menus else None
        if isinstance(file_menu, QMenu):
            actions = file_menu.actions()  # before the last separator and Salir
            if len(actions) >= 2:
                file_menu.insertAction(actions[-2], self.action)
            else:
                file_menu.addAction(self.action)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_count)
        self._timer.start(refresh_ms)
        self.refresh_count()

    def refresh_count(self) -> None:
        """Counted on a worker (the db lane of a runner of its own, so the window shows no busy cursor every
        10 s): reading the store never runs on the UI thread."""
        if self._counting:
            return
        self._counting = True
        service = self._service
        self._count_runner.operation(lambda _progress: service.summary().total).on_success(
            self._show_count).on_error(self._count_failed).start()

    def _show_count(self, total: int) -> None:
        self._counting = False
        self.count_label.setText(count_text(total))
        self.count_label.setVisible(total > 0)

    def _count_failed(self, _error: BaseException) -> None:
        self._counting = False  # the file is busy or gone for a moment: the next tick tries again

    def open(self) -> None:
        if self.review_window is None:
            self.review_window = SyncReviewWindow(self._service, self._window, decisions=self._decisions,
                                                  runner=self._runner or shared_runner(), rejected=self._rejected,
                                                  correct=self._correct, after_local=self._after_local)
        else:
            self.review_window.refresh()
        self.review_window.show()
        self.review_window.raise_()
        self.refresh_count()
