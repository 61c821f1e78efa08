"""A small dialog that asks why (a rejected document, a status change) and never loses what was typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.ui.widgets.field_error import FieldErrorLabel


class ReasonDialog(QDialog):
    """Title, an explanation, optionally a choice (e.g. the target status) and a reason box (required or not).

    With `saves_in_background` set, OK emits `submitted` instead of closing the dialog: the owner saves in the background
    and calls `accept()` on success or `show_error()` on failure, so the typed reason survives a refusal.
    """

    submitted = Signal()

    def __init__(
        self,
        title: str,
        prompt: str,
        parent: QWidget | None = None,
        *,
        reason_required: bool = True,
        choices: Sequence[tuple[str, object]] | None = None,
        choice_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._reason_required = reason_required
        self.saves_in_background = False
        self._required_for_choice: dict[int, bool] = {}
        self.prompt_label = QLabel(prompt, self)
        self.prompt_label.setWordWrap(True)
        self.choice_combo = QComboBox(self)
        for text, value in choices or []:
            self.choice_combo.addItem(text, value)
        self.choice_combo.setVisible(bool(choices))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)  # Tab must reach the buttons: the keyboard-only user
        self.reason_edit.installEventFilter(self)  # Enter saves (Shift+Enter for a new line), as everywhere
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.error_label = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aceptar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QFormLayout(self)
        layout.addRow(self.prompt_label)
        if choices:
            layout.addRow(choice_label, self.choice_combo)
        self.reason_label = QLabel(self)
        layout.addRow(self.reason_label, self.reason_edit)
        layout.addRow("", self.error_label)
        layout.addRow(self.buttons)
        self.choice_combo.currentIndexChanged.connect(self._update_reason_label)
        self._update_reason_label()
        (self.choice_combo if choices else self.reason_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.reason_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._on_buttons_accepted()
            return True
        return super().eventFilter(watched, event)

    def set_reason_required_for(self, index: int, required: bool) -> None:
        """Per-choice rule: e.g. a withdrawal needs a reason and sending to review does not."""
        self._required_for_choice[index] = required
        self._update_reason_label()

    def reason_required(self) -> bool:
        return self._required_for_choice.get(self.choice_combo.currentIndex(), self._reason_required)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def choice(self) -> object:
        return self.choice_combo.currentData()

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    def _update_reason_label(self, *_args: object) -> None:
        self.reason_label.setText(self.tr("Motivo (obligatorio):") if self.reason_required() else self.tr("Motivo:"))

    def _on_buttons_accepted(self) -> None:
        if self.reason_required() and not self.reason():
            self.error_label.show_message(self.tr("Escriba el motivo."))
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error_label.clear_message()
        if self.saves_in_background:
            self.submitted.emit()
            return
        self.accept()
