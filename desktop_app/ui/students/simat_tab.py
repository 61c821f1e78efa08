"""The student form's *Salud y SIMAT* tab: the record SIMAT needs, kept in `students.extra_data`.

Each field is declared once in `EXTRA_FIELDS` by its dotted path in `extra_data` ("simat.apellido1",
"salud.eps", "barrio"); the path is also the form key and the error field, so widget, draft and mapping follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from desktop_app.domain.simat_catalogs import SimatCatalogs, load_catalogs
from desktop_app.domain.simat_layout import SIMAT_LAYOUT
from desktop_app.domain.simat_names import propose_split
from desktop_app.ui.widgets.form_fields import FieldForm

NO_DISABILITY = "99"  # «No aplica» in resources/simat/discapacidad.json
SPLIT_CONFIRMED = "simat.name_split_confirmed"
DISABILITY = "simat.tipo_discapacidad"
NAME_PARTS = ("simat.nombre1", "simat.nombre2", "simat.apellido1", "simat.apellido2")
PLACES = ("exp", "nac", "res")  # each a department combo driving a municipality combo


@dataclass(frozen=True)
class ExtraField:
    """`path` in extra_data; `kind` "line", "check", "catalog" (value list `catalog`), "depto" or "mun"."""

    path: str
    label: str
    kind: str = "line"
    catalog: str = ""
    max_length: int = 120




def _fields() -> tuple[ExtraField, ...]:
    places = {"exp": QCoreApplication.translate("SimatTab", "expedición del documento"), "nac": QCoreApplication.translate("SimatTab", "nacimiento"), "res": QCoreApplication.translate("SimatTab", "residencia")}
    fields = [
        ExtraField("simat.nombre1", QCoreApplication.translate("SimatTab", "Primer nombre"), max_length=60),
        ExtraField("simat.nombre2", QCoreApplication.translate("SimatTab", "Segundo nombre"), max_length=60),
        ExtraField("simat.apellido1", QCoreApplication.translate("SimatTab", "Primer apellido"), max_length=60),
        ExtraField("simat.apellido2", QCoreApplication.translate("SimatTab", "Segundo apellido"), max_length=60),
        ExtraField(SPLIT_CONFIRMED, QCoreApplication.translate("SimatTab", "División del nombre confirmada"), "check"),
    ]
    for prefix, where in places.items():
        fields.append(ExtraField(f"simat.{prefix}_depto", QCoreApplication.translate("SimatTab", "Departamento de {0}").format(where), "depto"))
        fields.append(ExtraField(f"simat.{prefix}_mun", QCoreApplication.translate("SimatTab", "Municipio de {0}").format(where), "mun"))
    fields += [
        ExtraField("simat.direccion_residencia", QCoreApplication.translate("SimatTab", "Dirección de residencia")),
        ExtraField("barrio", QCoreApplication.translate("SimatTab", "Barrio")),
        ExtraField("simat.tel", QCoreApplication.translate("SimatTab", "Teléfono"), max_length=30),
        ExtraField("simat.zon_alu", QCoreApplication.translate("SimatTab", "Zona (código SIMAT)"), max_length=2),
        ExtraField("simat.estrato", QCoreApplication.translate("SimatTab", "Estrato"), "catalog", "estrato"),
        ExtraField("simat.sisben", QCoreApplication.translate("SimatTab", "SISBÉN"), "catalog", "sisben"),
        ExtraField("simat.etnia", QCoreApplication.translate("SimatTab", "Etnia"), "catalog", "etnia"),
        ExtraField(DISABILITY, QCoreApplication.translate("SimatTab", "Tipo de discapacidad"), "catalog", "discapacidad"),
        ExtraField("simat.cap_exc", QCoreApplication.translate("SimatTab", "Capacidades excepcionales (código)"), max_length=10),
        ExtraField("simat.pob_vict_conf", QCoreApplication.translate("SimatTab", "Población víctima del conflicto (código)"), max_length=10),
        ExtraField("simat.pais_origen", QCoreApplication.translate("SimatTab", "País de origen (código)"), max_length=10),
        ExtraField("simat.per_id", QCoreApplication.translate("SimatTab", "PER_ID (identificador SIMAT)"), max_length=20),
        ExtraField("salud.eps", QCoreApplication.translate("SimatTab", "EPS")),
        ExtraField("salud.rh", QCoreApplication.translate("SimatTab", "Grupo sanguíneo y RH"), max_length=5),
        ExtraField("institucion_anterior", QCoreApplication.translate("SimatTab", "Institución anterior")),
    ]
    return tuple(fields)


@cache
def catalogs() -> SimatCatalogs:
    return load_catalogs()


def get_path(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def nest(values: dict[str, Any]) -> dict[str, Any]:
    """{"simat.tel": "1"} → {"simat": {"tel": "1"}}; empty values become None so a cleared field is cleared."""
    nested: dict[str, Any] = {}
    for path, value in values.items():
        *parents, leaf = path.split(".")
        target = nested
        for key in parents:
            target = target.setdefault(key, {})
        target[leaf] = None if value == "" else value
    return nested


class SimatTab(QWidget):
    """The tab's widgets in their own `FieldForm`; `values()` gives the dotted paths, `extra_data()` the JSON."""

    def __init__(self, full_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_name = full_name
        layout = QFormLayout(self)
        self.form = FieldForm(layout)
        self.fields = _fields()
        self.split_button = QPushButton(QCoreApplication.translate("SimatTab", "Proponer división"), self)
        row = QHBoxLayout()
        row.addWidget(self.split_button)
        row.addStretch(1)
        layout.addRow(QCoreApplication.translate("SimatTab", "Nombre para el SIMAT"), row)
        data = catalogs()
        for item in self.fields:
            if item.kind == "check":
                self.form.add_check(item.label, item.path)
            elif item.kind == "catalog":
                self.form.add_combo(item.label, item.path, [(None, "—"), *data.lists[item.catalog].values.items()])
            elif item.kind == "depto":
                self.form.add_combo(item.label, item.path, [(None, "—"), *sorted(
                    data.divipola.departments.items(), key=lambda pair: pair[1])])
            elif item.kind == "mun":  # filled when its department is chosen
                self.form.add_combo(item.label, item.path, [(None, "—")])
            else:
                self.form.add_line(item.label, item.path, max_length=item.max_length)
        for prefix in PLACES:
            combo = self.combo(f"simat.{prefix}_depto")
            combo.currentIndexChanged.connect(lambda _i, p=prefix: self._fill_municipalities(p))
        self.split_button.clicked.connect(self.propose_split)

    def combo(self, path: str) -> QComboBox:
        widget = self.form.widget(path)
        assert isinstance(widget, QComboBox)
        return widget

    def _fill_municipalities(self, prefix: str) -> None:
        department = self.combo(f"simat.{prefix}_depto").currentData()
        combo = self.combo(f"simat.{prefix}_mun")
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        municipalities = catalogs().divipola.municipalities
        for code, name in sorted(((c, n) for c, n in municipalities.items() if department and c[:2] == department),
                                 key=lambda pair: pair[1]):
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def propose_split(self) -> None:
        """Fills the four name parts from the full name; the secretary still has to tick the confirmation."""
        split = propose_split(self._full_name())
        parts = (split.nombre1, split.nombre2, split.apellido1, split.apellido2)
        self.form.load(dict(zip(NAME_PARTS, parts, strict=True)))
        check = self.form.widget(SPLIT_CONFIRMED)
        assert isinstance(check, QCheckBox)
        check.setChecked(False)
        check.setFocus()

    def load(self, extra_data: dict[str, Any]) -> None:
        # departments first, so their municipality lists exist when the municipalities are written
        values = {item.path: get_path(extra_data, item.path) for item in self.fields}
        self.form.load({path: value for path, value in values.items() if path.endswith("_depto")})
        self.form.load({path: value for path, value in values.items() if not path.endswith("_depto")})

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def paths(self) -> Iterable[str]:
        return (item.path for item in self.fields)


# SIMAT columns read from the student's own columns, by the form key that edits them
_STUDENT_SOURCES = {"student.document_number": "document_number", "student.birth_date": "birth_date",
                    "code.document_type": "document_type", "code.gender": "gender"}


def form_path(column: str) -> str | None:
    """The form key editing a SIMAT column ("NAC_MUN" → "simat.nac_mun"); None for enrollment or school data."""
    source = next((item.source for item in SIMAT_LAYOUT if item.name == column.upper()), None)
    if source is None:
        return None
    if source.startswith("simat."):
        return source
    return _STUDENT_SOURCES.get(source)


def has_disability(code: Any) -> bool:
    return bool(code) and code != NO_DISABILITY
