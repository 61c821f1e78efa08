"""The Revisión window: grouped lines with the reason and all the data typed; the model passes qtmodeltester."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.sync_review import SyncReviewService
from desktop_app.sync.review import StoreReviewSource
from desktop_app.ui.sync_review.model import ReviewTableModel
from desktop_app.ui.sync_review.window import SyncReviewWindow
from tests.services.test_sync_review import make_store


def test_the_review_model_passes_the_qt_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = ReviewTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_summary(SyncReviewService(StoreReviewSource(make_store(tmp_path))).summary())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_the_window_lists_entries_by_kind_and_shows_the_reason_and_the_data_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = SyncReviewWindow(SyncReviewService(StoreReviewSource(make_store(tmp_path))))
    qtbot.addWidget(window)
    model = window.model
    kinds = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert kinds == ["Cambio rechazado", "Posible duplicado", "Conflicto de datos", "Cambio de estado no válido"]
    assert "4 casos por revisar" in window.summary_label.text()
    assert model.data(model.index(0, 2)) == "No tiene permiso para crear estudiantes."
    assert "Luisa Gómez" in model.data(model.index(0, 3))  # type: ignore[operator]
    assert model.data(model.index(0, 1)) == "Estudiantes"
    assert model.data(model.index(2, 2)) == "El dato cambió en el servidor y en este equipo."
    assert model.data(model.index(2, 3)) == "Nombre completo: «Ana» / «Ana María»"
    details = window.details.toPlainText()  # the first line is selected
    assert "No tiene permiso para crear estudiantes." in details and "Número de documento: 1012345678" in details

    assert not any(button.isEnabled() for button in window._buttons())  # no connection given: read-only
    window.table.selectRow(1)
    assert "Pedro Ruiz" in window.details.toPlainText() and "Pedro Ríos" in window.details.toPlainText()
    window.table.selectRow(2)
    assert "Campo «Nombre completo»: en el servidor «Ana», en este equipo «Ana María»" in window.details.toPlainText()


def test_archivo_revision_opens_the_window_and_the_status_bar_counts_cases(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.sync_review.actions import SyncReviewActions

    empty = tmp_path / "empty"
    empty.mkdir()
    quiet = SyncReviewActions(main_window, SyncReviewService(StoreReviewSource(make_empty_store(empty))))
    assert quiet._count_runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: not quiet._counting)
    assert quiet.count_label.isHidden() and quiet.count_label.text() == ""

    actions = SyncReviewActions(main_window, SyncReviewService(StoreReviewSource(make_store(tmp_path))))
    file_menu = main_window.menuBar().actions()[0].menu()
    titles = [action.text() for action in file_menu.actions()]
    assert "&Revisión…" in titles and titles[-1] == "&Salir"
    qtbot.waitUntil(lambda: actions.count_label.text() == "Revisión: 4")  # counted off the UI thread
    assert not actions.count_label.isHidden()
    actions.action.trigger()
    assert actions.review_window is not None and actions.review_window.isVisible()
    assert actions.review_window.model.rowCount() == 4
    actions.review_window.close()


def make_empty_store(directory: Path) -> Path:
    from desktop_app.storage.local.store import LocalStore

    path = directory / "store.sqlite3"
    LocalStore.open(path).close()
    return path


def test_the_review_texts_read_in_english_with_the_english_catalog(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.i18n import install_translators, remove_translators
    from desktop_app.ui.sync_review.actions import count_text
    from desktop_app.ui.sync_review.model import kind_label

    assert kind_label("duplicate_suspect") == "Posible duplicado" and count_text(2) == "Revisión: 2"
    translators = install_translators(qapp, "en")
    try:
        assert kind_label("duplicate_suspect") == "Possible duplicate" and count_text(2) == "Review: 2"
    finally:
        remove_translators(qapp, translators)
