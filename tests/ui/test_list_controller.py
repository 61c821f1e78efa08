"""The one list controller of the three list screens: stale answers dropped, first rows fetched off the UI
thread, cell texts formatted once per block (not on every paint), selection kept across reloads."""

from __future__ import annotations

import threading
from datetime import date

from desktop_app.services.dto import StudentDraft, StudentQuery
from desktop_app.ui.context import UiServices
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.view import StudentsView


def _add_students(services: UiServices, count: int) -> None:
    for number in range(count):
        services.students.create(StudentDraft("TI", str(1_000_000_000 + number), f"Estudiante Prueba {number:03d}",
                                              date(2012, 1, 1)))


def test_first_block_is_fetched_on_the_worker_and_painting_formats_nothing(qtbot, threaded_services: UiServices) -> None:  # type: ignore[no-untyped-def]
    _add_students(threaded_services, 150)
    view = StudentsView(threaded_services)
    qtbot.addWidget(view)
    fetch_threads: list[threading.Thread] = []
    fetch = view.model._fetch_rows

    def recording_fetch(ids: list[str]) -> list:
        fetch_threads.append(threading.current_thread())
        return fetch(ids)

    view.model._fetch_rows = recording_fetch
    with qtbot.waitSignal(view.ids_loaded, timeout=10_000):
        view.reload()
    view.resize(1000, 600)
    view.show()
    view.table.viewport().grab()
    assert view.model.rowCount() == 150
    assert fetch_threads and all(t is not threading.main_thread() for t in fetch_threads)

    formatted: list[int] = []
    value = view.model._columns[0].value
    view.model._columns[0] = view.model._columns[0].__class__(
        view.model._columns[0].key, view.model._columns[0].header,
        lambda row: formatted.append(1) or value(row), view.model._columns[0].sort_key,
    )
    view.table.viewport().grab()
    view.table.viewport().grab()
    assert formatted == []  # repaints read cached texts
    view.table.scrollToBottom()
    view.table.viewport().grab()
    # only the block(s) scrolled to were fetched, each formatted once: a multiple of the block size, not of paints
    block = view.model.BLOCK_SIZE
    assert formatted and len(formatted) % block == 0 and len(formatted) <= 150 - block
    assert view.model.index(149, 0).data() == "Estudiante Prueba 149"


def test_a_stale_answer_is_dropped_and_the_selection_survives_a_reload(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    _add_students(services, 5)
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.reload()
    view.select_student(view.model.id_at(3) or "")
    chosen = view.current_student_id()
    view.list._on_loaded(view.list._generation - 1, ([], view.model.prefetch_first_block([])))  # late answer
    assert view.model.rowCount() == 5
    view.reload()
    assert view.current_student_id() == chosen and view.model.rowCount() == 5
    view.list.set_query(StudentQuery(text="prueba 004"))
    assert view.model.rowCount() == 1 and view.query().text == "prueba 004"


def test_the_hidden_matriculas_tab_queries_nothing_before_the_student_list(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    enrollments = window.enrollments_view
    assert enrollments.year_combo.count() == 0 and not enrollments.list.loaded_once()
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.start()
    qtbot.waitUntil(enrollments.list.loaded_once, timeout=5000)  # right after the first list, not before


def test_the_hidden_tabs_are_built_after_the_student_list_or_when_first_opened(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    placeholders = [window.tabs.widget(index) for index in (1, 2)]
    assert window.tabs.count() == 3 and window.tabs.tabText(2) == "&Matrículas"
    window.tabs.setCurrentIndex(1)  # opening a tab builds its screen in place
    assert window.tabs.currentWidget() is window.guardians_view and window.tabs.currentIndex() == 1
    assert window.tabs.widget(2) is placeholders[1]
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.start()
    qtbot.waitUntil(lambda: window.tabs.widget(2) is not placeholders[1], timeout=5000)
    assert window.tabs.widget(2) is window.enrollments_view and window.tabs.currentIndex() == 1
    assert window.tabs.tabText(2) == "&Matrículas"
