"""*Revisión para SIMAT* and *Archivo → SIMAT* on the offscreen Qt platform, with a synchronous runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services.demo import DemoSchool
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.storage.local import LocalStore
from desktop_app.ui.simat.actions import SimatActions
from desktop_app.ui.simat.review_window import SimatReviewWindow
from desktop_app.ui.tasks import TaskRunner
from tests.simat.conftest import PlantedSchool


def _actions(school: PlantedSchool, qtbot: QtBot) -> tuple[QMainWindow, SimatActions]:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = SimatActions(window, TaskRunner(synchronous=True), SimatService(school.store, school.context),
                           SimatReconcileService(school.store, school.context), lambda: school.year_id)
    return window, actions


def test_review_window_groups_problems_by_student(school: PlantedSchool, qtbot: QtBot) -> None:
    window, actions = _actions(school, qtbot)
    menu = actions.add_to(window.menuBar().addMenu("Archivo"))
    assert [a.text() for a in menu.actions()] == ["&Revisión y exportación…", "&Comparar con listado SIMAT…"]
    actions.review_action.trigger()
    review_window = actions.review_window
    assert isinstance(review_window, SimatReviewWindow)
    tree = review_window.tree
    assert tree.topLevelItemCount() == 11  # 11 students, one of them with two problems
    children = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
    assert children == 12
    assert "10 filas con errores (11 errores), 1 avisos" in review_window.summary.text()
    eva = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0) == "RUIZ SOTO EVA")
    with qtbot.waitSignal(review_window.open_field) as opened, qtbot.waitSignal(actions.open_student_field) as relayed:
        tree.itemDoubleClicked.emit(eva.child(0), 0)
    assert opened.args == [school.student_ids[3], "NAC_MUN"]
    assert relayed.args == opened.args  # the main window listens to the actions, not to a window made later
    assert [review_window.sede_combo.itemText(i) for i in range(review_window.sede_combo.count())] == [
        "Todas las sedes", "01 · Principal", "02 · Rural"]
    review_window.sede_combo.setCurrentIndex(1)  # sede 01 only: the row without a sede is not in it
    assert len(actions.review_window.review.rows) == 13 and actions.review_window.sede_combo.currentIndex() == 1
    review_window.status_checks["active"].setChecked(False)
    assert actions.review_window.review.rows == ()


def test_export_and_compare_from_the_menu(school: PlantedSchool, qtbot: QtBot, tmp_path: Path) -> None:
    _window, actions = _actions(school, qtbot)
    actions.review_action.trigger()
    actions.export_to(tmp_path / "simat.xlsx", only_valid=True)
    assert actions.message_box is not None
    assert "Se escribieron 4 de 14 matrículas en «simat.xlsx»." in actions.message_box.text()
    assert "revision-simat-2026.xlsx" in actions.message_box.text()
    assert "aún no se han verificado con el Anexo 6A: divipola, estrato" in actions.message_box.text()
    actions.compare(tmp_path / "simat.xlsx")
    window = actions.reconcile_window
    assert window is not None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Sin diferencias (4)", "Con diferencias (0)", "Solo en SIMAT (0)", "Solo aquí (10)",
        "Posibles coincidencias (0)"]
    actions.record_status()
    assert actions.message_box.text() == "Se guardó el estado SIMAT de 14 matrículas."
    actions.export_reconciliation(tmp_path / "comparacion.xlsx")
    assert (tmp_path / "comparacion.xlsx").exists()
    (tmp_path / "otro.csv").write_text("A,B\n1,2\n", encoding="utf-8")
    actions.compare(tmp_path / "otro.csv")
    assert actions.message_box.icon() == QMessageBox.Icon.Warning
    assert actions.message_box.text() == (
        "El archivo no parece un listado del SIMAT: faltan las columnas NRO_DOCUMENTO y CODIGO_DANE.")


def test_simat_settings_tab_shows_errors_under_fields_and_keeps_what_was_typed(
    school: PlantedSchool, qtbot: QtBot
) -> None:
    from desktop_app.services.simat_settings import SimatSettingsService
    from desktop_app.ui.settings.simat_tab import SimatSettingsTab

    service = SimatSettingsService(school.store, school.context)
    tab = SimatSettingsTab(service, TaskRunner(synchronous=True), editable=True)
    qtbot.addWidget(tab)
    assert tab.edits["mun_codigo"].text() == "05001" and tab.sedes.rowCount() == 2
    tab.edits["mun_codigo"].setText("05999")
    tab.edits["zona"].setText("urbana")
    tab.add_sede()
    tab.sedes.item(2, 0).setText("02")
    tab.save()
    assert tab.errors["mun_codigo"].text() == "El municipio 05999 no existe en DIVIPOLA."
    assert tab.errors["zona"].text() == "Escriba solo dígitos."
    assert tab.sedes_error.text() == (
        "Sede de la fila 3: La sede 02 está repetida.\nSede de la fila 3: Escriba el nombre de la sede 02.")
    assert tab.edits["mun_codigo"].text() == "05999" and tab.sedes.rowCount() == 3  # nothing typed is lost
    tab.edits["mun_codigo"].setText("05088")
    tab.edits["zona"].setText("2")
    tab.sedes.item(2, 0).setText("03")
    tab.sedes.item(2, 1).setText("Vereda El Tablazo")
    with qtbot.waitSignal(tab.saved):
        tab.save()
    saved = service.get()
    assert (saved.mun_codigo, saved.zona, saved.codigo_dane) == ("05088", "2", "123456789012")
    assert [s.cons_sede for s in saved.sedes] == ["01", "02", "03"]


def test_reconciliation_window_actions(store: LocalStore, demo: DemoSchool, qtbot: QtBot, tmp_path: Path) -> None:
    import csv

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = SimatActions(window, TaskRunner(synchronous=True), SimatService(store, demo.context),
                           SimatReconcileService(store, demo.context), lambda: demo.current_year_id)
    SimatService(store, demo.context).export(demo.current_year_id, tmp_path / "simat.csv")
    with (tmp_path / "simat.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[1][header.index("GRUPO")] = "Z"
    rows[2][header.index("NRO_DOCUMENTO")] = "77" + rows[2][header.index("NRO_DOCUMENTO")][2:]
    with (tmp_path / "listado.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    actions.compare(tmp_path / "listado.csv")
    reconcile = actions.reconcile_window
    assert reconcile is not None
    assert reconcile.tabs.tabText(1) == "Con diferencias (1)" and reconcile.tabs.tabText(4) == (
        "Posibles coincidencias (1)")
    reconcile.tabs.setCurrentWidget(reconcile.different)
    reconcile.different.selectRow(0)
    assert reconcile.different.item(0, 2).text() == "grupo"
    reconcile.apply_button.click()  # the group of SIMAT is copied; the listing is compared again
    assert reconcile.tabs.tabText(1) == "Con diferencias (0)"
    reconcile.tabs.setCurrentWidget(reconcile.possible)
    reconcile.possible.selectRow(0)
    reconcile.confirm_button.click()
    assert reconcile.tabs.tabText(4) == "Posibles coincidencias (0)"
    assert reconcile.tabs.tabText(0) == f"Sin diferencias ({len(rows) - 1})"
