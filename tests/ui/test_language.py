"""Spanish by default; the English Qt Linguist translation turns the whole window into English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.context import UiServices
from desktop_app.ui.i18n import install_translators, remove_translators, save_language, saved_language
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.form import StudentDialog


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)
    install_translators(qapp, "es")


def test_window_is_spanish_by_default(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert saved_language() == "es"
    assert [main_window.tabs.tabText(index) for index in range(3)] == ["&Estudiantes", "&Acudientes", "&Matrículas"]
    assert main_window.mode_label.text() == "Modo: Local"
    assert "solo en este computador" in main_window.banner.label.text()


def test_english_translation_covers_window_tables_and_forms(qtbot, english: None, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    assert [window.tabs.tabText(index) for index in range(3)] == ["&Students", "&Guardians", "&Enrollments"]
    assert window.mode_label.text() == "Mode: Local"
    assert window.banner.label.text() == "Local mode: data is saved on this computer only."
    assert window.students_view.search_box.placeholderText() == "Search by name or document (Ctrl+F)"
    headers = [
        window.students_view.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(window.students_view.model.columnCount())
    ]
    assert headers == ["Full name", "Document", "Birth date", "Grade and group", "Enrollment", "Status"]
    dialog = StudentDialog(services, None, window)
    assert dialog.windowTitle() == "New student"
    assert [dialog.tabs.tabText(index) for index in range(2)] == ["Student details", "Guardians"]
    assert dialog.save_button.text() == "Save"
    assert dialog.birth_date_edit.placeholderText() == "dd/mm/yyyy"
    assert dialog.save_anyway_button.text() == "Save anyway"


def test_chosen_language_is_remembered(qapp: QApplication) -> None:
    save_language("en")
    assert saved_language() == "en"
    save_language("xx")
    assert saved_language() == "es"


def test_qt_own_dialogs_are_translated_too(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    translators = install_translators(qapp, "es")
    try:
        assert any(translator.filePath().endswith("qtbase_es.qm") for translator in translators)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        remove_translators(qapp, translators)


def test_domain_labels_follow_the_screen_language(english: None) -> None:
    from desktop_app.domain.documents import DOCUMENT_TYPES
    from desktop_app.domain.grades import GRADES
    from desktop_app.domain.relationships import RELATIONSHIPS
    from desktop_app.domain.shifts import SHIFTS, shift_label
    from desktop_app.ui import labels

    assert dict(labels.grades())[GRADES[2].code] == "Transition"
    assert labels.grade_label(GRADES[8].code) == "6°"  # the same in every language
    morning = next(code for code, shift in SHIFTS.items() if shift.label == "Mañana")
    assert labels.shift_label(morning) == "Morning" and shift_label(morning) == "Mañana"  # printed: Spanish
    assert dict(labels.document_types())["TI"] == "TI — Identity card"
    assert "Mother" in dict(labels.relationships()).values()
    # every domain label that differs by language is in the catalog's list
    domain = {g.label for g in GRADES} | {s.label for s in SHIFTS.values()} | {d.label for d in DOCUMENT_TYPES.values()}
    domain |= {getattr(r, "label", r) for r in RELATIONSHIPS.values()}
    untranslatable = {label for label in domain if label[0].isdigit() or label.startswith("CLEI")}
    assert domain - untranslatable == labels.DOMAIN_LABELS
