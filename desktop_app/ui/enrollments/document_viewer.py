"""Shows one attached scan: PDFs in QPdfView, images in a zoomable view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25


class DocumentViewer(QDialog):
    """A read-only view of one file, with zoom (Ctrl++ / Ctrl+- / Ctrl+0 fits the width)."""

    def __init__(self, path: Path, mime: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.zoom = 1.0
        self.pdf_view: QPdfView | None = None
        self.image_label: QLabel | None = None
        self._pixmap = QPixmap()
        layout = QVBoxLayout(self)
        if mime == "application/pdf":
            self.document = QPdfDocument(self)
            self.document.load(str(path))
            self.pdf_view = QPdfView(self)
            self.pdf_view.setDocument(self.document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.pdf_view, 1)
        else:
            self._pixmap = QPixmap(str(path))
            self.image_label = QLabel(self)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea(self)
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(False)
            layout.addWidget(scroll, 1)
            self._show_image()
        zoom_row = QHBoxLayout()
        for text, factor in ((self.tr("Alejar (Ctrl+-)"), 1 / ZOOM_STEP), (self.tr("Acercar (Ctrl++)"), ZOOM_STEP)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, f=factor: self.zoom_by(f))
            zoom_row.addWidget(button)
        zoom_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        zoom_row.addWidget(buttons)
        layout.addLayout(zoom_row)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_by(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_by(1 / ZOOM_STEP))

    def zoom_by(self, factor: float) -> None:
        self.zoom = max(0.1, min(8.0, self.zoom * factor))
        if self.pdf_view is not None:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)
        else:
            self._show_image()

    def _show_image(self) -> None:
        if self.image_label is None or self._pixmap.isNull():
            return
        scaled = self._pixmap.scaled(self._pixmap.size() * self.zoom, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(scaled)
        self.image_label.resize(scaled.size())
