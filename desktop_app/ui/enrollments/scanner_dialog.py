"""*Desde el escáner…*: the complete new files of this PC's scanner folder, to attach to the current document.

The folder is chosen once per PC (QSettings). A QFileSystemWatcher reacts at once on local disks; a 2 s
timer covers network shares, where watchers stay silent, and lets a file being written become "complete"
(`ScannerInbox`: size unchanged for 2 s). Attached files move to `procesados/`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.scanner import ScannerInbox

FOLDER_KEY = "scanner/folder"
POLL_MS = 2000


class ScannerDialog(QDialog):
    """Lists the ready scans; *Adjuntar* emits the chosen ones (the caller attaches them, then `processed`)."""

    attach_requested = Signal(list)  # list[Path]

    def __init__(self, document_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desde el escáner: %s") % document_label)
        self.resize(560, 420)
        self.inbox: ScannerInbox | None = None
        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Cambiar &carpeta…"), self)
        self.files = QListWidget(self)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.attach_button = self.buttons.addButton(self.tr("&Adjuntar"), QDialogButtonBox.ButtonRole.AcceptRole)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.poll)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)
        self.change_button.clicked.connect(self.choose_folder)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self.attach_selected)
        self.files.itemSelectionChanged.connect(self._update_button)
        saved = QSettings().value(FOLDER_KEY, "")
        self.set_folder(Path(str(saved)) if saved else None)

    def set_folder(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.inbox = ScannerInbox(folder) if folder else None
        if folder is None:
            self.folder_label.setText(self.tr("Elija la carpeta donde el escáner guarda los archivos."))
        else:
            self.folder_label.setText(self.tr("Carpeta del escáner: %s") % str(folder))
            if folder.is_dir():
                self.watcher.addPath(str(folder))
            QSettings().setValue(FOLDER_KEY, str(folder))
        self.files.clear()
        self.poll()

    @Slot()
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Carpeta del escáner"))
        if chosen:
            self.set_folder(Path(chosen))

    @Slot()
    def poll(self, *_args: object) -> None:
        """Show the complete files; keep the user's selection across refreshes."""
        ready = self.inbox.poll() if self.inbox is not None else []
        selected = {item.data(Qt.ItemDataRole.UserRole) for item in self.files.selectedItems()}
        shown = [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]
        if [str(p) for p in ready] != shown:
            self.files.clear()
            for path in ready:
                item = QListWidgetItem(path.name, self.files)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setSelected(str(path) in selected)
        if self.inbox is not None and not ready:
            self.hint_label.setText(self.tr("No hay archivos nuevos. Un archivo aparece cuando el escáner termina "
                                            "de guardarlo."))
        else:
            self.hint_label.clear()
        self._update_button()

    def ready_paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    @Slot()
    def attach_selected(self) -> None:
        chosen = [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.files.selectedItems()]
        if chosen:
            self.attach_requested.emit(chosen)

    def processed(self, attached: list[Path]) -> None:
        """The caller attached these: move them to `procesados/` and close when nothing is left selected."""
        if self.inbox is not None:
            for path in attached:
                if path.exists():
                    self.inbox.mark_processed(path)
        self.poll()
        if attached and not self.files.selectedItems():
            self.accept()

    def _update_button(self) -> None:
        self.attach_button.setEnabled(bool(self.files.selectedItems()))
