"""A search field that reports its text once the user pauses typing."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """Emits `search_changed(text)` after `DEBOUNCE_MS` without keystrokes, so a fast typist runs one query."""

    search_changed = Signal(str)
    DEBOUNCE_MS = 180

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)

    def set_debounce(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def flush(self) -> bool:
        """Reports a pending search now (Enter should not wait for the pause); True if one was pending."""
        if not self._timer.isActive():
            return False
        self._timer.stop()
        self.search_changed.emit(self.text())
        return True

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        # the clear button and setText() do not emit textEdited; an empty box should refresh at once
        if not text:
            self._timer.stop()
            self.search_changed.emit("")

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.search_changed.emit(self.text())
