"""SIMAT value lists shipped as versioned JSON in `resources/simat/` (nothing is downloaded at run time).

Each file says where its values come from (`source`) and whether they were checked against the Ministry's
data dictionary (`verified`); the export warns while a list it uses is unverified.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Value lists of single columns; DIVIPOLA has its own shape (departments + municipalities).
VALUE_CATALOGS = ("tipo_documento", "grado", "jornada", "estrato", "sisben", "etnia", "discapacidad",
                  "sit_acad_ano_ant", "con_alum_ano_ant", "fue_recu", "si_no")


def catalog_dir() -> Path:
    """`resources/simat` next to the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "simat"
    return Path(__file__).resolve().parents[2] / "resources" / "simat"


@dataclass(frozen=True)
class Catalog:
    name: str
    version: str
    verified: bool
    source: str
    values: dict[str, str]

    def __contains__(self, code: object) -> bool:
        return code in self.values


@dataclass(frozen=True)
class Divipola:
    version: str
    verified: bool
    source: str
    departments: dict[str, str]
    municipalities: dict[str, str]


@dataclass(frozen=True)
class SimatCatalogs:
    divipola: Divipola
    lists: dict[str, Catalog] = field(default_factory=dict)

    def unverified(self) -> list[str]:
        """Names of the catalogs not yet checked against the data dictionary (for the export's warning)."""
        names = [name for name, catalog in self.lists.items() if not catalog.verified]
        return (["divipola"] if not self.divipola.verified else []) + names


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def load_catalogs(directory: Path | None = None) -> SimatCatalogs:
    """Read every catalog file; a missing or malformed file raises (the install is broken, not the user)."""
    folder = directory or catalog_dir()
    raw = _read(folder / "divipola.json")
    divipola = Divipola(str(raw["version"]), bool(raw["verified"]), str(raw["source"]),
                        dict(raw["departments"]), dict(raw["municipalities"]))
    lists = {}
    for name in VALUE_CATALOGS:
        data = _read(folder / f"{name}.json")
        lists[name] = Catalog(name, str(data["version"]), bool(data["verified"]), str(data["source"]),
                              {str(k): str(v) for k, v in data["values"].items()})
    return SimatCatalogs(divipola, lists)
