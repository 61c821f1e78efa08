"""A full-width notice bar at the top of the window (local mode, offline)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Banner(QWidget):
    """A coloured strip with one sentence; used for the local-mode notice."""

    def __init__(self, text: str, parent: QWidget | None = None, *, background: str = "#fff4ce") -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"#banner {{ background: {background}; border-bottom: 1px solid #e0c35a; }}")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
