"""The SIMAT settings keys: digits only, errors per field, every other key of simat_settings kept."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.simat_settings import Sede, SimatSettings, SimatSettingsService
from tests.services.conftest import outbox
from tests.simat.conftest import PlantedSchool


def test_saving_keeps_the_other_keys(school: PlantedSchool) -> None:
    service = SimatSettingsService(school.store, school.context)
    saved = service.save(SimatSettings(" 1234 5678 9012 ", "05001", (Sede("01", " Sede  Central "), Sede("", "")),
                                       "1", "2", "3", "1"))
    assert saved == SimatSettings("123456789012", "05001", (Sede("01", "Sede Central"),), "1", "2", "3", "1")
    with school.store.read() as session:
        stored = session.get("school_settings", school.context.school_id, school_id=school.context.school_id)
    assert stored["simat_settings"]["checklist_rules"] == {"kept": True}


def test_bad_fields_get_one_message_each_and_nothing_is_saved(school: PlantedSchool) -> None:
    service = SimatSettingsService(school.store, school.context)
    before, kept = len(outbox(school.store)), service.get()
    with pytest.raises(ValidationFailed) as refused:
        service.save(SimatSettings("12345", "05999", (Sede("0A", "Norte"), Sede("02", ""), Sede("02", "Sur")),
                                   "x1"))
    messages = {error.field: error.message for error in refused.value.errors}
    assert messages == {
        "codigo_dane": "El código DANE del colegio tiene 12 dígitos (por ejemplo 111001012345).",
        "mun_codigo": "El municipio 05999 no existe en DIVIPOLA.",
        "caracter": "Escriba solo dígitos.",
        "sedes.0.cons_sede": "Escriba solo dígitos.",
        "sedes.1.nombre": "Escriba el nombre de la sede 02.",
        "sedes.2.cons_sede": "La sede 02 está repetida.",
    }
    assert len(outbox(school.store)) == before and service.get() == kept


def test_a_dane_code_of_none_is_left_as_it_is(school: PlantedSchool) -> None:
    service = SimatSettingsService(school.store, school.context)
    saved = service.save(SimatSettings(None, "05088", (Sede("3", "Norte"),)))
    assert (saved.codigo_dane, saved.mun_codigo, saved.sedes) == ("123456789012", "05088", (Sede("3", "Norte"),))
