"""The enrollment checklist by grade as an editable table: one row per document, one check column per grade.

It reads and writes the override format of `domain/checklist_rules.py`: a default document unchecked in every
grade goes to "disabled"; a changed name or grade set becomes an "override" (its other conditions, such as
"new students only" or ages, are kept as they were); rows the school added are its "custom" documents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.checklist_defaults import DEFAULT_BY_CODE, DEFAULT_REQUIREMENTS, Condition
from desktop_app.domain.checklist_rules import condition_from_json, condition_to_json, describe_condition
from desktop_app.domain.grades import GRADES

ALL_GRADES: tuple[str, ...] = tuple(grade.code for grade in GRADES)
LABEL_COLUMN = 0
CONDITION_COLUMN = 1
FIRST_GRADE_COLUMN = 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class ChecklistRow:
    """One document as the table edits it; `when` holds its conditions other than grades."""

    code: str
    label: str
    grades: set[str]
    when: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    custom: bool = False


def _grades_of(when: dict[str, Any]) -> set[str]:
    condition = condition_from_json(when)
    return set(ALL_GRADES) if condition.grades is None else set(condition.grades)


def _without_grades(when: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in when.items() if key not in ("grades", "levels")}


def rows_from_rules(rules: dict[str, Any] | None) -> list[ChecklistRow]:
    """Every default document (disabled ones with no grade checked) and then the school's own."""
    rules = rules or {}
    disabled = set(rules.get("disabled") or ())
    overrides = rules.get("overrides") or {}
    rows = []
    for requirement in DEFAULT_REQUIREMENTS:
        change = overrides.get(requirement.code) or {}
        when = change["when"] if "when" in change else condition_to_json(requirement.when)
        rows.append(ChecklistRow(
            requirement.code, change.get("label") or requirement.label,
            set() if requirement.code in disabled else _grades_of(when), _without_grades(when),
            change.get("description", requirement.description) or "",
        ))
    for item in rules.get("custom") or ():
        when = dict(item.get("when") or {})
        rows.append(ChecklistRow(item["code"], item["label"], _grades_of(when), _without_grades(when),
                                 item.get("description") or "", custom=True))
    return rows


def _when(row: ChecklistRow) -> dict[str, Any]:
    when = dict(row.when)
    if row.grades != set(ALL_GRADES):
        when["grades"] = [code for code in ALL_GRADES if code in row.grades]
    return when


def rules_from_rows(rows: list[ChecklistRow], original: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The override for `rows` (None when it is exactly the default list)."""
    original_overrides = (original or {}).get("overrides") or {}
    disabled: list[str] = []
    overrides: dict[str, Any] = {}
    custom: list[dict[str, Any]] = []
    for row in rows:
        if row.custom:
            item: dict[str, Any] = {"code": row.code, "label": row.label.strip()}
            if row.description:
                item["description"] = row.description
            if _when(row):
                item["when"] = _when(row)
            custom.append(item)
            continue
        default = DEFAULT_BY_CODE[row.code]
        if not row.grades:
            disabled.append(row.code)
            change = dict(original_overrides.get(row.code) or {})  # what it was, for when it comes back
        else:
            change = {}
            if row.label.strip() != default.label:
                change["label"] = row.label.strip()
            if row.description != default.description:
                change["description"] = row.description
            if _when(row) != condition_to_json(default.when):
                change["when"] = _when(row)
        if change:
            overrides[row.code] = change
    rules: dict[str, Any] = {}
    if disabled:
        rules["disabled"] = disabled
    if overrides:
        rules["overrides"] = overrides
    if custom:
        rules["custom"] = custom
    if rules and (original or {}).get("version") is not None:
        rules["version"] = original["version"]  # type: ignore[index]
    return rules or None


def new_code(label: str, taken: set[str]) -> str:
    """A code for a document the school adds, from its name ("Paz y salvo" → "paz_y_salvo")."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").lower()
    base = (re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_") or "documento")[:40]
    if not base[0].isalpha():
        base = f"doc_{base}"[:40]
    code, number = base, 2
    while code in taken or code in DEFAULT_BY_CODE or len(code) < 2:
        code, number = f"{base}_{number}", number + 1
    return code


class ChecklistRulesModel(QAbstractTableModel):
    """Rows: documents; columns: name, other conditions, then one checkable column per grade."""

    def __init__(self, rules: dict[str, Any] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._original = rules
        self._rows = rows_from_rules(rules)
        self.read_only = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_GRADE_COLUMN + len(ALL_GRADES)

    def row(self, number: int) -> ChecklistRow:
        return self._rows[number]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == LABEL_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.label
        if column == LABEL_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(text for text in (row.label, row.description) if text) or None
        if column == CONDITION_COLUMN and role == Qt.ItemDataRole.DisplayRole:
            other = condition_from_json(row.when)
            return "" if other == Condition() else describe_condition(other)
        if column >= FIRST_GRADE_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            asked = ALL_GRADES[column - FIRST_GRADE_COLUMN] in row.grades
            return Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked
        if column >= FIRST_GRADE_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.label} – {GRADES[column - FIRST_GRADE_COLUMN].label}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section >= FIRST_GRADE_COLUMN:
            grade = GRADES[section - FIRST_GRADE_COLUMN]
            if role == Qt.ItemDataRole.DisplayRole:
                return _short_grade(grade.code)
            if role == Qt.ItemDataRole.ToolTipRole:
                return grade.label
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Documento") if section == LABEL_COLUMN else self.tr("Otras condiciones")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == LABEL_COLUMN:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() >= FIRST_GRADE_COLUMN:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
        if index.column() == LABEL_COLUMN and role == Qt.ItemDataRole.EditRole:
            row.label = str(value or "")
        elif index.column() >= FIRST_GRADE_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            grade = ALL_GRADES[index.column() - FIRST_GRADE_COLUMN]
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                row.grades.add(grade)
            else:
                row.grades.discard(grade)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def set_row_grades(self, number: int, grades: set[str]) -> None:
        """Check exactly `grades` on one row (the "all"/"none" buttons)."""
        self._rows[number].grades = set(grades)
        self.dataChanged.emit(self.index(number, FIRST_GRADE_COLUMN), self.index(number, self.columnCount() - 1),
                              [Qt.ItemDataRole.CheckStateRole])

    def add_document(self, label: str) -> int:
        """Adds a document of the school's own, asked in every grade; returns its row."""
        taken = {row.code for row in self._rows}
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(ChecklistRow(new_code(label, taken), label, set(ALL_GRADES), custom=True))
        self.endInsertRows()
        return number

    def remove_document(self, number: int) -> bool:
        """Removes a document the school added (default ones are unchecked instead: they can come back)."""
        if not 0 <= number < len(self._rows) or not self._rows[number].custom:
            return False
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()
        return True

    def rules(self) -> dict[str, Any] | None:
        return rules_from_rows(self._rows, self._original)

    def row_of_path(self, path: str) -> int | None:
        """The row an error path points at ("checklist.custom[1].label", "checklist.overrides.photos")."""
        custom = re.search(r"custom\[(\d+)\]", path)
        if custom:
            custom_rows = [number for number, row in enumerate(self._rows) if row.custom]
            position = int(custom.group(1))
            return custom_rows[position] if position < len(custom_rows) else None
        code = re.search(r"overrides\.([a-z0-9_]+)", path)
        if code:
            return next((n for n, row in enumerate(self._rows) if row.code == code.group(1)), None)
        return None


def _short_grade(code: str) -> str:
    short = {"prejardin": "PJ", "jardin": "J", "transicion": "T"}
    if code in short:
        return short[code]
    if code.startswith("clei"):
        return "C" + code.removeprefix("clei").strip("_- ")
    return code
