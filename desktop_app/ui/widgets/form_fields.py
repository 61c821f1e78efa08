"""Builds form rows (label, widget, error label underneath) and keeps the field → widget bindings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.errors import field_error_text
from desktop_app.ui.widgets.field_error import FieldErrorLabel


@dataclass
class Binding:
    """One field of a draft: its widget, how to write a value into it and read it back, its error label."""

    field: str
    widget: QWidget
    write: Callable[[Any], None]
    read: Callable[[], Any]
    error_label: FieldErrorLabel


class FieldForm:
    """A `QFormLayout` whose rows carry an error label; `load`, `values` and `show_errors` loop the bindings."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.bindings: dict[str, Binding] = {}
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def _add(self, label: str, field: str, widget: QWidget, write: Callable[[Any], None], read: Callable[[], Any]) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error_label = FieldErrorLabel(holder)
        column.addWidget(error_label)
        self.layout.addRow(label, holder)
        self.bindings[field] = Binding(field, widget, write, read, error_label)

    def add_line(self, label: str, field: str, *, placeholder: str = "", max_length: int = 255) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        self._add(label, field, edit, lambda value: edit.setText("" if value is None else str(value)), lambda: edit.text().strip())
        self._say_when_full(edit, self.bindings[field].error_label, max_length)
        return edit

    @staticmethod
    def _say_when_full(edit: QLineEdit, error_label: FieldErrorLabel, max_length: int) -> None:
        """A field that stops taking characters says why (typing or pasting past the limit was silent)."""
        message = QCoreApplication.translate("FieldForm", "Este campo admite como máximo %1 caracteres.").replace(
            "%1", str(max_length)
        )

        def on_edited(text: str) -> None:
            if len(text) >= max_length:
                error_label.show_message(message, warning=True)
            elif error_label.text() == message:
                error_label.clear_message()

        edit.textEdited.connect(on_edited)

    def add_combo(self, label: str, field: str, items: Iterable[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        for code, text in items:
            combo.addItem(text, code)

        def write(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        self._add(label, field, combo, write, combo.currentData)
        return combo

    def add_check(self, label: str, field: str) -> QCheckBox:
        check = QCheckBox(label)
        self._add("", field, check, lambda value: check.setChecked(bool(value)), check.isChecked)
        return check

    def widget(self, field: str) -> QWidget:
        return self.bindings[field].widget

    def error_label(self, field: str) -> FieldErrorLabel:
        return self.bindings[field].error_label

    def load(self, values: dict[str, Any]) -> None:
        for field, value in values.items():
            if field in self.bindings:
                self.bindings[field].write(value)

    def values(self) -> dict[str, Any]:
        return {field: binding.read() for field, binding in self.bindings.items()}

    def clear_errors(self) -> None:
        for binding in self.bindings.values():
            binding.error_label.clear_message()

    def show_errors(self, errors: Iterable[Any], *, warning: bool = False) -> list[Any]:
        """Shows each error under its field and focuses the first; returns the errors of unknown fields."""
        unplaced: list[Any] = []
        first: QWidget | None = None
        messages: dict[str, list[str]] = {}
        for error in errors:
            field = getattr(error, "field", None) or ""
            if field not in self.bindings:
                unplaced.append(error)
                continue
            messages.setdefault(field, []).append(field_error_text(error))
        for field, texts in messages.items():
            binding = self.bindings[field]
            binding.error_label.show_message("\n".join(dict.fromkeys(texts)), warning=warning)
            if first is None:
                first = binding.widget
        if first is not None and not warning:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced
