"""pytest-qt drives *Promoción al año siguiente* end to end on the demo school (real SQLite, real worker
threads for the commit): a missing N+1 is named, outcomes change per row, per group and by pasted documents,
No continúa asks for its reason, the preview counts add up, the result is saved once, and *Deshacer promoción*
undoes it from the list of batches. The menu entry is greyed out, with the reason, for a secretary."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem

from desktop_app.app import Session, build_services
from desktop_app.domain.promotion import Outcome
from desktop_app.services.demo import DemoSchool, load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.promotion import PromotionService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.promotion.models import OUTCOME_COLUMN, REASON_COLUMN
from desktop_app.ui.promotion.wizard import PromotionWizard, group_key
from desktop_app.ui.tasks import TaskRunner


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[LocalStore, DemoSchool]]:
    store = LocalStore.open(tmp_path / "demo.sqlite3")
    school = load_demo_school(store, students=60, seed=5)
    SchoolYearService(store, school.context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
    yield store, school
    store.close()


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    threads = TaskRunner()
    yield threads
    assert threads.wait_for_done(10_000)
    threads.deleteLater()


def open_wizard(qtbot, store: LocalStore, school: DemoSchool, runner: TaskRunner) -> PromotionWizard:  # type: ignore[no-untyped-def]
    years = SchoolYearService(store, school.context).years()
    wizard = PromotionWizard(PromotionService(store, school.context), runner, years,
                             from_year_id=school.current_year_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_promotes_the_demo_school_and_undoes_it(qtbot, qtmodeltester, demo,  # type: ignore[no-untyped-def]
                                                          runner: TaskRunner) -> None:
    store, school = demo
    wizard = open_wizard(qtbot, store, school, runner)
    years = wizard.years_page
    assert years.from_combo.currentText() == "2026" and years.to_combo.currentText() == "2027"
    with qtbot.waitSignal(years.batches.loaded, timeout=10_000):
        pass  # the list is read on the runner
    assert not years.batches.isVisible()  # no earlier promotion
    years.to_combo.setCurrentText("2028")
    wizard.next()  # the plan is read on the runner; the page stays with the reason
    qtbot.waitUntil(lambda: not years.planning, timeout=10_000)
    assert wizard.currentPage() is years
    assert years.message.text() == "No existe el año 2028. Créelo en Archivo → Nuevo año lectivo."
    years.to_combo.setCurrentText("2027")
    wizard.next()

    page = wizard.outcomes_page
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=10_000)
    assert wizard.model is not None and wizard.plan is not None
    model, plan = wizard.model, wizard.plan
    qtmodeltester.check(model)
    assert model.rowCount() == len(plan.candidates) > 0
    assert page.apart.tabText(0) == f"No incluidos ({len(plan.left_out)})" and plan.left_out
    assert page.left_out.count() == len(plan.left_out)
    rows = {c.enrollment_id: row for row, c in enumerate(model.candidates())}
    movable = [c for c in model.candidates() if c.outcome == Outcome.promoted]
    eleventh = [c for c in model.candidates() if c.grade_level == "11"]
    assert eleventh and all(model.decision(c.enrollment_id).outcome == Outcome.graduated for c in eleventh)

    # per row, through the delegate's list (no Promovido(a) is offered after 11°)
    repeater = movable[0]
    index = model.index(rows[repeater.enrollment_id], OUTCOME_COLUMN)
    delegate = page.view.itemDelegateForColumn(OUTCOME_COLUMN)
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Promovido(a)", "Repitente", "Graduado(a)", "No continúa"]
    editor.setCurrentIndex(editor.findData(str(Outcome.repeats)))
    delegate.setModelData(editor, model, index)
    assert model.decision(repeater.enrollment_id).outcome == Outcome.repeats
    last = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(),
                                 model.index(rows[eleventh[0].enrollment_id], OUTCOME_COLUMN))
    assert isinstance(last, QComboBox) and last.findData(str(Outcome.promoted)) == -1

    # No continúa by pasting the Comisión's list: first refused without a reason, then applied
    leaver = movable[1]
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData(str(Outcome.leaves)))
    page.apply_pasted(leaver.document.split()[-1] + "\n99999999")
    assert page.message.text() == "Escriba el motivo de «No continúa» antes de marcar."
    assert model.decision(leaver.enrollment_id).outcome == Outcome.promoted
    page.reason_edit.setText("Traslado a Cali")
    page.apply_pasted(leaver.document.split()[-1] + "\n99999999")
    assert model.decision(leaver.enrollment_id).reason == "Traslado a Cali"
    assert page.message.text() == "Marcados: 1. No son candidatos: 99999999."

    # a whole group repeats; 11° cannot be Promovido(a)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData(str(Outcome.promoted)))
    page.group_combo.setCurrentIndex(page.group_combo.findData(group_key("11", eleventh[0].group_code)))
    page.apply_to_group()
    assert "Sin grado siguiente" in page.message.text()
    assert model.decision(eleventh[0].enrollment_id).outcome == Outcome.graduated

    # a No continúa set in the table without a reason stops the wizard on this page
    third = movable[2]
    assert model.setData(model.index(rows[third.enrollment_id], OUTCOME_COLUMN), str(Outcome.leaves))
    wizard.next()
    assert wizard.currentPage() is page
    assert page.message.text() == f"Falta el motivo de «No continúa» de {third.student_name}."
    assert model.setData(model.index(rows[third.enrollment_id], REASON_COLUMN), "Cambio de colegio")
    qtmodeltester.check(model)
    wizard.next()

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    totals_row = preview.table.rowCount() - 1
    assert preview.table.item(totals_row, 4).text() == str(len(plan.candidates))
    assert preview.table.item(totals_row, 3).text() == "2"  # two No continúa
    assert preview.table.item(totals_row, 1).text() == "1"  # one repeater
    assert wizard.button(wizard.WizardButton.NextButton).text() == "Guardar promoción"
    wizard.next()

    result_page = wizard.result_page
    qtbot.waitUntil(result_page.isComplete, timeout=10_000)
    result = result_page.result
    assert result is not None and "Promoción guardada" in result_page.summary.text()
    assert result.counts[Outcome.repeats] == 1 and result.counts[Outcome.leaves] == 2
    assert sum(result.counts.values()) == len(plan.candidates)
    enrollments = EnrollmentService(store, school.context)
    new = {row.student_id: row for row in enrollments.rows(list(result.created_enrollment_ids))}
    assert new[repeater.student_id].extra_data["simat"] == {"repitente": True}
    assert leaver.student_id not in new and third.student_id not in new
    assert enrollments.get(eleventh[0].enrollment_id).status == "graduated"
    wizard.accept()

    # a second run finds nobody to promote and says why
    rerun = open_wizard(qtbot, store, school, runner)
    rerun.next()
    qtbot.waitUntil(lambda: rerun.currentPage() is rerun.outcomes_page, timeout=10_000)
    assert rerun.model is not None and rerun.model.rowCount() == 0
    assert rerun.outcomes_page.message.text() == (
        "No hay estudiantes en «Matriculado(a)» por promover: vea las listas de abajo.")
    assert rerun.outcomes_page.apart.tabText(1) == f"Ya matriculados en 2027 ({len(result.created_enrollment_ids)})"
    rerun.close()

    # Deshacer promoción from the list of batches of a new wizard
    again = open_wizard(qtbot, store, school, runner)
    box = again.years_page.batches
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    assert box.list.count() == 1
    box.list.setCurrentRow(0)
    assert box.undo_button.isEnabled()
    box.undo_selected()
    qtbot.waitUntil(lambda: box.list.count() == 0, timeout=10_000)
    assert box.message.text().startswith("Promoción deshecha")
    assert enrollments.get(eleventh[0].enrollment_id).status == "active"
    assert enrollments.rows(list(result.created_enrollment_ids)) == []


def test_the_menu_opens_the_wizard_and_is_greyed_out_for_a_secretary(qtbot, store: LocalStore,  # type: ignore[no-untyped-def]
                                                                    session: Session) -> None:
    window = MainWindow(build_services(store, session, TaskRunner(synchronous=True)))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.promotion_action in file_menu.actions()  # type: ignore[union-attr]
    assert window.promotion_action.text() == "&Promoción al año siguiente…"
    wizard = window.promote_students()
    assert wizard is not None and wizard.isVisible() and wizard.windowTitle() == "Promoción al año siguiente"
    wizard.close()

    secretary = dataclasses.replace(session.context, roles=frozenset({"secretary"}))
    window = MainWindow(build_services(store, Session(secretary, session.mode), TaskRunner(synchronous=True)))
    qtbot.addWidget(window)
    assert not window.promotion_action.isEnabled()
    assert window.promotion_action.toolTip() == "Su rol no permite crear matrículas y registrar graduaciones."
    assert window.promote_students() is None and window.findChild(PromotionWizard) is None
    assert Qt.WidgetAttribute.WA_DeleteOnClose  # the wizard is freed when closed (set by the window)
