"""*Promoción al año siguiente*: years → one outcome per student → preview (counts per grade × outcome) →
saved. Planning is one quick read; the commit (one service call, one write) runs on the task runner with
progress, and a failure leaves the wizard on its result page with a way back to the preview, nothing lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.grades import GRADE_ORDER
from desktop_app.domain.promotion import Outcome
from desktop_app.services.dto import SchoolYearRow
from desktop_app.services.promotion import (
    Decision,
    PromotionPlan,
    PromotionResult,
    PromotionService,
    mark_pasted,
)
from desktop_app.ui.errors import error_text
from desktop_app.ui.labels import grade_label
from desktop_app.ui.promotion.batches import PromotionBatchesBox
from desktop_app.ui.promotion.models import OUTCOME_COLUMN, CandidatesModel, OutcomeDelegate, outcome_label
from desktop_app.ui.tasks import TaskRunner

translate = QCoreApplication.translate


def _refusal_text(error: BaseException) -> str:
    return error_text(error)


def following_name(name: str) -> str:
    """"2026" → "2027"; other names are left for the user to type."""
    return str(int(name) + 1) if name.isdigit() else ""


def group_key(grade: str, group: str | None) -> str:
    """The group combo's data (a plain string: Qt does not find tuples among item data)."""
    return f"{grade}|{group or ''}"


class YearsPage(QWizardPage):
    def __init__(self, wizard: PromotionWizard, years: Sequence[SchoolYearRow], from_year_id: str | None) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("PromotionWizard", "Años lectivos"))
        self.setSubTitle(translate("PromotionWizard", "Los estudiantes en «Matriculado(a)» del año de origen pasan "
                                                      "al año siguiente, que debe existir."))
        self.from_combo = QComboBox()
        for year in years:
            self.from_combo.addItem(year.name, year.id)
        self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(from_year_id)))
        self.to_combo = QComboBox()
        self.to_combo.setEditable(True)
        self.to_combo.addItems([year.name for year in years])
        self.from_combo.currentIndexChanged.connect(self._propose_target)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PromotionWizard", "Año de origen (N):"), self.from_combo)
        form.addRow(translate("PromotionWizard", "Año siguiente (N+1):"), self.to_combo)
        self.batches = PromotionBatchesBox(wizard.service, wizard.runner)
        self._planned: tuple[tuple[str, str], PromotionPlan] | None = None
        self.planning = False
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.batches)
        self._propose_target()

    def _propose_target(self) -> None:
        self.to_combo.setCurrentText(following_name(self.from_combo.currentText()))

    def validatePage(self) -> bool:
        from_year, to_name = self.from_combo.currentData(), self.to_combo.currentText().strip()
        if not from_year or not to_name:
            self._show_error(translate("PromotionWizard", "Elija el año de origen y escriba el año siguiente."))
            return False
        key = (str(from_year), to_name)
        if self._planned is not None and self._planned[0] == key:  # the plan read on the runner is here
            plan, self._planned = self._planned[1], None
            self._wizard.set_plan(plan, self.from_combo.currentText(), to_name)
            return True
        self.planning = True
        self.message.setStyleSheet("")
        self.message.setText(translate("PromotionWizard", "Leyendo las matrículas de {year}…").format(
            year=self.from_combo.currentText()))
        service = self._wizard.service
        self._wizard.runner.operation(lambda _progress: service.plan(*key)).on_success(
            lambda plan: self._on_planned(key, plan)).on_error(self._on_refused).start()
        return False

    def _on_planned(self, key: tuple[str, str], plan: PromotionPlan) -> None:
        self.planning = False
        self.message.clear()
        self._planned = (key, plan)
        QTimer.singleShot(0, self._wizard.next)  # not from inside validatePage (a synchronous runner)

    def _on_refused(self, error: BaseException) -> None:
        self.planning = False
        self._show_error(_refusal_text(error))  # shown on the page; the choice stays

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)


class PasteDialog(QDialog):
    """The Comisión de Evaluación y Promoción's list of document numbers, pasted from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PromotionWizard", "Pegar documentos"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("PromotionWizard", "Un número de documento por línea (o separados "
                                                                  "por comas, punto y coma o espacios)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class OutcomesPage(QWizardPage):
    def __init__(self, wizard: PromotionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("PromotionWizard", "Resultado de cada estudiante"))
        self.view = QTableView()
        self.view.setItemDelegateForColumn(OUTCOME_COLUMN, OutcomeDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.group_combo = QComboBox()
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome_label(outcome), str(outcome))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(translate("PromotionWizard", "Motivo (obligatorio para «No continúa»)"))
        self.group_button = QPushButton(translate("PromotionWizard", "Aplicar al grupo"))
        self.group_button.clicked.connect(self.apply_to_group)
        self.paste_button = QPushButton(translate("PromotionWizard", "Pegar documentos…"))
        self.paste_button.setToolTip(translate("PromotionWizard", "La lista de la Comisión de Evaluación y "
                                                                  "Promoción: aplica el resultado elegido"))
        self.paste_button.clicked.connect(self.open_paste)
        self.paste_dialog: PasteDialog | None = None
        marking = QHBoxLayout()
        for widget in (QLabel(translate("PromotionWizard", "Marcar como")), self.outcome_combo, self.reason_edit,
                       QLabel(translate("PromotionWizard", "el grupo")), self.group_combo, self.group_button,
                       self.paste_button):
            marking.addWidget(widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.left_out = QListWidget()
        self.already = QListWidget()
        self.apart = QTabWidget()
        self.apart.setMaximumHeight(130)
        self.apart.addTab(self.left_out, "")
        self.apart.addTab(self.already, "")
        layout = QVBoxLayout(self)
        layout.addLayout(marking)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.apart)

    def initializePage(self) -> None:
        plan, model = self._wizard.plan, self._wizard.model
        assert plan is not None and model is not None
        self.setSubTitle(translate("PromotionWizard", "{n} estudiantes en «Matriculado(a)» de {year}. Cambie el "
                                                      "resultado en la tabla, por grupo o pegando documentos.").format(
            n=len(plan.candidates), year=self._wizard.from_name))
        self.view.setModel(model)
        self.group_combo.clear()
        groups = sorted({(c.grade_level, c.group_code or "") for c in plan.candidates},
                        key=lambda g: (GRADE_ORDER.get(g[0], 99), g[1]))
        for grade, group in groups:
            self.group_combo.addItem(" · ".join(p for p in (grade_label(grade), group) if p), group_key(grade, group))
        self.left_out.clear()
        self.left_out.addItems([f"{name} — {why}" for name, why in plan.left_out])
        self.already.clear()
        self.already.addItems(plan.already_enrolled)
        self.apart.setTabText(0, translate("PromotionWizard", "No incluidos ({n})").format(n=len(plan.left_out)))
        self.apart.setTabText(1, translate("PromotionWizard", "Ya matriculados en {year} ({n})").format(
            year=self._wizard.to_name, n=len(plan.already_enrolled)))
        self.message.setText("" if plan.candidates else translate(
            "PromotionWizard", "No hay estudiantes en «Matriculado(a)» por promover: vea las listas de abajo."))

    def _chosen(self) -> Decision | None:
        outcome = Outcome(str(self.outcome_combo.currentData()))
        reason = self.reason_edit.text().strip()
        if outcome == Outcome.leaves and not reason:
            self.message.setText(translate("PromotionWizard", "Escriba el motivo de «No continúa» antes de marcar."))
            self.reason_edit.setFocus()
            return None
        return Decision(outcome, reason if outcome == Outcome.leaves else None)

    def _apply(self, decisions: dict[str, Decision], note: str) -> None:
        model = self._wizard.model
        assert model is not None
        refused = model.set_decisions(decisions)
        marked = len(decisions) - len(refused)
        text = translate("PromotionWizard", "Marcados: {n}.").format(n=marked)
        if refused:
            text += " " + translate("PromotionWizard", "Sin grado siguiente (no pueden ser Promovido(a)): "
                                                       "{names}.").format(names=", ".join(c.student_name for c in refused))
        self.message.setText(" ".join(t for t in (text, note) if t))

    def apply_to_group(self) -> None:
        decision, model = self._chosen(), self._wizard.model
        if decision is None or model is None or self.group_combo.currentData() is None:
            return
        key = str(self.group_combo.currentData())
        self._apply({c.enrollment_id: decision for c in model.candidates()
                     if group_key(c.grade_level, c.group_code) == key}, "")

    def open_paste(self) -> PasteDialog:
        self.paste_dialog = PasteDialog(self)
        self.paste_dialog.accepted.connect(lambda: self.apply_pasted(self.paste_dialog.text.toPlainText()
                                                                     if self.paste_dialog else ""))
        self.paste_dialog.open()
        return self.paste_dialog

    def apply_pasted(self, pasted: str) -> None:
        decision, plan = self._chosen(), self._wizard.plan
        if decision is None or plan is None:
            return
        decisions, unknown = mark_pasted(plan, pasted, decision)
        note = translate("PromotionWizard", "No son candidatos: {numbers}.").format(
            numbers=", ".join(unknown)) if unknown else ""
        self._apply(decisions, note)

    def validatePage(self) -> bool:
        model = self._wizard.model
        assert model is not None
        row = model.missing_reason()
        if row is None:
            return True
        candidate = model.candidate(row)
        assert candidate is not None
        self.view.selectRow(row)
        self.message.setText(translate("PromotionWizard", "Falta el motivo de «No continúa» de {name}.").format(
            name=candidate.student_name))
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: PromotionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("PromotionWizard", "Vista previa"))
        self.setSubTitle(translate("PromotionWizard", "Estudiantes por grado y resultado."))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("PromotionWizard", "Guardar promoción"))
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        plan, model = self._wizard.plan, self._wizard.model
        assert plan is not None and model is not None
        counts = plan.counts(model.decisions())
        grades = sorted({grade for grade, _ in counts}, key=lambda g: GRADE_ORDER.get(g, 99))
        outcomes = list(Outcome)
        self.table.clear()
        self.table.setRowCount(len(grades) + 1)
        self.table.setColumnCount(len(outcomes) + 1)
        self.table.setHorizontalHeaderLabels([*(outcome_label(o) for o in outcomes),
                                              translate("PromotionWizard", "Total")])
        self.table.setVerticalHeaderLabels([*(grade_label(g) for g in grades), translate("PromotionWizard", "Total")])
        for row, grade in enumerate([*grades, None]):
            values = [sum(n for (g, o), n in counts.items() if o == outcome and grade in (None, g))
                      for outcome in outcomes]
            for column, value in enumerate([*values, sum(values)]):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        totals = {o: sum(n for (_g, oo), n in counts.items() if oo == o) for o in outcomes}
        self.summary.setText(translate(
            "PromotionWizard", "Se crearán {new} matrículas en {year} (en «Documentos pendientes», como estudiantes "
                               "antiguos), se graduarán {graduated} y {leaves} no continúan. Nada se guarda hasta "
                               "«Guardar promoción».").format(
            new=totals[Outcome.promoted] + totals[Outcome.repeats], year=self._wizard.to_name,
            graduated=totals[Outcome.graduated], leaves=totals[Outcome.leaves]))


class ResultPage(QWizardPage):
    def __init__(self, wizard: PromotionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("PromotionWizard", "Promoción"))
        self.setSubTitle(translate("PromotionWizard", "Un solo guardado: todo o nada."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(translate("PromotionWizard", "Volver a la vista previa"))
        self.back_button.clicked.connect(wizard.back)
        self.back_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.result: PromotionResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.back_button.hide()
        self.summary.setText(translate("PromotionWizard", "Guardando…"))
        self._wizard.commit(self._on_saved, self._on_failed)

    def isComplete(self) -> bool:
        return self.result is not None

    def _on_saved(self, result: PromotionResult) -> None:
        self.result = result
        counts = result.counts
        self.summary.setText(translate(
            "PromotionWizard", "Promoción guardada (lote {short}): {promoted} promovidos, {repeats} repitentes, "
                               "{graduated} graduados, {leaves} no continúan; {created} matrículas nuevas en {year} "
                               "en «Documentos pendientes». Puede deshacerla en Archivo → Promoción al año "
                               "siguiente… → Promociones anteriores.").format(
            short=result.batch[:8], promoted=counts[Outcome.promoted], repeats=counts[Outcome.repeats],
            graduated=counts[Outcome.graduated], leaves=counts[Outcome.leaves],
            created=len(result.created_enrollment_ids), year=self._wizard.to_name))
        self.completeChanged.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.summary.setText(translate("PromotionWizard", "No se guardó nada: {reason}").format(
            reason=_refusal_text(error)))
        self.back_button.show()


class PromotionWizard(QWizard):
    def __init__(self, service: PromotionService, runner: TaskRunner, years: Sequence[SchoolYearRow], *,
                 from_year_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PromotionWizard", "Promoción al año siguiente"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # once saved, only Finalizar
        self.service, self.runner = service, runner
        self.plan: PromotionPlan | None = None
        self.model: CandidatesModel | None = None
        self.from_name = self.to_name = ""
        self.committing = False
        self.years_page = YearsPage(self, years, from_year_id)
        self.outcomes_page = OutcomesPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.years_page, self.outcomes_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(980, 640)

    def set_plan(self, plan: PromotionPlan, from_name: str, to_name: str) -> None:
        self.plan, self.from_name, self.to_name = plan, from_name, to_name
        self.model = CandidatesModel(plan.candidates, self)

    def commit(self, on_saved: Callable[[PromotionResult], None],
               on_failed: Callable[[BaseException], None]) -> None:
        """One service call (one write) on the runner, with progress; the wizard cannot close meanwhile."""
        assert self.plan is not None and self.model is not None
        service, plan, decisions = self.service, self.plan, self.model.decisions()
        to_name = self.to_name
        self.committing = True

        def done(result: PromotionResult) -> None:
            self.committing = False
            on_saved(result)
            self.years_page.batches.refresh()

        def failed(error: BaseException) -> None:
            self.committing = False
            on_failed(error)

        self.runner.operation(
            lambda progress: service.commit(plan.from_year_id, to_name, decisions, progress=progress)
        ).on_success(done).on_error(failed).with_progress(
            self, translate("PromotionWizard", "Guardando la promoción…")).start()

    def reject(self) -> None:
        # closing mid-commit would leave the saved result unseen; mid-read, the answer would find no page
        if not (self.committing or self.years_page.planning):
            super().reject()
