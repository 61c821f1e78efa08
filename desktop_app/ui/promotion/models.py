"""The promotion's candidates as a Qt table: one outcome per student (editable), where each goes next year and
the reason of a *No continúa*; plus the combo-box delegate that offers only the outcomes a student can have."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.domain.promotion import OUTCOME_LABELS, Outcome, next_grade, proposed_group
from desktop_app.services.promotion import Candidate, Decision
from desktop_app.ui.labels import grade_label

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
# Marked for lupdate: the outcomes' Spanish names are the domain's labels.
_OUTCOME_TEXTS = (QT_TRANSLATE_NOOP("PromotionOutcome", "Promovido(a)"),
                  QT_TRANSLATE_NOOP("PromotionOutcome", "Repitente"),
                  QT_TRANSLATE_NOOP("PromotionOutcome", "Graduado(a)"),
                  QT_TRANSLATE_NOOP("PromotionOutcome", "No continúa"))
OUTCOME_COLUMN, REASON_COLUMN = 4, 6


def outcome_label(outcome: Outcome) -> str:
    return translate("PromotionOutcome", OUTCOME_LABELS[outcome])


def possible_outcomes(candidate: Candidate) -> list[Outcome]:
    """After 11° and CLEI 6 there is no next grade: Promovido(a) is not offered."""
    return [o for o in Outcome if o != Outcome.promoted or next_grade(candidate.grade_level) is not None]


class CandidatesModel(QAbstractTableModel):
    """Estudiante, Documento, Grado, Grupo, Resultado (EditRole: the Outcome value), Año siguiente, Motivo
    (editable for No continúa). Starts from each candidate's default outcome."""

    def __init__(self, candidates: Iterable[Candidate], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(candidates)
        self._decisions = {c.enrollment_id: Decision(c.outcome) for c in self._rows}

    def candidate(self, row: int) -> Candidate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def candidates(self) -> list[Candidate]:
        return list(self._rows)

    def decision(self, enrollment_id: str) -> Decision:
        return self._decisions[enrollment_id]

    def decisions(self) -> dict[str, Decision]:
        return dict(self._decisions)

    def set_decisions(self, decisions: dict[str, Decision]) -> list[Candidate]:
        """Apply outcomes by enrollment id; returns the candidates that cannot take theirs (last grade)."""
        refused = []
        for candidate in self._rows:
            decision = decisions.get(candidate.enrollment_id)
            if decision is None:
                continue
            if decision.outcome not in possible_outcomes(candidate):
                refused.append(candidate)
                continue
            reason = decision.reason if decision.outcome == Outcome.leaves else None
            self._decisions[candidate.enrollment_id] = Decision(decision.outcome, reason)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        return refused

    def missing_reason(self) -> int | None:
        """The first row marked No continúa without a reason."""
        return next((row for row, c in enumerate(self._rows)
                     if self._decisions[c.enrollment_id].outcome == Outcome.leaves
                     and not (self._decisions[c.enrollment_id].reason or "").strip()), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (translate("PromotionCandidates", "Estudiante"), translate("PromotionCandidates", "Documento"),
                   translate("PromotionCandidates", "Grado"), translate("PromotionCandidates", "Grupo"),
                   translate("PromotionCandidates", "Resultado"), translate("PromotionCandidates", "Año siguiente"),
                   translate("PromotionCandidates", "Motivo (No continúa)"))
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        candidate = self._rows[index.row()]
        leaves = self._decisions[candidate.enrollment_id].outcome == Outcome.leaves
        if index.column() == OUTCOME_COLUMN or (index.column() == REASON_COLUMN and leaves):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        candidate = self.candidate(index.row()) if index.isValid() else None
        if candidate is None:
            return None
        decision = self._decisions[candidate.enrollment_id]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == OUTCOME_COLUMN:
            return str(decision.outcome)
        if role == Qt.ItemDataRole.EditRole and column == REASON_COLUMN:
            return decision.reason or ""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (candidate.student_name, candidate.document, grade_label(candidate.grade_level),
                  candidate.group_code or "", outcome_label(decision.outcome), _next_place(candidate, decision),
                  decision.reason or "")
        return values[column] if 0 <= column < len(values) else None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        candidate = self.candidate(index.row()) if index.isValid() else None
        if candidate is None or role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        current = self._decisions[candidate.enrollment_id]
        if index.column() == OUTCOME_COLUMN:
            try:
                outcome = Outcome(str(value))
            except ValueError:
                return False
            if outcome not in possible_outcomes(candidate):
                return False
            self._decisions[candidate.enrollment_id] = Decision(
                outcome, current.reason if outcome == Outcome.leaves else None)
        else:
            self._decisions[candidate.enrollment_id] = Decision(current.outcome, str(value).strip() or None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


def _next_place(candidate: Candidate, decision: Decision) -> str:
    """Grade and proposed group in the next year; a dash when there is no next matrícula."""
    if decision.outcome == Outcome.repeats:
        return " ".join(p for p in (grade_label(candidate.grade_level), candidate.group_code or "") if p)
    grade = next_grade(candidate.grade_level) if decision.outcome == Outcome.promoted else None
    if grade is None:
        return "—"
    group = proposed_group(candidate.group_code, candidate.grade_level, grade)
    return " ".join(p for p in (grade_label(grade), group or "") if p)


class OutcomeDelegate(QStyledItemDelegate):
    """A list of the outcomes this student may have (no Promovido(a) after the last grade)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        model = index.model()
        candidate = model.candidate(index.row()) if isinstance(model, CandidatesModel) else None
        for outcome in possible_outcomes(candidate) if candidate else list(Outcome):
            editor.addItem(outcome_label(outcome), str(outcome))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
