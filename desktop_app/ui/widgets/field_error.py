"""A small red label shown under a form field with the reason its value was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldErrorLabel(QLabel):
    """Hidden while the field is fine; shows the Spanish message of the field's errors (or warnings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.hide()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        color = "#9a6700" if warning else "#b3261e"
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
