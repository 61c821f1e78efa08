"""*Archivo → Revisión…* and the status-bar count of cases to review (shown only when there are some)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from desktop_app.services.sync_review import ReviewDecisions, SyncReviewService
from desktop_app.ui.sync_review.window import SyncReviewWindow
from desktop_app.ui.tasks import TaskRunner, shared_runner

REFRESH_MS = 10_000
"""The count follows what the sync engine pulls; a small local read, so a slow poll is enough."""


def count_text(total: int) -> str:
    return QCoreApplication.translate("SyncReview", "Revisión: %1").replace("%1", str(total)) if total else ""


class SyncReviewActions(QObject):
    def __init__(self, window: QMainWindow, service: SyncReviewService, *, decisions: ReviewDecisions | None = None,
                 runner: TaskRunner | None = None, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._decisions = decisions
        self._runner = runner
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

    def refresh_count(self) -> int:
        total = self._service.summary().total
        self.count_label.setText(count_text(total))
        self.count_label.setVisible(total > 0)
        return total

    def open(self) -> None:
        if self.review_window is None:
            self.review_window = SyncReviewWindow(self._service, self._window, decisions=self._decisions,
                                                  runner=self._runner or shared_runner())
        else:
            self.review_window.refresh()
        self.review_window.show()
        self.review_window.raise_()
        self.refresh_count()
