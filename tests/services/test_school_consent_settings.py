"""`SchoolService.update_settings(consent_purposes=…)`: the settings screen's one Save also versions the
habeas data authorisation, in the same transaction, and only when its text or purposes changed."""

from __future__ import annotations

import pytest

from desktop_app.domain.consent import DEFAULT_PURPOSES, Purpose
from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.consent import ConsentService
from desktop_app.services.context import TenantContext
from desktop_app.services.school import SchoolService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox

TEXT = "El colegio trata los datos personales según la Ley 1581 de 2012."
BUS = Purpose("transporte", "Transporte escolar", required=False)


def test_settings_and_a_new_consent_version_are_one_transaction(store: LocalStore, context: TenantContext) -> None:
    school, consent = SchoolService(store, context), ConsentService(store, context)
    before = len(outbox(store))

    school.update_settings(phone="601 3456789", habeas_data_text=f"  {TEXT} ", consent_purposes=[*DEFAULT_PURPOSES, BUS])

    new = outbox(store)[before:]
    assert len({entry["tx_id"] for entry in new}) == 1
    (v1,) = consent.versions()
    assert (v1.version, v1.text, v1.purposes[-1]) == ("v1", TEXT, BUS)
    # The same text and purposes again: nothing appended; the text (kept from before) with fewer purposes: v2.
    school.update_settings(habeas_data_text=TEXT, consent_purposes=[*DEFAULT_PURPOSES, BUS])
    assert consent.versions() == [v1]
    school.update_settings(consent_purposes=DEFAULT_PURPOSES)
    assert [(v.version, v.text, v.purposes) for v in consent.versions()] == [
        ("v1", TEXT, v1.purposes), ("v2", TEXT, DEFAULT_PURPOSES)]


def test_a_refused_consent_version_undoes_the_whole_save(store: LocalStore, context: TenantContext) -> None:
    school, consent = SchoolService(store, context), ConsentService(store, context)
    before, entries = school.info(), len(outbox(store))
    with pytest.raises(ValidationFailed) as caught:
        school.update_settings(phone="601 3456789", habeas_data_text="", consent_purposes=DEFAULT_PURPOSES)
    assert caught.value.code == "consent_text_missing" and caught.value.field == "habeas_data_text"
    with pytest.raises(ValidationFailed) as caught:
        school.update_settings(habeas_data_text=TEXT, consent_purposes=[*DEFAULT_PURPOSES, Purpose("", "Bus", False)])
    assert caught.value.code == "consent_purpose_incomplete"
    assert school.info() == before and consent.versions() == [] and len(outbox(store)) == entries
