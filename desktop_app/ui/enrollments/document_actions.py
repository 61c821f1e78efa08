"""The scans of the checklist's current item: Ad&juntar archivo… (Alt+J), drop files on a row, Ver d&ocumento.

Kept apart from the checklist panel, which only creates it and places its row. Each file is one call of
`DocumentService.attach` run in the panel's task runner; bad files are reported with the service's Spanish
message while the good ones of the same drop are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.checklist import ChecklistItem
from desktop_app.domain.consent import CONSENT_CODE
from desktop_app.domain.permissions import Action, action_label, can
from desktop_app.services.consent import ConsentService
from desktop_app.services.documents import AttachedFile, DocumentService
from desktop_app.services.dto import EnrollmentRow
from desktop_app.ui.errors import error_text

if TYPE_CHECKING:  # the panel imports this module
    from desktop_app.ui.enrollments.checklist_panel import EnrollmentChecklistPanel
    from desktop_app.ui.enrollments.consent_dialog import ConsentDialog
    from desktop_app.ui.enrollments.document_viewer import DocumentViewer
    from desktop_app.ui.enrollments.reason_dialog import ReasonDialog
    from desktop_app.ui.enrollments.scanner_dialog import ScannerDialog


class DocumentActions(QObject):
    """Attach and view buttons, a line listing the current item's files, and file drops on the table."""

    def __init__(self, panel: EnrollmentChecklistPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        parent: QWidget = panel
        self.attach_button = QPushButton(self.tr("Ad&juntar archivo…"), parent)
        self.attach_button.setToolTip(self.tr("PDF, JPG o PNG; también puede arrastrar archivos sobre el documento"))
        self.view_button = QPushButton(self.tr("Ver d&ocumento"), parent)
        self.replace_button = QPushButton(self.tr("Reemplazar arc&hivo…"), parent)
        self.replace_button.setToolTip(self.tr("Un archivo nuevo en lugar de los actuales (que se conservan como "
                                                "reemplazados)"))
        self.consent_button = QPushButton(self.tr("Registrar a&utorización…"), parent)
        self.consent_button.setToolTip(self.tr("La autorización de datos firmada (Ley 1581): quién firmó y qué "
                                                "autorizó"))
        self.revoke_button = QPushButton(self.tr("Revocar finalidad…"), parent)
        self.revoke_button.setToolTip(self.tr("Registra que la familia retira la autorización de una finalidad; "
                                               "lo firmado se conserva"))
        self.scanner_button = QPushButton(self.tr("Desde el escá&ner…"), parent)
        self.scanner_button.setToolTip(self.tr("Los archivos nuevos de la carpeta del escáner de este computador"))
        self.reuse_button = QPushButton(self.tr("Reutilizar archivo del año anterior"), parent)
        self.reuse_button.setToolTip(self.tr("Enlaza el archivo de este documento de la matrícula del año anterior "
                                             "(sin volver a subirlo); queda «Recibido (por validar)»"))
        self.files_label = QLabel(parent)
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.scanner_button, self.view_button, self.replace_button,
                       self.reuse_button, self.consent_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.row = QVBoxLayout()  # the buttons, then the item's files on a line of their own
        self.row.addLayout(buttons)
        self.row.addWidget(self.files_label)
        self.viewer: DocumentViewer | None = None
        self.scanner_dialog: ScannerDialog | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.revoke_dialog: ReasonDialog | None = None
        self._files: list[AttachedFile] = []

        self.attach_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_current)
        self.replace_button.clicked.connect(self.choose_replacement)
        self.scanner_button.clicked.connect(self.open_scanner)
        self.consent_button.clicked.connect(self.open_consent)
        self.revoke_button.clicked.connect(self.open_revoke)
        self.reuse_button.clicked.connect(self.reuse_previous)
        panel.table.setAcceptDrops(True)
        panel.table.viewport().setAcceptDrops(True)
        panel.table.viewport().installEventFilter(self)
        panel.table.selectionModel().currentRowChanged.connect(self.refresh)
        panel.model.modelReset.connect(self.refresh)
        self.refresh()

    def _documents(self) -> DocumentService | None:
        documents = getattr(self._panel._services, "documents", None)
        return documents if isinstance(documents, DocumentService) else None

    def _upload_text(self, file: AttachedFile, documents: DocumentService | None) -> str:
        if file.upload == "verified":
            return self.tr("subido")
        # Pending here means "on this PC, going up"; on another PC the file is not reachable yet.
        here = documents is not None and documents.is_here(file.sha256)
        return self.tr("por subir") if here else self.tr("aún no subido")

    def _consent(self) -> ConsentService | None:
        consent = getattr(self._panel._services, "consent", None)
        return consent if isinstance(consent, ConsentService) else None

    def _may(self, action: Action) -> bool:
        return self._documents() is not None and can(self._panel.roles(), action)

    @Slot()
    def refresh(self, *_args: object) -> None:
        item = self._panel.current_item()
        enrollment_id = self._panel.enrollment_id()
        documents = self._documents()
        self._files = []
        if item is not None and enrollment_id and documents is not None and can(self._panel.roles(), Action.student_view):
            self._files = [f for f in documents.files(enrollment_id, item.requirement.code) if not f.superseded]
        has_item = item is not None
        self.attach_button.setEnabled(has_item and self._may(Action.document_receive))
        self.scanner_button.setEnabled(has_item and self._may(Action.document_receive))
        is_consent = item is not None and item.requirement.code == CONSENT_CODE
        self.consent_button.setVisible(is_consent)
        self.consent_button.setEnabled(is_consent and self._consent() is not None
                                       and can(self._panel.roles(), Action.document_receive))
        self.view_button.setEnabled(bool(self._files) and self._may(Action.document_view))
        self.replace_button.setEnabled(bool(self._files) and self._may(Action.document_receive))
        previous = (documents.previous_file(enrollment_id, item.requirement.code)
                    if item is not None and enrollment_id and documents is not None
                    and self._may(Action.document_receive) else None)
        reusable = previous is not None and previous.sha256 not in {f.sha256 for f in self._files}
        self.reuse_button.setEnabled(reusable)
        self.reuse_button.setVisible(reusable)  # only for returning students with last year's file, not yet linked
        if has_item and not self._may(Action.document_receive):
            self.attach_button.setToolTip(self.tr("Su rol no permite %s.") % action_label(Action.document_receive))
        if self._files and not self._may(Action.document_view):
            self.view_button.setToolTip(self.tr("Su rol no permite %s.") % action_label(Action.document_view))
        names = [f"{f.original_name} ({self._upload_text(f, documents)})" for f in self._files]
        text = self.tr("Archivos: %s") % ", ".join(names) if names else ""
        consent = self._consent()
        summary = consent.summary(enrollment_id) if is_consent and enrollment_id and consent is not None else None
        self.revoke_button.setVisible(is_consent)
        self.revoke_button.setEnabled(summary is not None and can(self._panel.roles(), Action.document_receive))
        if summary is not None and summary.outdated:
            text = " · ".join(t for t in (self.tr("Autorización con texto anterior (%s)") % summary.version, text) if t)
        self.files_label.setText(text)

    @Slot()
    def choose_files(self) -> None:
        item = self._panel.current_item()
        if item is None or not self._may(Action.document_receive):
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self._panel, self.tr("Adjuntar archivo a «%s»") % item.requirement.label, "",
            self.tr("Documentos escaneados (*.pdf *.jpg *.jpeg *.png);;Todos los archivos (*)"))
        if paths:
            self.attach_files([Path(p) for p in paths], item.requirement.code, "file")

    def attach_files(
        self, paths: list[Path], code: str, source: str, on_attached: Callable[[list[Path]], None] | None = None,
        replaces: list[str] | None = None,
    ) -> None:
        """Attach each file to the item `code` in the background; then reload the checklist like a mark does.

        `on_attached` gets the files that were attached (the scanner dialog moves them to `procesados/`).
        """
        documents = self._documents()
        enrollment_id = self._panel.enrollment_id()
        if documents is None or enrollment_id is None or not paths:
            return
        enrollments = self._panel._services.enrollments

        def work(_progress: object) -> tuple[list[ChecklistItem], EnrollmentRow, list[str], list[Path]]:
            errors, attached = [], []
            for path in paths:
                try:
                    documents.attach(enrollment_id, code, path, source_kind=source, replaces=replaces or ())
                    attached.append(path)
                except Exception as error:  # shown to the user; the other files still go in
                    errors.append(error_text(error))
            return list(enrollments.checklist(enrollment_id)), enrollments.get(enrollment_id), errors, attached

        generation = self._panel._generation

        def done(result: tuple[list[ChecklistItem], EnrollmentRow, list[str], list[Path]]) -> None:
            items, enrollment, errors, attached = result
            self._panel._on_marked(generation, code, (items, enrollment), None)
            self.refresh()
            if errors:
                self._panel._show_message("\n".join(errors))
            if on_attached is not None:
                on_attached(attached)

        self._panel._runner.operation(work).on_success(done).on_error(self._panel._show_error).start()

    @Slot()
    def reuse_previous(self) -> None:
        """Link last year's file to the current item (one service call on the runner), then reload like a mark."""
        item, documents, enrollment_id = self._panel.current_item(), self._documents(), self._panel.enrollment_id()
        if item is None or documents is None or enrollment_id is None or not self._may(Action.document_receive):
            return
        code, enrollments, generation = item.requirement.code, self._panel._services.enrollments, self._panel._generation

        def work(_progress: object) -> tuple[list[ChecklistItem], EnrollmentRow]:
            documents.reuse_previous(enrollment_id, code)
            return list(enrollments.checklist(enrollment_id)), enrollments.get(enrollment_id)

        def done(result: tuple[list[ChecklistItem], EnrollmentRow]) -> None:
            self._panel._on_marked(generation, code, result, None)
            self.refresh()

        self._panel._runner.operation(work).on_success(done).on_error(self._panel._show_error).start()

    @Slot()
    def choose_replacement(self) -> None:
        """One new file in place of the item's current ones, which stay listed as superseded."""
        item = self._panel.current_item()
        if item is None or not self._files or not self._may(Action.document_receive):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self._panel, self.tr("Reemplazar el archivo de «%s»") % item.requirement.label, "",
            self.tr("Documentos escaneados (*.pdf *.jpg *.jpeg *.png);;Todos los archivos (*)"))
        if path:
            self.replace_with(Path(path), item.requirement.code)

    def replace_with(self, path: Path, code: str) -> None:
        self.attach_files([path], code, "file", replaces=[f.sha256 for f in self._files])

    @Slot()
    def open_scanner(self) -> None:
        item = self._panel.current_item()
        if item is None or not self._may(Action.document_receive):
            return
        from desktop_app.ui.enrollments.scanner_dialog import ScannerDialog

        self.scanner_dialog = ScannerDialog(item.requirement.label, self._panel)
        code = item.requirement.code
        dialog = self.scanner_dialog
        dialog.attach_requested.connect(
            lambda paths: self.attach_files(paths, code, "scanner", on_attached=dialog.processed))
        dialog.open()

    @Slot()
    def open_consent(self) -> None:
        consent = self._consent()
        enrollment = self._panel.enrollment()
        if consent is None or enrollment is None or not can(self._panel.roles(), Action.document_receive):
            return
        from desktop_app.ui.enrollments.consent_dialog import ConsentDialog

        guardians = self._panel._services.guardians.guardians_of(enrollment.student_id)
        dialog = ConsentDialog(consent, self._panel._runner, enrollment, guardians, consent.preview(), self._panel)
        self.consent_dialog = dialog
        dialog.saved.connect(self._panel.reload_checklist)
        dialog.saved.connect(lambda: self._panel.changed.emit(enrollment.id))
        dialog.open()

    @Slot()
    def open_revoke(self) -> None:
        """Ask which purpose and why; the revocation is appended to the consent (nothing is erased)."""
        consent = self._consent()
        enrollment_id = self._panel.enrollment_id()
        version = consent.preview() if consent is not None else None
        if consent is None or enrollment_id is None or version is None:
            return
        from desktop_app.ui.enrollments.reason_dialog import ReasonDialog

        summary = consent.summary(enrollment_id)
        choices: list[tuple[str, object]] = [
            (p.label, p.code) for p in version.purposes if summary is not None and summary.purposes.get(p.code)]
        dialog = ReasonDialog(self.tr("Revocar una finalidad"), self.tr("La familia retira su autorización para:"),
                              self._panel, reason_required=True, choices=choices, choice_label=self.tr("Finalidad:"))
        dialog.saves_in_background = True
        self.revoke_dialog = dialog

        def revoked() -> None:
            dialog.accept()
            self.refresh()

        def save() -> None:
            purpose, reason = str(dialog.choice()), dialog.reason()
            self._panel._runner.operation(
                lambda _progress: consent.revoke(enrollment_id, purpose, reason, date.today())
            ).on_success(lambda _summary: revoked()).on_error(
                lambda error: dialog.show_error(error_text(error))).start()

        dialog.submitted.connect(save)
        dialog.open()

    @Slot()
    def view_current(self) -> None:
        item = self._panel.current_item()
        documents = self._documents()
        if item is None or documents is None or not self._files or not self._may(Action.document_view):
            return
        latest = self._files[-1]
        self._panel._runner.operation(lambda _progress: documents.file_path(latest.sha256)).on_success(
            lambda path: self._show(path, latest.mime, f"{item.requirement.label} — {latest.original_name}")
        ).on_error(self._panel._show_error).start()

    def _show(self, path: Path, mime: str, title: str) -> None:
        from desktop_app.ui.enrollments.document_viewer import DocumentViewer

        self.viewer = DocumentViewer(path, mime, title, self._panel)
        self.viewer.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        dragging = kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if (dragging and isinstance(event, QDragEnterEvent | QDragMoveEvent) and event.mimeData().hasUrls()
                and self._may(Action.document_receive)):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self.drop(event)
            return True
        return super().eventFilter(watched, event)

    def drop(self, event: QDropEvent) -> None:
        """Files dropped on a row go to that row's item (or to the current one below the last row)."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        index = self._panel.table.indexAt(event.position().toPoint())
        item = self._panel.model.item_at(index.row()) if index.isValid() else self._panel.current_item()
        if not paths or item is None or not self._may(Action.document_receive):
            return
        event.acceptProposedAction()
        self._panel.select_item(item.requirement.code)
        self.attach_files(paths, item.requirement.code, "drop")
