"""The one list controller of the three list screens: stale answers dropped, first rows and the blocks scrolled
to fetched off the UI thread, cell texts formatted once per block (not on every paint), selection kept across
reloads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from desktop_app.services.dto import StudentDraft, StudentQuery
from desktop_app.ui.context import UiServices
from desktop_app.ui.id_table_model import Column, IdTableModel
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.students.view import StudentsView
from desktop_app.ui.tasks import TaskRunner


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
    with qtbot.waitSignal(view.model.block_loaded, timeout=10_000):
        view.table.scrollToBottom()
        view.table.viewport().grab()  # paints the rows scrolled to empty and asks the worker for them
    qtbot.waitUntil(lambda: not view.model._pending, timeout=10_000)
    view.table.viewport().grab()
    # only the block(s) scrolled to were fetched, each formatted once: a multiple of the block size, not of paints
    block = view.model.BLOCK_SIZE
    assert formatted and len(formatted) % block == 0 and len(formatted) <= 150 - block
    assert view.model.index(149, 0).data() == "Estudiante Prueba 149"
    # the blocks scrolled to were read on the worker too: the UI thread never waited for the database
    assert len(fetch_threads) > 1 and all(t is not threading.main_thread() for t in fetch_threads)


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


@dataclass(frozen=True)
class _Row:
    id: str


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_done(10_000)
    tasks.deleteLater()


def _blocked_model(runner: TaskRunner, release: threading.Event, fetched: list[list[str]]) -> IdTableModel:
    """A real model on a real runner whose row reads wait for `release` (so the test decides what comes first)."""

    def fetch(ids: list[str]) -> list[_Row]:
        fetched.append(list(ids))
        assert release.wait(10)
        return [_Row(item_id) for item_id in ids]

    model = IdTableModel([Column("id", lambda: "Id", lambda row: f"fila {row.id}")], fetch, runner)
    model.load_blocks_with(runner)
    return model


def test_a_block_read_for_a_list_that_was_replaced_is_dropped(qtbot, qapp, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    release, fetched = threading.Event(), []
    model = _blocked_model(runner, release, fetched)
    model.set_ids([f"viejo{n}" for n in range(120)])
    assert model.index(60, 0).data() is None  # asked of the worker: the UI thread does not wait for it
    qtbot.waitUntil(lambda: len(fetched) == 1, timeout=5000)
    model.set_ids([f"nuevo{n}" for n in range(120)])  # a new search while the old block is being read
    release.set()
    assert runner.wait_for_done(10_000)
    qapp.processEvents()
    assert 1 not in model._blocks  # the old list's rows never reach the new list
    with qtbot.waitSignal(model.block_loaded, timeout=5000):
        assert model.index(60, 0).data() is None
    assert model.index(60, 0).data() == "fila nuevo60"


def test_a_scroll_bar_drag_reads_only_the_latest_blocks_asked_for(qtbot, qapp, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    release, fetched = threading.Event(), []
    model = _blocked_model(runner, release, fetched)
    model.set_ids([f"e{n}" for n in range(model.BLOCK_SIZE * 10)])
    model.index(model.BLOCK_SIZE * 1, 0).data()
    qtbot.waitUntil(lambda: len(fetched) == 1, timeout=5000)  # block 1 is being read
    for block in range(2, 8):  # the drag passes six more blocks while block 1 is read
        model.index(model.BLOCK_SIZE * block, 0).data()
    release.set()
    assert runner.wait_for_done(10_000)
    qapp.processEvents()
    read = [int(ids[0][1:]) // model.BLOCK_SIZE for ids in fetched]
    assert read == [1, 4, 5, 6, 7]  # blocks 2 and 3 were scrolled past before their turn: not read
    assert model.index(model.BLOCK_SIZE * 7, 0).data() == f"fila e{model.BLOCK_SIZE * 7}"
