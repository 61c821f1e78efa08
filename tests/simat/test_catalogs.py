"""The shipped SIMAT catalogs: each names its source, and the ones taken from the domain agree with it."""

from __future__ import annotations

import json

from desktop_app.domain.documents import DOCUMENT_TYPES
from desktop_app.domain.grades import GRADES
from desktop_app.domain.shifts import SHIFTS
from desktop_app.domain.simat_catalogs import VALUE_CATALOGS, catalog_dir, load_catalogs


def test_every_file_names_its_source_and_verification() -> None:
    files = sorted(catalog_dir().glob("*.json"))
    assert {f.stem for f in files} == {*VALUE_CATALOGS, "divipola"}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["catalog"] == path.stem
        assert isinstance(data["verified"], bool)
        assert len(data["source"]) > 40 and data["version"]


def test_domain_lists_agree_with_the_files() -> None:
    catalogs = load_catalogs()
    assert set(catalogs.lists["tipo_documento"].values) == {
        str(d.simat_code) for d in DOCUMENT_TYPES.values() if d.simat_code is not None}
    assert set(catalogs.lists["grado"].values) == {str(g.simat_code) for g in GRADES}
    assert set(catalogs.lists["grado"].values) == {str(n) for n in [*range(-2, 12), *range(21, 27)]}
    assert set(catalogs.lists["jornada"].values) == {str(s.simat_code) for s in SHIFTS.values()} == {
        "1", "2", "3", "4", "5", "6"}


def test_divipola_is_consistent() -> None:
    divipola = load_catalogs().divipola
    assert len(divipola.departments) == 33
    assert len(divipola.municipalities) > 1100
    assert all(code[:2] in divipola.departments for code in divipola.municipalities)
    assert divipola.municipalities["11001"].startswith("BOGOTA")
    assert divipola.municipalities["05001"] == "MEDELLIN"
    assert "05999" not in divipola.municipalities
    assert not divipola.verified
    assert "divipola" in load_catalogs().unverified()
