"""Typing like a user: QTest cannot click non-ASCII keys (á, ñ), so those go as key events carrying the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Sends one key press/release per character to `widget`, as a keyboard would."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        if char == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
